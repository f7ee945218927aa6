// Test hook (`--import` through NODE_OPTIONS, so every Node process of a build loads it): with
// MINUTEBOOK_TEST_FAIL_ASTRO set, each `astro build` process of the build exits with status 3 as soon as
// it starts, as an Astro build that fails would, after ingest has written the collection
// (tests/build/early-render.test.ts).
if (process.env.MINUTEBOOK_TEST_FAIL_ASTRO && process.argv.slice(1).join(" ").includes("astro.mjs")) process.exit(3);
