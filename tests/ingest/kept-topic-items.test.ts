// A topic's kept items are copied from its last file as the bytes they were (emit/archive-reuse.ts
// `keptItems`): splitting the file's bytes must give exactly each item's JSON, whatever its text says — key
// sequences inside strings included — and a file not as topicEntity writes it is parsed instead.
import { describe, expect, it } from "vitest";
import { keptItems } from "../../scripts/pipeline/emit/archive-reuse.ts";
import { topicEntity } from "../../scripts/pipeline/resolve/archive.ts";

const document = (id: string, date: string) => ({
  id,
  url: `/${id}/`,
  type: "minutes",
  title: 'A title with },"item":{ in it',
  council: { name: "Walsall Council", slug: id.split("/")[0]! },
  committee: { name: "Cabinet", slug: "cabinet" },
  date,
  year: Number(date.slice(0, 4)),
});
const item = (id: string, date: string, excerpt: string) => ({
  document: document(id, date),
  item: { number: "1", title: "Budget", anchor: "item-1", href: `/${id}/#item-1` },
  inTitle: false,
  paragraphs: [{ anchor: "item-1-p1", href: `/${id}/#item-1-p1`, excerpt }],
});
const ITEMS = [
  item("walsall-council/cabinet/2020-01-01", "2020-01-01", 'It said ,{"document":{"id":"x"} and ],"councils":[ aloud.'),
  item("worcestershire-county-council/cabinet/2021-02-02", "2021-02-02", "Plain text."),
  item("walsall-council/cabinet/2022-03-03", "2022-03-03", '"quoted", and \\ escaped'),
];
const entity = topicEntity({ slug: "budget", name: "Budget", description: "", synonyms: [] }, ITEMS as never);

describe("a topic file's kept items", () => {
  it("are each item's JSON and document, as the file holds them", () => {
    const kept = keptItems(Buffer.from(`${JSON.stringify(entity)}\n`));
    expect(kept.map((k) => ("json" in k ? k.json.toString("utf8") : null))).toEqual(ITEMS.map((i) => JSON.stringify(i)));
    expect(kept.map((k) => k.document)).toEqual(ITEMS.map((i) => i.document));
  });

  it("of a file written otherwise (indented) are its items, parsed", () => {
    expect(keptItems(Buffer.from(JSON.stringify(entity, null, 2)))).toEqual(ITEMS);
  });
});
