import { describe, expect, it } from "vitest";
import { assignDocumentIds, basePathOf } from "../../scripts/pipeline/urls.ts";
import { publishedDocument } from "../support/records.ts";
import type { DocumentRecord } from "../../src/schema/record.ts";

const record = (path: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord =>
  publishedDocument({ source: { file: path, path, sha256: "0".repeat(64), bytes: 1, encoding: "utf-8", url: null }, ...overrides });

describe("permanent document ids", () => {
  it("are built from council, committee, date and type only", () => {
    expect(basePathOf(record("a.txt"))).toBe("testshire-county-council/scrutiny-panel/2024-01-31");
    expect(basePathOf(record("a.txt", { type: "report" }))).toBe("testshire-county-council/scrutiny-panel/2024-01-31/report");
    expect(basePathOf(record("a.txt", { type: "report", date: null, year: 2015 }))).toBe("testshire-county-council/scrutiny-panel/2015/report");
    expect(basePathOf(record("a.txt", { date: null }))).toBe("testshire-county-council/scrutiny-panel/undated");
  });

  it("two documents that would share a URL are told apart in order of source path, whatever the input order", () => {
    const a = record("a.txt", { type: "report" });
    const b = record("b.txt", { type: "report" });
    const expected = new Map([
      ["a.txt", "testshire-county-council/scrutiny-panel/2024-01-31/report"],
      ["b.txt", "testshire-county-council/scrutiny-panel/2024-01-31/report-2"],
    ]);
    expect(assignDocumentIds([a, b])).toEqual(expected);
    expect(assignDocumentIds([b, a])).toEqual(expected);
  });

  it("a new document never takes over a URL published for another source", () => {
    const published = new Map([
      ["b.txt", "testshire-county-council/scrutiny-panel/2024-01-31"],
      ["c.txt", "testshire-county-council/scrutiny-panel/2024-01-31/minutes-2"],
    ]);
    // a.txt sorts first and would have taken the base id on a fresh build.
    const ids = assignDocumentIds([record("a.txt"), record("b.txt"), record("c.txt")], published);
    expect(ids.get("b.txt")).toBe("testshire-county-council/scrutiny-panel/2024-01-31");
    expect(ids.get("c.txt")).toBe("testshire-county-council/scrutiny-panel/2024-01-31/minutes-2");
    expect(ids.get("a.txt")).toBe("testshire-county-council/scrutiny-panel/2024-01-31/minutes-3");
  });

  it("a URL published for a source that has gone stays reserved", () => {
    const published = new Map([["gone.txt", "testshire-county-council/scrutiny-panel/2024-01-31"]]);
    expect(assignDocumentIds([record("new.txt")], published).get("new.txt")).toBe(
      "testshire-county-council/scrutiny-panel/2024-01-31/minutes-2",
    );
  });

  it("a document whose facts changed gets the id its facts lead to (the old one then redirects)", () => {
    const published = new Map([["a.txt", "testshire-county-council/scrutiny-panel/undated"]]);
    expect(assignDocumentIds([record("a.txt")], published).get("a.txt")).toBe("testshire-county-council/scrutiny-panel/2024-01-31");
  });
});

describe("the URL manifest", () => {
  it("records a source view's line anchors as one range, keeping other anchors and gaps", async () => {
    const { compactLineAnchors } = await import("../../scripts/pipeline/emit/url-manifest.ts");
    expect(compactLineAnchors(["item-1", "L1", "L2", "L3", "L5", "main"])).toEqual(["item-1", "main", "L1-L3", "L5"]);
    expect(compactLineAnchors(["item-1"])).toEqual(["item-1"]);
  });

  it("a line range still counts as kept when the new page has at least those lines", async () => {
    const { brokenPromises } = await import("../../scripts/pipeline/emit/url-manifest.ts");
    // The source view of document `a` (a document's anchors are promises; a listing page's are not).
    const manifest = (anchors: string[]) => ({ documents: { "a.txt": "a" }, pages: { "/a/source/": anchors }, files: [], redirects: {} });
    expect(brokenPromises(manifest(["L1-L40"]), manifest(["L1-L41"]))).toEqual([]);
    expect(brokenPromises(manifest(["L1-L40"]), manifest(["L1-L39"]))).toEqual(["/a/source/: anchor(s) #L1-L40 would disappear from /a/source/"]);
  });
});

describe("documents that do not state their council or committee", () => {
  it("take the documented unknown-council / unknown-committee segments, the ones earlier builds wrote", () => {
    expect(basePathOf(record("a.txt", { council: null }))).toBe("unknown-council/scrutiny-panel/2024-01-31");
    expect(basePathOf(record("a.txt", { committee: null }))).toBe("testshire-county-council/unknown-committee/2024-01-31");
    expect(basePathOf(record("a.txt", { council: null, committee: null, type: "report" }))).toBe("unknown-council/unknown-committee/2024-01-31/report");
  });

  it("two of them on one date are told apart like any others", () => {
    const ids = assignDocumentIds([record("a.txt", { council: null, committee: null }), record("b.txt", { council: null, committee: null })]);
    expect([...ids.values()]).toEqual(["unknown-council/unknown-committee/2024-01-31", "unknown-council/unknown-committee/2024-01-31/minutes-2"]);
  });
});
