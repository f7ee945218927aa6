// What a person's page shows, computed by the archive stage from their whole entity (src/lib/person-page.ts,
// written to `archive/person-pages/`): the page reads only this. Each document is listed once, its
// items under it; an item's first paragraph is linked by its excerpt and the others by number, so the
// excerpts the page never shows are not kept.
import { describe, expect, it } from "vitest";
import { personPage } from "../../src/lib/person-page.ts";
import { PersonPage, type DocumentRef, type PersonEntity } from "../../src/schema/archive.ts";

const doc = (date: string): DocumentRef => ({
  id: `walsall-council/panel/${date}`,
  url: `/walsall-council/panel/${date}/`,
  type: "minutes",
  title: null,
  council: { name: "Walsall Council", slug: "walsall-council" },
  committee: { name: "Panel", slug: "panel" },
  date,
  year: Number(date.slice(0, 4)),
});
const item = (d: DocumentRef, n: string) => ({ number: n, title: `Item ${n}`, anchor: `item-${n}`, href: `${d.url}#item-${n}` });
const mention = (d: DocumentRef, n: string | null, anchor: string, excerpt: string) => ({
  document: d,
  item: n === null ? null : item(d, n),
  anchor,
  href: `${d.url}#${anchor}`,
  text: "Cllr Hale",
  excerpt,
});

const [a, b, c] = [doc("2019-01-10"), doc("2019-02-14"), doc("2019-03-14")];
const committee = { name: "Panel", slug: "panel", url: "/walsall-council/panel/" };
const person: PersonEntity = {
  id: "walsall-council/hale-s",
  url: "/people/walsall-council/hale-s/",
  name: "Sue Hale",
  namesAsWritten: ["Cllr Hale"],
  councils: [{ name: "Walsall Council", slug: "walsall-council" }],
  party: null,
  ward: null,
  notes: null,
  roles: [{ role: "Chair", committee, from: "2019-01-10", to: "2019-02-14", documents: [a, b] }],
  attendance: [
    {
      committee,
      council: { name: "Walsall Council", slug: "walsall-council" },
      present: 1,
      apologies: 1,
      listed: 0,
      percent: 50,
      records: [
        { document: a, status: "present", role: "chair", title: null },
        { document: c, status: "apologies", role: null, title: null },
      ],
    },
  ],
  mentions: [
    mention(a, "3", "item-3-p1", "Cllr Hale moved the report"),
    mention(a, "3", "item-3-p4", "Cllr Hale asked about the cost"),
    mention(a, "3", "item-3-list-2", "Cllr Hale (list entry)"),
    mention(a, null, "attendance", "Present: Cllr Hale"),
    mention(b, "7", "item-7-p2", "Cllr Hale said"),
    mention(a, "5", "item-5-p1", "Cllr Hale again"),
  ],
  declarations: [],
  actions: [],
  documents: [a, b],
};

describe("a person's page file", () => {
  const page = personPage(person);

  it("lists each document once: the documents that name them, then any only listed (attendance), each with how it lists them", () => {
    expect(page.documents.map((d) => d.document.id)).toEqual([a.id, b.id, c.id]);
    expect(page.documents.map((d) => d.listed.map((l) => l.status))).toEqual([["present"], [], ["apologies"]]);
    expect(page.documents[0]!.listed[0]).toEqual({ status: "present", role: "chair", title: null });
  });

  it("groups a document's mentions by item in order, a document named in two runs keeping both, the front matter as an item of its own", () => {
    expect(page.documents[0]!.named.map((n) => n.item?.number ?? null)).toEqual(["3", null, "5"]);
    expect(page.documents[1]!.named.map((n) => n.item?.number ?? null)).toEqual(["7"]);
    expect(page.documents[2]!.named).toEqual([]);
  });

  it("keeps an excerpt only where the page shows it: an item's first paragraph, and a later one not labelled by number", () => {
    expect(page.documents[0]!.named[0]!.paragraphs).toEqual([
      { anchor: "item-3-p1", href: `${a.url}#item-3-p1`, excerpt: "Cllr Hale moved the report" },
      { anchor: "item-3-p4", href: `${a.url}#item-3-p4`, excerpt: "" },
      { anchor: "item-3-list-2", href: `${a.url}#item-3-list-2`, excerpt: "Cllr Hale (list entry)" },
    ]);
  });

  it("counts a role's documents and the documents that name them instead of listing them again, and parses as its schema", () => {
    expect(page.roles).toEqual([{ role: "Chair", committee, from: "2019-01-10", to: "2019-02-14", documentCount: 2 }]);
    expect(page.documentCount).toBe(2);
    expect(page.attendance[0]).not.toHaveProperty("records");
    expect("votes" in page).toBe(false);
    expect(PersonPage.parse(page)).toEqual(page);
  });
});
