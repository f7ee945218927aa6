// A rebuild reads a few entities of the archive's whole-kind files (resolutions.json, committees.json)
// from their bytes instead of parsing them whole (scripts/pipeline/emit/archive-slices.ts). What it finds
// must be exactly what `JSON.parse` of the whole file and a filter give: the same entities, in the
// file's order, whatever the text inside them holds (brackets, quotes, escapes, ids quoted in text).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { archiveElements, elementBytes, parseElement, readArchiveSlices, resolutionsOf } from "../../scripts/pipeline/emit/archive-slices.ts";
import { jsonArray } from "../../scripts/pipeline/emit/archive.ts";

/** A collection whose archive holds `resolutions.json` and `committees.json` as ingest writes them. */
function collectionWith(kinds: { resolutions?: object[]; committees?: object[] }): string {
  const collection = mkdtempSync(join(tmpdir(), "minutebook-slices-"));
  mkdirSync(join(collection, "archive"), { recursive: true });
  for (const [kind, entities] of Object.entries(kinds)) writeFileSync(join(collection, "archive", `${kind}.json`), [...jsonArray(entities)].join(""));
  return collection;
}

const resolution = (document: string, slug: string, text: string) => ({
  id: `${document}/resolutions/${slug}`,
  slug,
  text,
  document: { id: document, url: `/${document}/` },
  topics: ["a", "b"],
  lines: [1, 2],
});

// Text that a scan following only brackets would get wrong unless it follows strings: brackets and
// braces in text, escaped quotes and backslashes, and the very bytes that open another resolution's
// object (`{"id":"…/resolutions/`), which inside a string are escaped.
const HOSTILE = [
  'that the "{budget}" [2024] be approved',
  "a trailing backslash \\",
  '{"id":"c/x/2020-01-01/resolutions/9-9","document":{"id":"c/x/2020-01-01"}}',
  "Welsh: “Cyngor” — ŵ ŷ, and an emoji 🏛️",
];

const RESOLUTIONS = [
  resolution("c/x/2020-01-01", "1-1", HOSTILE[0]!),
  resolution("c/y/2021-05-05", "1-1", HOSTILE[2]!),
  resolution("c/x/2020-01-01", "2-1", HOSTILE[1]!),
  resolution("c/resolutions/2019-02-02", "preamble-1", HOSTILE[3]!),
  resolution("c/x/2020-01-01-2", "1-1", "a document whose id extends another's"),
];

describe("archive slices", () => {
  it("splits a kind file into its elements: each element's bytes are JSON.stringify of that entity, ids in order", () => {
    const bytes = Buffer.from([...jsonArray(RESOLUTIONS)].join(""));
    const elements = archiveElements(bytes);
    expect(elements.map((e) => e.id)).toEqual(RESOLUTIONS.map((r) => r.id));
    for (const [i, e] of elements.entries()) expect(bytes.toString("utf8", e.start, e.end)).toBe(JSON.stringify(RESOLUTIONS[i]));
    expect(archiveElements(Buffer.from("[]\n"))).toEqual([]);
  });

  it("refuses a file that is not an array of objects opening with their id, rather than slicing it wrongly", () => {
    expect(() => archiveElements(Buffer.from('{"id":"a"}'))).toThrow("not a JSON array");
    expect(() => archiveElements(Buffer.from('[{"name":"a","id":"b"}]'))).toThrow("is not an object opening with its id");
    expect(() => archiveElements(Buffer.from('[{"id":"a"},{"id":"b"'))).toThrow("not closed");
  });

  it("finds a document's resolutions as parsing the whole file and filtering does, in the file's order", () => {
    const collection = collectionWith({ resolutions: RESOLUTIONS });
    for (const chosen of [["c/x/2020-01-01"], ["c/y/2021-05-05", "c/x/2020-01-01"], ["c/resolutions/2019-02-02"], ["c/x/2020-01-01-2"], ["c/none/2000-01-01"], []]) {
      const documents = new Set(chosen);
      expect(resolutionsOf(collection, documents)).toEqual(RESOLUTIONS.filter((r) => documents.has(r.document.id)));
    }
    expect(resolutionsOf(mkdtempSync(join(tmpdir(), "minutebook-slices-none-")), new Set(["c/x/2020-01-01"]))).toEqual([]);
  });

  it("fails loudly when an object found by a document's id is not that document's resolution", () => {
    const wrong = { ...resolution("c/x/2020-01-01", "1-1", "text"), document: { id: "c/z/2020-01-01", url: "/c/z/2020-01-01/" } };
    const collection = collectionWith({ resolutions: [wrong] });
    expect(() => resolutionsOf(collection, new Set(["c/x/2020-01-01"]))).toThrow("is not a resolution of c/x/2020-01-01");
  });

  it("reads committees as elements that parse to the entities written", () => {
    const committees = [
      { id: "c/x", name: 'The "X" Committee', documents: [{ id: "c/x/2020-01-01" }], members: [{ id: "c/someone", name: "A [B] C" }] },
      { id: "c/y", name: "Y", documents: [], members: [] },
    ];
    const slices = readArchiveSlices(collectionWith({ committees }), "committees")!;
    expect(slices.elements.map((e) => parseElement(slices, e))).toEqual(committees);
    expect(slices.elements.map((e) => elementBytes(slices, e).toString())).toEqual(committees.map((c) => JSON.stringify(c)));
  });
});
