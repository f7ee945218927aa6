// WCAG 2.2 AA in a real browser: axe-core on one page of every type, in light and dark colour schemes;
// keyboard access (skip link, visible focus); one h1 and no skipped heading levels; reflow at 320 px.
import { expect, inject, it } from "vitest";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describeInBrowser, siteInBrowser } from "../support/browser-site.ts";
import { pageTypes } from "./pages.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// The tests below open every page type once (or once per width or scheme): about 20–40 page loads,
// which take minutes on a busy two-core machine, beyond vitest's default per-test limit.
const PAGE_LOOP_TIMEOUT = 900_000;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

describeInBrowser("accessibility in Chromium", () => {
  const site = inject("sampleSite");
  const web = siteInBrowser(() => site.dist);
  const pages = pageTypes(site);


  async function open(path: string, options: { width?: number; colorScheme?: "light" | "dark" } = {}): Promise<Page> {
    const context = await web.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? "light" });
    const page = await context.newPage();
    await page.goto(web.origin + path, { waitUntil: "networkidle" });
    if (path.startsWith("/search/")) await page.waitForSelector(".pagefind-ui__result", { timeout: 15_000 });
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(
      (tags) => (window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe
        .run({ runOnly: { type: "tag", values: tags } })
        .then((r) => r.violations),
      WCAG_TAGS,
    )) as AxeViolation[];
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  }

  for (const scheme of ["light", "dark"] as const) {
    it(`every page type has no axe violations at WCAG 2.2 A/AA in the ${scheme} colour scheme`, async () => {
      const found: string[] = [];
      for (const [type, path] of Object.entries(pages)) {
        const page = await open(path, { colorScheme: scheme });
        for (const v of await axeViolations(page)) found.push(`${type} ${path}: ${v}`);
        await page.context().close();
      }
      expect(found).toEqual([]);
    }, PAGE_LOOP_TIMEOUT);
  }

  // 320 CSS px is WCAG's reflow width (1280 px at 400% zoom); 640 px is a 1280 px window at 200% zoom.
  it("every page type reflows at 320 px and 640 px wide (400% and 200% zoom) with no horizontal scrolling", async () => {
    const overflowing: string[] = [];
    for (const width of [320, 640]) {
      for (const [type, path] of Object.entries(pages)) {
        const page = await open(path, { width });
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (widths.scroll > widths.client) overflowing.push(`${type} ${path} at ${width}px: ${widths.scroll}px content in ${widths.client}px`);
        await page.context().close();
      }
    }
    expect(overflowing).toEqual([]);
  }, PAGE_LOOP_TIMEOUT);

  it("every page type has lang, one h1 and no skipped heading level", async () => {
    const problems: string[] = [];
    for (const [type, path] of Object.entries(pages)) {
      const page = await open(path);
      const { lang, levels } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        levels: [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => Number(h.tagName[1])),
      }));
      if (!lang) problems.push(`${type}: no lang`);
      if (levels.filter((l) => l === 1).length !== 1) problems.push(`${type}: ${levels.filter((l) => l === 1).length} h1 elements`);
      levels.forEach((l, i) => {
        if (i > 0 && l > levels[i - 1]! + 1) problems.push(`${type}: h${levels[i - 1]} followed by h${l}`);
      });
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, PAGE_LOOP_TIMEOUT);

  it("the first Tab reaches a visible skip link that moves focus to the main content", async () => {
    const page = await open(pages.minutes!);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), href: el.getAttribute("href"), outline: style.outlineStyle, visible: box.width > 0 && box.height > 0 };
    });
    expect(focused.text).toMatch(/skip to (main )?content/i);
    expect(focused.href).toBe("#main");
    expect(focused.visible).toBe(true);
    expect(focused.outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
    await page.context().close();
  });

  it("every link and button on a document page can be reached with Tab and shows a focus outline", async () => {
    const page = await open(pages.minutes!);
    const total = await page.evaluate(() => document.querySelectorAll("a[href], button, summary, input, select, textarea").length);
    const seen = new Set<string>();
    const unoutlined: string[] = [];
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return { key: el.outerHTML.slice(0, 120), outlined: s.outlineStyle !== "none" && s.outlineWidth !== "0px" };
      });
      if (!info) continue;
      seen.add(info.key);
      if (!info.outlined) unoutlined.push(info.key);
    }
    expect(unoutlined).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(Math.min(total, 10));
    await page.context().close();
  });
});
