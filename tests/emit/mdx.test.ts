// The `documents` collection entry holds only what the site reads: the summary as front matter, no
// body. Source text reaches the pages from the JSON record, through Astro's escaping
// (tests/build/hostile-site.test.ts proves it in the built pages); it never enters MDX, which is a
// programming language.
import { describe, expect, it } from "vitest";
import { documentMdx } from "../../scripts/pipeline/emit/mdx.ts";
import { readFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";
import { paragraph, publishedDocument } from "../support/records.ts";
import { DocumentSummary, summarise } from "../../src/schema/record.ts";

const HOSTILE = [
  "{process.exit(1)}",
  "<script>alert(1)</script>",
  'import fs from "fs"',
  "export const x = 1",
  "<Component prop={1} />",
];

describe("the collection entry keeps untrusted text out of MDX", () => {
  // Break caught: the emit stage writing the items' text as an MDX body again (cost without a reader,
  // and a body the escaping must then make safe).
  it("an entry is front matter and an empty body, whatever the items say", () => {
    const doc = publishedDocument({
      items: [
        {
          number: "1",
          title: "export default function() {}",
          anchor: "item-1",
          text: HOSTILE.join("\n\n"),
          paragraphs: HOSTILE.map((t, i) => paragraph(`item-1-p${i + 1}`, t)),
          resolutions: [{ anchor: "item-1-r1", kind: "resolved", marker: null, text: "{process.exit(2)}", lines: [1, 1] }],
          actions: [],
          exempt: null,
          lines: [1, 1],
        },
      ],
    });
    const entry = documentMdx(doc);
    expect(readFrontmatter(entry).content.trim()).toBe("");
    for (const text of [...HOSTILE, "{process.exit(2)}"]) expect(entry).not.toContain(text);
  });

  it("front matter round-trips YAML special values and ISO dates as strings", () => {
    const names = ["yes", "no", "null", "~", "a: b", "# hash", "2018-03-22", "'quoted'", "---", "@at", "*star"];
    for (const name of names) {
      const base = publishedDocument();
      const doc = publishedDocument({ title: name, venue: name, committee: { ...base.committee!, name } });
      const { data } = readFrontmatter(documentMdx(doc));
      expect(data).toEqual(JSON.parse(JSON.stringify(summarise(doc))));
    }
  });

  it("front matter holds the summary only: the text of the items stays out of the content store", () => {
    const doc = publishedDocument();
    const { data } = readFrontmatter(documentMdx(doc));
    expect(Object.keys(data).sort()).toEqual(Object.keys(DocumentSummary.shape).sort());
    expect(data).not.toHaveProperty("items");
  });

  it("front matter written in JavaScript is refused, under either engine name", () => {
    for (const lang of ["js", "javascript"]) {
      const evil = `---${lang}\n{ title: (globalThis.__minutebookPwned = true) }\n---\nbody`;
      expect(() => readFrontmatter(evil)).toThrow(/not allowed/);
    }
    expect((globalThis as { __minutebookPwned?: boolean }).__minutebookPwned).toBeUndefined();
  });
});
