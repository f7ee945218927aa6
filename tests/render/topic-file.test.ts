// A topic's year pages listed from its file's bytes (src/lib/topic-file.ts) are the pages, and the
// digests, that parsing the file gives: the same years in the same order, the same labels and URLs,
// each year's items digested as the file holds them; and a file laid out otherwise is not guessed at.
import { describe, expect, it } from "vitest";
import { scanTopicYears, yearDigest } from "../../src/lib/topic-file.ts";
import { topicYears } from "../../src/lib/entity-lists.ts";

const ref = (id: string, date: string | null, year: number | null) => ({
  id,
  url: `/${id}/`,
  type: "minutes",
  title: null,
  council: { name: "Ashcombe County Council", slug: "ashcombe-county-council" },
  committee: { name: "Cabinet", slug: "cabinet" },
  date,
  year,
});

const item = (id: string, date: string | null, year: number | null, excerpt: string) => ({
  document: ref(id, date, year),
  item: { number: "4", title: "Early help", anchor: "item-4", href: `/${id}/#item-4` },
  inTitle: false,
  paragraphs: [{ anchor: "item-4-p1", href: `/${id}/#item-4-p1`, excerpt }],
});

const topic = {
  id: "early-help",
  url: "/topics/early-help/",
  name: "Early help",
  description: "Support for families: “early help”, family support.",
  synonyms: ["early help"],
  items: [
    item("ashcombe-county-council/cabinet/2019-05-01", "2019-05-01", 2019, 'The text quoted ,{"document":{ and },"item": and "items":[ as words'),
    item("ashcombe-county-council/cabinet/2020-02-03", "2020-02-03", 2020, "Members asked about the Family Front Door — £2m."),
    item("ashcombe-county-council/cabinet/undated", null, null, "An undated paragraph with a backslash \\ and a quote \"."),
    item("ashcombe-county-council/cabinet/2019", null, 2019, "Dated by its year alone."),
  ],
  councils: [{ name: "Ashcombe County Council", slug: "ashcombe-county-council" }],
  years: [2019, 2020],
};

const parsed = (t: typeof topic) =>
  topicYears(t as never).map((y) => ({ key: y.key, label: y.label, url: y.url, items: y.items.length, digest: yearDigest(y.items).toString("hex") }));
const scanned = (bytes: Buffer, itemCount: number) =>
  scanTopicYears(bytes, { itemCount })?.years.map((y) => ({ ...y, digest: y.digest.toString("hex") }));

describe("a topic's years read from its file's bytes", () => {
  it("gives the years, labels, URLs, counts and digests that parsing the file gives, whatever its text holds", () => {
    const bytes = Buffer.from(JSON.stringify(topic));
    expect(scanned(bytes, topic.items.length)).toEqual(parsed(topic));
    expect(parsed(topic).map((y) => y.key)).toEqual(["2019", "2020", "undated"]);
    const { items: _, ...rest } = topic;
    expect(scanTopicYears(bytes, { itemCount: topic.items.length })!.topic).toEqual(rest);
  });

  it("a topic without items has no year pages", () => {
    const empty = { ...topic, items: [] };
    expect(scanned(Buffer.from(JSON.stringify(empty)), 0)).toEqual([]);
  });

  it("a year's digest changes with any of its items' bytes, and no other year's does", () => {
    const changed = structuredClone(topic);
    changed.items[1]!.paragraphs[0]!.excerpt += " Noted.";
    const before = scanned(Buffer.from(JSON.stringify(topic)), 4)!;
    const after = scanned(Buffer.from(JSON.stringify(changed)), 4)!;
    expect(after.map((y) => y.digest === before.find((b) => b.key === y.key)!.digest)).toEqual([true, false, true]);
  });

  it("a file laid out otherwise, or holding another number of items than its summary says, is not read this way (null)", () => {
    expect(scanTopicYears(Buffer.from(JSON.stringify(topic, null, 2)), { itemCount: 4 })).toBeNull();
    expect(scanTopicYears(Buffer.from(JSON.stringify(topic)), { itemCount: 3 })).toBeNull();
    const reordered = topic.items.map(({ item: i, ...rest }) => ({ item: i, ...rest }));
    expect(scanTopicYears(Buffer.from(JSON.stringify({ ...topic, items: reordered })), { itemCount: 4 })).toBeNull();
  });
});
