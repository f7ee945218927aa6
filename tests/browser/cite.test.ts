// Permanent links and "Cite this" from the keyboard, in Chromium: Tab to a paragraph's ¶ link, copy
// its URL; open its Cite dialog and copy the reference; open "Cite this document" and copy it.
import { beforeAll, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { describeInBrowser, siteInBrowser } from "../support/browser-site.ts";
import { TEST_SITE } from "../support/build-site.ts";
import { documentsOf } from "./pages.ts";
import { formatDate } from "../../src/lib/format.ts";
import { localIsoDate } from "../../src/lib/citation.ts";

const SITE = TEST_SITE;

describeInBrowser("permalinks and citation from the keyboard", () => {
  const site = inject("sampleSite");
  const web = siteInBrowser(() => site.dist);
  const record = documentsOf(site).find((d) => d.type === "minutes" && d.items.some((i) => i.resolutions.length))!;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await web.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: web.origin });
    page = await context.newPage();
  });

  const active = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? "",
        className: el?.className ?? "",
        href: el?.getAttribute("href") ?? "",
        label: el?.getAttribute("aria-label") ?? el?.textContent ?? "",
        opacity: el ? getComputedStyle(el).opacity : "",
      };
    });
  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(matches: (a: Awaited<ReturnType<typeof active>>) => boolean, limit = 400) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      const a = await active();
      if (matches(a)) return a;
    }
    throw new Error("never reached by Tab");
  }
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const status = () => page.locator('[role="status"]').textContent();

  it("Tab reaches a paragraph's ¶ link, which shows on focus and copies the paragraph's full URL", async () => {
    await page.goto(`${web.origin}${record.url}`);
    await page.waitForSelector("button.cite-button", { state: "attached" });
    const link = await tabTo((a) => a.tag === "a" && a.className === "" && /^#.*-p\d+$/.test(a.href));
    expect(link.opacity).toBe("1");
    expect(link.label).toMatch(/^Paragraph \d+ of item /);
    await page.keyboard.press("Enter");
    await expect.poll(clipboard).toBe(`${SITE}${record.url}${link.href}`);
    await expect.poll(status).toMatch(/copied/i);
    expect(new URL(page.url()).hash).toBe(link.href);
  });

  it("the Cite button beside it opens one dialog with that paragraph's reference, copied from the keyboard", async () => {
    const cite = await tabTo((a) => a.className === "cite-button");
    expect(cite.label).toMatch(/^Cite paragraph \d+ of item /);
    await page.keyboard.press("Enter");
    const dialog = page.locator("dialog.cite-dialog");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const reference = (await dialog.locator('[data-format="text"]').textContent())!;
    const today = formatDate(localIsoDate(new Date()));
    for (const part of [record.council!.name, record.committee!.name, formatDate(record.date!), "paragraph", `${SITE}${record.url}#`, `accessed ${today}`]) {
      expect(reference).toContain(part);
    }
    JSON.parse((await dialog.locator('[data-format="csl"]').textContent())!);
    // Focus is in the dialog; the first copy button copies the reference.
    const copy = await tabTo((a) => a.tag === "button" && /^Copy reference/i.test(a.label), 10);
    expect(copy.tag).toBe("button");
    await page.keyboard.press("Enter");
    await expect.poll(clipboard).toBe(reference);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect((await active()).className).toBe("cite-button");
  });

  it("\"Cite this document\" opens with the keyboard and its reference copies with the reader's date", async () => {
    await page.goto(`${web.origin}${record.url}`);
    await page.waitForSelector("button.cite-button", { state: "attached" });
    await tabTo((a) => a.tag === "summary" && /Cite this document/.test(a.label));
    await page.keyboard.press("Enter");
    expect(await page.locator("details.cite-document").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await tabTo((a) => a.tag === "button" && /^Copy reference/i.test(a.label), 10);
    await page.keyboard.press("Enter");
    const copied = await clipboard();
    expect(copied).toContain(`${SITE}${record.url}`);
    expect(copied).toContain(`accessed ${formatDate(localIsoDate(new Date()))}`);
    expect(copied).not.toContain("[date]");
  });
});
