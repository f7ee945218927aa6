import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocumentLinks } from "../../src/schema/archive.ts";
import { documentsOf } from "../browser/pages.ts";

const site = inject("sampleSite");

describe("footnotes", () => {
  it("a footnote mark in running text links to the footnote with that number on the same page", () => {
    const report = documentsOf(site).find((d) => d.source.file.startsWith("003"))!;
    const links = DocumentLinks.parse(JSON.parse(readFileSync(join(site.collection, "archive", "document-links", `${report.id}.json`), "utf8")));
    const paragraphs = report.items.flatMap((i) => i.paragraphs);
    const marks = Object.entries(links.paragraphs).flatMap(([anchor, spans]) =>
      spans.filter((s) => s.kind === "footnote").map((s) => ({ anchor, mark: paragraphs.find((p) => p.anchor === anchor)!.text.slice(s.start, s.end), href: s.href })),
    );
    const footnoteOf = (n: string) => paragraphs.find((p) => p.footnote === n)!.anchor;
    // "…accountability for children's well-being'.²" in paragraph 6 of section 2.
    expect(marks).toContainEqual({ anchor: "item-2-p2", mark: "²", href: `${report.url}#${footnoteOf("2")}` });
    expect(marks.every((m) => m.href.startsWith(`${report.url}#item-`))).toBe(true);
    const html = readFileSync(join(site.dist, report.url, "index.html"), "utf8");
    expect(html).toContain(`href="${report.url}#${footnoteOf("2")}">²</a>`);
  });
});
