// Search that tells the truth (issue 11): a sub-result is labelled with the item it lands in (number and
// title) — never a decision box's label ("Agreed", "Finding") or the contents list; highlights mark
// whole query words, never single letters; a word no document holds gives no results.
import { beforeAll, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser, siteInBrowser } from "../support/browser-site.ts";
import { documentsOf } from "./pages.ts";
import { documentTitle } from "../../src/lib/format.ts";

const RESULT = ".pagefind-ui__result";
const MESSAGE = ".pagefind-ui__message";

interface Shown {
  url: string;
  subResults: { label: string; href: string }[];
  marks: string[];
}

describeInBrowser("search results in Chromium", () => {
  const site = inject("sampleSite");
  const web = siteInBrowser(() => site.dist);
  const documents = documentsOf(site);
  let page: Page;

  beforeAll(async () => {
    page = await web.browser.newPage();
  });

  /** Searches through the page's own interface and reads what it shows once every result has its sub-results. */
  async function search(query: string): Promise<Shown[]> {
    await page.goto(`${web.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(RESULT, { timeout: 15_000 });
    const read = () =>
      page.$$eval(RESULT, (results) =>
        results.map((r) => ({
          url: (r.querySelector(".pagefind-ui__result-title .pagefind-ui__result-link") as HTMLAnchorElement | null)?.href ?? "",
          subResults: [...r.querySelectorAll(".pagefind-ui__result-nested .pagefind-ui__result-link")].map((a) => ({
            label: (a.textContent ?? "").trim(),
            href: (a as HTMLAnchorElement).href,
          })),
          marks: [...r.querySelectorAll("mark")].map((m) => m.textContent ?? ""),
        })),
      );
    // Results fill in as their fragments load: wait until the list stops changing.
    let last = "";
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(await read());
          const settled = now === last && now.includes('"url":"http');
          last = now;
          return settled;
        },
        { timeout: 15_000, interval: 400 },
      )
      .toBe(true);
    return read();
  }

  async function noResults(query: string): Promise<string> {
    await page.goto(`${web.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(MESSAGE, { timeout: 15_000 });
    await expect.poll(() => page.textContent(MESSAGE), { timeout: 15_000 }).toMatch(/result/i);
    // Give late results a moment to appear: there must be none.
    await page.waitForTimeout(500);
    expect(await page.$$(RESULT)).toHaveLength(0);
    return (await page.textContent(MESSAGE)) ?? "";
  }

  it("each sub-result is labelled with its item's number and title, or the document for text before the items", async () => {
    for (const query of ["foster carers", "agreed", "recommends", "finding"]) {
      const shown = await search(query);
      expect(shown.length, query).toBeGreaterThan(0);
      for (const result of shown) {
        const d = documents.find((x) => x.url === new URL(result.url).pathname)!;
        expect(d, result.url).toBeDefined();
        const itemLabels = new Map(d.items.map((i) => [i.anchor, `${i.number}${i.title ? ` ${i.title}` : ""}`]));
        for (const sub of result.subResults) {
          const hash = new URL(sub.href).hash.slice(1);
          if (hash) expect(sub.label, `${query}: ${sub.href}`).toBe(itemLabels.get(hash));
          else expect(sub.label, `${query}: ${sub.href}`).toBe(documentTitle(d));
          expect(sub.label).not.toMatch(/^(Agreed|Resolved|Finding|Recommendation|Requested|Contents|Present|Apologies)\b/);
        }
      }
    }
  });

  it("highlights mark whole query words, never single letters", async () => {
    for (const [query, forms] of [
      ["foster carers", /^(foster|carer)/],
      ["Dent", /^dent/],
      ["scrutiny", /^scrutin/],
    ] as const) {
      const marks = (await search(query)).flatMap((r) => r.marks);
      expect(marks.length, query).toBeGreaterThan(0);
      for (const mark of marks) {
        const word = mark.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
        expect(word.length, `${query}: <mark>${mark}</mark>`).toBeGreaterThan(1);
        expect(word, `${query}: <mark>${mark}</mark>`).toMatch(forms);
      }
    }
  });

  it("a word in no document gives no results, alone or beside a word that is there", async () => {
    // "library" is in no sample document; Pagefind alone would match the "L" of "Ms R L Dent".
    expect(await noResults("library")).toMatch(/no results/i);
    expect(await noResults("foster library")).toMatch(/no results/i);
    // A word being typed still finds the words it starts.
    expect((await search("fost")).length).toBeGreaterThan(0);
  });
});
