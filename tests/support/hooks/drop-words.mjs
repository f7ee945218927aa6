// Loaded with `node --import` by tests/build/guards.test.ts: swaps the parser module for
// lossy-parser.ts, a parser that drops the words of one item, to prove that `npm run build` fails
// when a record loses words of its source.
import { register } from "node:module";

register("./drop-words-hooks.mjs", import.meta.url);
