// Pages the pipeline writes as strings (withdrawn notices, redirect pages) escape with the site's one
// escaper, src/lib/html.ts, which is Astro's own: whatever a withdrawal's reason or a redirect's target
// holds is shown as that text, byte for byte as Astro would render it, and is never markup. The pages
// are read back with parse5 (the WHATWG parsing algorithm, as browsers parse).
import { describe, expect, it } from "vitest";
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { escapeHTML } from "astro/runtime/server/escape.js";
import { toAttributeString } from "astro/runtime/server/render/util.js";
import { escapeAttr, escapeText } from "../../src/lib/html.ts";
import { withdrawnPage, type WithdrawnNotice } from "../../scripts/pipeline/emit/withdrawn.ts";
import { redirectPage } from "../../scripts/pipeline/emit/url-manifest.ts";

/** Text with every character HTML treats specially, an end tag, and a replacement pattern of String.replace. */
const HOSTILE = `the clerk's "draft" <b>minutes</b> & notes, $& $1 </script>`;

const FRAME =
  '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found · Minutebook</title>' +
  '<link rel="canonical" href="https://council.example/404/"></head><body>' +
  '<main id="main" class="wrap" tabindex="-1"><h1>Page not found</h1></main><footer>Footer of the site</footer></body></html>';
const SITE = new URL("https://council.example");
const DOCUMENT = "/testshire/cabinet/2024-03-05/";

type Node = T.ChildNode | T.ParentNode;
const isElement = (n: Node): n is T.Element => "tagName" in n;
const children = (n: Node): T.ChildNode[] => ("childNodes" in n ? n.childNodes : []);
const elements = (n: Node): T.Element[] => children(n).flatMap((c) => (isElement(c) ? [c, ...elements(c)] : []));
const textOf = (n: Node): string => children(n).map((c) => (c.nodeName === "#text" ? (c as T.TextNode).value : textOf(c))).join("");
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** A page as a browser reads it: its elements, in order, and the first of a kind. */
function page(html: string) {
  const all = elements(parse(html));
  const first = (tag: string, where: (el: T.Element) => boolean = () => true) => all.find((el) => el.tagName === tag && where(el))!;
  return { tags: all.map((el) => el.tagName), all, first };
}

const withdrawal = (reason: string) => ({ withdrawn: "2026-11-30", reason, replacedBy: "/testshire/cabinet/2024-03-06/" });

describe("the one HTML escaper", () => {
  it("escapes text exactly as Astro escapes {text}, and attributes as Astro escapes attribute values", () => {
    for (const s of [HOSTILE, "plain", "", "&amp; already", "'\"<>&"]) {
      expect(escapeText(s), s).toBe(escapeHTML(s));
      expect(escapeAttr(s), s).toBe(toAttributeString(s));
    }
  });
});

describe("a withdrawn notice", () => {
  const notice = (reason: string): WithdrawnNotice => ({ kind: "document", withdrawals: [[DOCUMENT, withdrawal(reason)]] });

  it("shows a reason with ', \", < and & escaped, and a reader sees the reason as written", () => {
    const html = withdrawnPage(FRAME, DOCUMENT, notice(HOSTILE), SITE);
    expect(html).toContain("<p>Why: the clerk&#39;s &quot;draft&quot; &lt;b&gt;minutes&lt;/b&gt; &amp; notes, $&amp; $1 &lt;/script&gt;.</p>");
    const read = page(html);
    // No markup came from the reason: the page has the elements it has with a plain one.
    expect(read.tags).toEqual(page(withdrawnPage(FRAME, DOCUMENT, notice("plain"), SITE)).tags);
    expect(read.all.filter((el) => el.tagName === "p").map(textOf)).toContain(`Why: ${HOSTILE}.`);
    expect(attr(read.first("link", (el) => attr(el, "rel") === "canonical"), "href")).toBe(`https://council.example${DOCUMENT}`);
    expect(textOf(read.first("title"))).toBe(`Withdrawn: ${DOCUMENT} · Minutebook`);
  });

  it("writes an address holding a replacement pattern of String.replace ($&) as itself", () => {
    const url = "/testshire/$&-$1/";
    const read = page(withdrawnPage(FRAME, url, { kind: "document", withdrawals: [[url, withdrawal("plain")]] }, SITE));
    expect(textOf(read.first("title"))).toBe(`Withdrawn: ${url} · Minutebook`);
    expect(attr(read.first("meta", (el) => attr(el, "name") === "minutebook:withdrawn"), "content")).toBe(url);
    expect(attr(read.first("link", (el) => attr(el, "rel") === "canonical"), "href")).toBe(new URL(url, SITE).href);
  });

  it("lists each withdrawal of a person's page with its reason escaped, read back as written", () => {
    const second = `O'Neill's "notes" & <i>more</i>`;
    const entity = (a: string, b: string): WithdrawnNotice => ({
      kind: "entity",
      withdrawals: [
        [DOCUMENT, withdrawal(a)],
        ["/testshire/cabinet/2024-04-02/", { withdrawn: "2026-12-01", reason: b }],
      ],
    });
    const read = page(withdrawnPage(FRAME, "/people/testshire/oneill-p/", entity(HOSTILE, second), SITE));
    expect(read.all.filter((el) => el.tagName === "li").map(textOf)).toEqual([
      `${DOCUMENT}, withdrawn on 30 November 2026: ${HOSTILE}. It was replaced by /testshire/cabinet/2024-03-06/.`,
      `/testshire/cabinet/2024-04-02/, withdrawn on 1 December 2026: ${second}. Nothing replaced it.`,
    ]);
    expect(read.tags).toEqual(page(withdrawnPage(FRAME, "/people/testshire/oneill-p/", entity("plain", "plain"), SITE)).tags);
  });
});

describe("a redirect page", () => {
  it("keeps a target with ', \", < and & as the same text in its attributes, its text and its script", () => {
    const target = `/to/o'neill/"x"/<b>&amp/</script>/`;
    const read = page(redirectPage(target));
    expect(read.tags).toEqual(page(redirectPage("/to/plain/")).tags);
    expect(attr(read.first("meta", (el) => attr(el, "name") === "minutebook:redirect"), "content")).toBe(target);
    expect(attr(read.first("link", (el) => attr(el, "rel") === "canonical"), "href")).toBe(target);
    expect(attr(read.first("meta", (el) => attr(el, "http-equiv") === "refresh"), "content")).toBe(`0; url=${target}`);
    expect(textOf(read.first("title"))).toBe(`Moved to ${target}`);
    expect(textOf(read.first("main"))).toBe(`This page has moved to ${target}.`);
    // The script holds all its code (the target did not end the element), and its string is the target.
    const script = textOf(read.first("script"));
    expect(script).toMatch(/^location\.replace\(".*" \+ location\.hash\)$/);
    expect(JSON.parse(/^location\.replace\((".*") \+/.exec(script)![1]!)).toBe(target);
  });

  it("is written as before for an ordinary target", () => {
    const to = "/walsall-council/childrens-services-scrutiny-panel/2012-09-13/";
    const html = redirectPage(to);
    expect(html).toContain(`<title>Moved to ${to}</title>`);
    expect(html).toContain(`<main><p>This page has moved to <a href="${to}">${to}</a>.</p></main>`);
    expect(html).toContain(`<script>location.replace("${to}" + location.hash)</script>`);
  });
});
