// Test hook (`--import` through NODE_OPTIONS, so every Node process of a build loads it): the process
// whose command line contains MINUTEBOOK_TEST_HOLD waits a minute before its own script starts, so that
// a test can signal the build while that child is certainly running (tests/build/signal-stop.test.ts).
const hold = process.env.MINUTEBOOK_TEST_HOLD;
if (hold && process.argv.slice(1).join(" ").includes(hold)) await new Promise((resolve) => setTimeout(resolve, 60_000));
