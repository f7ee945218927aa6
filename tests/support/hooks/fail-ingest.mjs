// Test hook (`--import` through NODE_OPTIONS, so every Node process of a build loads it): with
// MINUTEBOOK_TEST_FAIL_INGEST set to a number of milliseconds, the ingest child exits with status 3 that
// long after it starts, as an ingest that dies would (tests/build/early-render.test.ts).
const after = Number(process.env.MINUTEBOOK_TEST_FAIL_INGEST);
if (after > 0 && process.argv.slice(1).join(" ").includes("ingest-child.ts")) setTimeout(() => process.exit(3), after);
