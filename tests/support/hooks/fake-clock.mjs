// Loaded with `node --import` (directly or through NODE_OPTIONS, so Astro's process gets it too) by
// the determinism test: the clock reads a fixed day years away, still ticking from there, so that a
// build that writes the date or time anywhere in its output differs from one built today.
// MINUTEBOOK_TEST_CLOCK is an ISO instant; nothing outside the tests reads it.
const start = Date.parse(process.env.MINUTEBOOK_TEST_CLOCK ?? "");
if (Number.isNaN(start)) throw new Error("fake-clock.mjs: set MINUTEBOOK_TEST_CLOCK to an ISO date");
const RealDate = Date;
const offset = start - RealDate.now();
class FakeDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = FakeDate;
