import { describe, expect, it } from "vitest";
import { evaluate } from "satteri";
import { documentBodyMdx, documentMdx, escapeMdxText } from "../../scripts/pipeline/emit/mdx.ts";
import { readFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";
import { paragraph, publishedDocument } from "../support/records.ts";
import { DocumentSummary, summarise } from "../../src/schema/record.ts";

// A JSX runtime that renders to plain text: enough to see exactly what MDX made of the body.
type Node = string | number | null | undefined | boolean | { children?: Node | Node[] } | Node[];
const textOf = (node: Node): string => {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return textOf(node.children);
};
const element = (type: unknown, props: unknown): Node => {
  const p = props as { children?: Node };
  return typeof type === "function" ? (type as (p: unknown) => Node)(p) : { children: p.children };
};
const runtime = { Fragment: "fragment", jsx: element, jsxs: element };
async function renderMdx(source: string): Promise<string> {
  const mod = (await evaluate(source, runtime)) as { default: (props: object) => Node };
  return textOf(mod.default({}));
}

const HOSTILE = [
  "{process.exit(1)}",
  "{globalThis.__minutebookPwned = true}",
  "<script>alert(1)</script>",
  'import fs from "fs"',
  "export const x = 1",
  "</div>",
  "<Component prop={1} />",
  "**bold** _em_ [link](http://example.com) ![img](x.png) `code` # not a heading",
  "1. not a list & &amp; entity \\ backslash | pipe ~strike~",
];

describe("MDX emission keeps untrusted text as text", () => {
  for (const text of HOSTILE) {
    it(`renders ${JSON.stringify(text)} literally when compiled and run`, async () => {
      expect(await renderMdx(escapeMdxText(text))).toBe(text);
    });
  }

  it("a whole document body with hostile items compiles, runs nothing, and keeps every string", async () => {
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
    const rendered = await renderMdx(documentBodyMdx(doc));
    for (const text of HOSTILE) expect(rendered).toContain(text);
    expect(rendered).toContain("{process.exit(2)}");
    expect(rendered).toContain("export default function() {}");
    expect((globalThis as { __minutebookPwned?: boolean }).__minutebookPwned).toBeUndefined();
  });

  it("front matter round-trips YAML special values and ISO dates as strings", () => {
    const names = ["yes", "no", "null", "~", "a: b", "# hash", "2018-03-22", "'quoted'", "---", "@at", "*star"];
    for (const name of names) {
      const base = publishedDocument();
      const doc = publishedDocument({ title: name, venue: name, committee: { ...base.committee, name } });
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
