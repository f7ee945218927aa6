// Someone else's council gets a general local-government taxonomy, not the sample's children's-services
// topics; no topic page is empty; and a topic is linked at most once per item (issue 14).
import { beforeAll, describe, expect, inject, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";
import { documentsOf } from "../browser/pages.ts";
import { loadTopics } from "../../scripts/pipeline/resolve/topics.ts";
import { GENERAL_TOPICS } from "../../scripts/cli/paths.ts";

const topicPages = (dist: string) =>
  existsSync(join(dist, "topics"))
    ? readdirSync(join(dist, "topics"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];

describe("a build of other sources without a topics.yaml", () => {
  let site: BuiltSite;
  beforeAll(() => {
    // Six councils' layouts (parish, Welsh and Scottish committees, cabinet decisions, CMS minutes): not the sample.
    const sources = mkdtempSync(join(tmpdir(), "minutebook-own-sources-"));
    cpSync(join(ROOT, "tests", "fixtures", "layouts"), sources, { recursive: true });
    site = buildSite(sources);
  });

  it("builds, and the summary names the general taxonomy and how many of its topics tag items", () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toMatch(/topics: \d+ of the \d+ in \S*local-government-topics\.yaml tag items[^\n]*general local-government taxonomy/);
  });

  it("has topic pages only from the general taxonomy, none of the sample's, and none with no items", () => {
    const general = new Set(loadTopics(GENERAL_TOPICS).map((t) => t.slug));
    const sample = loadTopics(join(ROOT, "content", "topics.yaml")).map((t) => t.slug);
    const pages = topicPages(site.dist);
    expect(pages.length).toBeGreaterThan(0);
    for (const slug of pages) {
      expect(general.has(slug), slug).toBe(true);
      const topic = JSON.parse(readFileSync(join(site.dist, "topics", slug, "topic.json"), "utf8")) as { items: unknown[] };
      expect(topic.items.length, slug).toBeGreaterThan(0);
      expect(readFileSync(join(site.dist, "topics", slug, "index.html"), "utf8")).not.toContain("(0 items)");
    }
    for (const slug of sample.filter((s) => !general.has(s))) expect(pages, slug).not.toContain(slug);
    expect(readFileSync(join(site.dist, "topics", "index.html"), "utf8")).not.toContain("(0 items)");
  });
});

describe("topic links in the built sample", () => {
  const sample = inject("sampleSite");

  it("link each topic at most once per item, though every paragraph that names it still tags the item", () => {
    let linkedSomewhere = 0;
    for (const record of documentsOf(sample)) {
      const links = JSON.parse(readFileSync(join(sample.collection, "archive", "document-links", `${record.id}.json`), "utf8")) as {
        paragraphs: Record<string, { href: string; kind: string }[]>;
      };
      for (const item of record.items) {
        const topicHrefs = item.paragraphs.flatMap((p) => (links.paragraphs[p.anchor] ?? []).filter((l) => l.kind === "topic").map((l) => l.href));
        expect(topicHrefs.length, `${record.id} item ${item.number}`).toBe(new Set(topicHrefs).size);
        linkedSomewhere += topicHrefs.length;
      }
    }
    expect(linkedSomewhere).toBeGreaterThan(0);
  });

  it("has no topic page with no items", () => {
    for (const slug of topicPages(sample.dist)) {
      const topic = JSON.parse(readFileSync(join(sample.dist, "topics", slug, "topic.json"), "utf8")) as { items: unknown[] };
      expect(topic.items.length, slug).toBeGreaterThan(0);
    }
  });
});
