// The archive index (resolve/archive.ts) over small synthetic records: the invariants the entity
// pages rely on.
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../scripts/pipeline/resolve/archive.ts";
import { resolutionSlug } from "../../src/schema/archive.ts";
import type { Attendance, Item, PublishedDocument } from "../../src/schema/record.ts";
import { paragraph, publishedDocument } from "../support/records.ts";
import type { TopicDefinition } from "../../scripts/pipeline/resolve/topics.ts";

const attend = (personId: string, name: string, status: Attendance["status"], role: Attendance["role"] = null, title: string | null = null): Attendance => ({
  personId, name, status, role, title, category: null, item: null, line: 1,
});

function item(number: string, title: string, texts: string[], extra: Partial<Item> = {}): Item {
  const anchor = `item-${number.replace(/\//g, "-")}`;
  return {
    number, title, anchor, text: texts.join("\n\n"),
    paragraphs: texts.map((t, i) => paragraph(`${anchor}-p${i + 1}`, t)),
    resolutions: [], actions: [], exempt: null, lines: [1, 1], ...extra,
  };
}

function meeting(date: string, overrides: Partial<PublishedDocument> = {}): PublishedDocument {
  const id = `testshire-county-council/scrutiny-panel/${date}`;
  return publishedDocument({ id, url: `/${id}/`, date, year: Number(date.slice(0, 4)), source: { file: `${date}.txt`, path: `${date}.txt`, sha256: "0".repeat(64), bytes: 1, encoding: "utf-8", url: null }, ...overrides });
}

const SMITH = { id: "testshire-county-council/smith-j", name: "Jane Smith", namesAsWritten: ["Cllr Jane Smith", "Mrs J Smith"] };
const JONES = { id: "testshire-county-council/jones-a", name: "Alan Jones", namesAsWritten: ["Mr A Jones"] };
const TOPICS: TopicDefinition[] = [
  { slug: "fostering", name: "Fostering", description: "Foster care.", synonyms: ["foster carer"] },
  { slug: "adoption", name: "Adoption", description: "", synonyms: [] },
];

const first = meeting("2024-01-10", {
  people: [SMITH, JONES],
  attendance: [attend(SMITH.id, "Mrs J Smith", "present", "chair"), attend(JONES.id, "Mr A Jones", "apologies")],
  items: [
    item("1", "Minutes", ["The minutes of the meeting held on 5 December 2023 were approved."], {
      resolutions: [{ anchor: "item-1-r1", kind: "agreed", marker: null, text: "The minutes of the meeting held on 5 December 2023 were agreed.", lines: [1, 1] }],
    }),
    item("2", "Fostering update", ["Mrs J Smith asked about foster carers.", "No adoption news."], {
      actions: [{ anchor: "item-2-a1", who: "Mr A Jones", what: "circulate the figures", lines: [1, 1] }],
    }),
  ],
});
const second = meeting("2024-02-14", {
  people: [SMITH, JONES],
  attendance: [attend(SMITH.id, "Cllr Jane Smith", "present"), attend(JONES.id, "Mr A Jones", "present", "chair")],
  items: [
    item("7", "Minutes", [], {
      resolutions: [{ anchor: "item-7-r1", kind: "resolved", marker: null, text: "That the minutes of the meeting held on 10 January 2024 be approved.", lines: [1, 1] }],
    }),
    item("8/24", "Budget", ["Nothing about children."], {
      resolutions: [
        { anchor: "item-8-24-r1", kind: "resolved", marker: "1", text: "noted", lines: [1, 1] },
        { anchor: "item-8-24-r2", kind: "recommendation", marker: "2", text: "that Cabinet adopt it", lines: [1, 1] },
      ],
    }),
  ],
});
const report = publishedDocument({
  ...meeting("2024-02-14"),
  type: "report",
  title: "Annual report",
  id: "testshire-county-council/scrutiny-panel/2024-02-14/report",
  url: "/testshire-county-council/scrutiny-panel/2024-02-14/report/",
  source: { file: "r.txt", path: "r.txt", sha256: "0".repeat(64), bytes: 1, encoding: "utf-8", url: null },
  resolutions: [{ anchor: "preamble-r1", kind: "requested", marker: null, text: "note the adoption figures", lines: [1, 1], item: null }],
});

// Given in an order other than the archive's: the index must not depend on it.
const archive = buildArchive([report, second, first], { topics: TOPICS });

