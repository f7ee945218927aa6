// Emit, the JSON files made from one value (CollectionWriter.writeValue): the value as it is, or what
// a page shows of it. Shared by the writer and its write thread (write-thread.ts), which makes them
// from a copy of the value while the main thread goes on with the archive.
import { personPageOf } from "./person-pages.ts";

const SHAPES = {
  value: (value: unknown) => value,
  personPage: personPageOf,
} as const;

/** How a file shows its value: `value` as it is, `personPage` as a person's page (the value is a PersonEntity). */
export type JsonShape = keyof typeof SHAPES;

/** The JSON text of `value` in `shape` (one line, without its newline). */
export const shapedJson = (value: unknown, shape: JsonShape): string => JSON.stringify(SHAPES[shape](value));