describe("the archive index", () => {
  it("gives each person one entity whose attendance counts match the records", () => {
    const smith = archive.people.find((p) => p.id === SMITH.id)!;
    expect(archive.people.filter((p) => p.id === SMITH.id)).toHaveLength(1);
    expect(smith.attendance).toHaveLength(1);
    expect(smith.attendance[0]).toMatchObject({ present: 2, apologies: 0, percent: 100 });
    const jones = archive.people.find((p) => p.id === JONES.id)!;
    expect(jones.attendance[0]).toMatchObject({ present: 1, apologies: 1, percent: 50 });
  });

  it("records roles over time with their dates", () => {
    const smith = archive.people.find((p) => p.id === SMITH.id)!;
    expect(smith.roles).toEqual([expect.objectContaining({ role: "Chair", from: "2024-01-10", to: "2024-01-10" })]);
    const committee = archive.committees[0]!;
    expect(committee.chairs.map((c) => [c.date, c.chair?.id])).toEqual([["2024-01-10", SMITH.id], ["2024-02-14", JONES.id]]);
  });

  it("finds a name as written in item text and links it to the person, at its paragraph", () => {
    const smith = archive.people.find((p) => p.id === SMITH.id)!;
    expect(smith.mentions.map((m) => m.href)).toEqual([`${first.url}#item-2-p1`]);
    const links = archive.documentLinks.find((l) => l.id === first.id)!.paragraphs["item-2-p1"]!;
    expect(links[0]).toEqual({ start: 0, end: "Mrs J Smith".length, href: `/people/${SMITH.id}/`, kind: "person" });
    expect(links[1]).toMatchObject({ href: "/topics/fostering/", kind: "topic" });
  });

  it("tags items, not only documents, with the paragraphs that mention a topic", () => {
    const fostering = archive.topics.find((t) => t.id === "fostering")!;
    expect(fostering.items.map((i) => [i.item.number, i.inTitle, i.paragraphs.map((p) => p.anchor)])).toEqual([["2", true, ["item-2-p1"]]]);
    const adoption = archive.topics.find((t) => t.id === "adoption")!;
    expect(adoption.items.map((i) => i.item.number)).toEqual(["2"]);
  });

  it("gives every resolution a permanent URL from its document and anchor", () => {
    expect(archive.resolutions.map((r) => r.url)).toEqual([
      `${first.url}resolutions/1-1/`,
      `${second.url}resolutions/7-1/`,
      `${second.url}resolutions/8-24-1/`,
      `${second.url}resolutions/8-24-2/`,
      `${report.url}resolutions/preamble-1/`,
    ]);
    expect(archive.resolutions.at(-1)).toMatchObject({ item: null, kind: "requested", topics: ["adoption"] });
    expect(resolutionSlug("item-226-12-r2")).toBe("226-12-2");
  });

  it("links minutes to the earlier meeting they approve, when the archive has it", () => {
    const later = archive.documentLinks.find((l) => l.id === second.id)!;
    expect(later.approves).toEqual([{ date: "2024-01-10", anchor: "item-7-r1", document: expect.objectContaining({ id: first.id }) }]);
    const earlier = archive.documentLinks.find((l) => l.id === first.id)!;
    expect(earlier.approves).toEqual([{ date: "2023-12-05", anchor: "item-1-r1", document: null }]);
    expect(earlier.approvedBy.map((a) => a.document.id)).toEqual([second.id]);
  });

  it("orders a committee's meetings and links each to the previous and next, and a report to its meeting", () => {
    const committee = archive.committees[0]!;
    expect(committee.documents.map((d) => d.id)).toEqual([first.id, second.id, report.id]);
    const links = new Map(archive.documentLinks.map((l) => [l.id, l]));
    expect(links.get(first.id)!.nextMeeting?.id).toBe(second.id);
    expect(links.get(second.id)!.previousMeeting?.id).toBe(first.id);
    expect(links.get(report.id)!.counterparts.map((c) => c.id)).toEqual([second.id]);
    expect(links.get(second.id)!.counterparts.map((c) => c.id)).toEqual([report.id]);
  });

  it("gives an action to the person it names", () => {
    expect(archive.actions).toEqual([expect.objectContaining({ who: "Mr A Jones", person: expect.objectContaining({ id: JONES.id }) })]);
    expect(archive.people.find((p) => p.id === JONES.id)!.actions).toEqual([archive.actions[0]!.id]);
  });

  it("is the same whatever order the documents come in", () => {
    expect(buildArchive([first, report, second], { topics: TOPICS })).toEqual(archive);
  });
});

describe("roles named in the text", () => {
  it("'the Chairman' and an office named in the text link to who held them at that meeting", async () => {
    const { buildArchive } = await import("../../scripts/pipeline/resolve/archive.ts");
    const { publishedDocument, paragraph } = await import("../support/records.ts");
    const attendee = (personId: string, name: string, role: "chair" | null, title: string | null, status: "present" | "in-attendance") =>
      ({ personId, name, status, role, title, category: null, item: null, line: 1 }) as const;
    const d = publishedDocument({
      attendance: [
        attendee("testshire-county-council/green-m", "Councillor M. Green", "chair", null, "present"),
        attendee("testshire-county-council/roberts-a", "Mr A Roberts", null, "Cabinet Member with Responsibility for Children", "in-attendance"),
      ],
      people: [
        { id: "testshire-county-council/green-m", name: "M. Green", namesAsWritten: ["Councillor M. Green"] },
        { id: "testshire-county-council/roberts-a", name: "A Roberts", namesAsWritten: ["Mr A Roberts"] },
      ],
      items: [
        {
          number: "5",
          title: "Update",
          anchor: "item-5",
          text: "",
          paragraphs: [paragraph("item-5-p1", "The Chairman thanked the Cabinet Member with Responsibility for Children for the update.")],
          resolutions: [],
          actions: [],
          exempt: null,
          lines: [1, 1],
        },
      ],
    });
    const archive = buildArchive([d]);
    const spans = archive.documentLinks[0]!.paragraphs["item-5-p1"]!;
    const text = d.items[0]!.paragraphs[0]!.text;
    expect(spans.map((s) => [text.slice(s.start, s.end), s.href])).toEqual([
      ["The Chairman", "/people/testshire-county-council/green-m/"],
      ["the Cabinet Member with Responsibility for Children", "/people/testshire-county-council/roberts-a/"],
    ]);
    expect(archive.people.find((p) => p.id.endsWith("green-m"))!.mentions.map((m) => m.text)).toEqual(["The Chairman"]);
  });
});
