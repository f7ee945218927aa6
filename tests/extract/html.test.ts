// The web-page reader: a saved ModernGov or council CMS page gives its main content only — headings,
// paragraphs, lists and tables — with navigation, scripts, styles and cookie banners left out and
// ModernGov's download-link noise kept as furniture. Markup in the page is never run, and text that
// looks like markup stays text.
import { describe, expect, it } from "vitest";
import { extractSource, type Extracted } from "../../scripts/pipeline/extract/index.ts";
import { processBytes } from "../../scripts/pipeline/process-one.ts";

const MODERNGOV = `<!DOCTYPE html>
<html><head><title>Agenda for Planning Committee</title><style>body { color: red }</style>
<script>document.write("SCRIPT TEXT"); window.pwned = true;</script></head>
<body>
<div id="cookie-banner"><p>We use cookies on this site. Accept all cookies</p></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li>Councillors</li></ul></nav></header>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<p><strong>Venue:</strong> County Hall, Northtown</p>
<ol>
<li><h2>Apologies for Absence</h2><p>Apologies were received from Councillor Emma Brown.</p></li>
</ol>
<table class="mgItemTable"><tr><th>Vote</th><th>Number</th></tr><tr><td>For</td><td>3</td></tr></table>
<p>The rule &lt;script&gt;alert(1)&lt;/script&gt; was quoted and **not** bold.</p>
<ul class="mgActionList"><li><a href="documents/s1.pdf"><img alt="pdf icon" src="x.gif">PDF 211 KB</a></li></ul>
<p><a href="mgIssueHistory.aspx">View the full minutes text for item 5</a></p>
<noscript>Enable JavaScript</noscript>
</div></div>
<footer><p>Copyright Northshire County Council</p></footer>
</body></html>`;

async function read(html: string): Promise<Extracted & { lines: string[] }> {
  const result = await extractSource("agenda.html", new TextEncoder().encode(html));
  if (!result.ok) throw new Error(result.reason);
  return { ...result, lines: result.text.split("\n") };
}

describe("reading a saved web page", () => {
  it("only the main content is read: no navigation, cookie banner, footer, script or style", async () => {
    const { text } = await read(MODERNGOV);
    for (const chrome of ["Home", "Councillors", "cookies", "Copyright", "SCRIPT TEXT", "color: red", "Enable JavaScript", "Agenda for Planning Committee"]) {
      expect(text).not.toContain(chrome);
    }
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it("headings, tables and paragraphs become the parser's blocks", async () => {
    const { lines } = await read(MODERNGOV);
    expect(lines).toContain("# Agenda and minutes");
    expect(lines).toContain("## Apologies for Absence");
    expect(lines).toContain("Apologies were received from Councillor Emma Brown.");
    expect(lines).toContain("**Vote**\t**Number**");
    expect(lines).toContain("For\t3");
    expect(lines).toContain("Venue: County Hall, Northtown");
  });

  it("ModernGov's download links and 'view the full minutes text' are furniture lines", async () => {
    const { lines, furniture } = await read(MODERNGOV);
    expect(furniture.map((n) => lines[n - 1])).toEqual(["PDF 211 KB", "View the full minutes text for item 5"]);
  });

  it("text that looks like markup is kept as the words it is", async () => {
    const { text } = await read(MODERNGOV);
    expect(text).toContain("The rule <script>alert(1)</script> was quoted");
  });

  it("a ModernGov agenda table (number in one cell, title and text in the next) gives numbered items with their decisions", async () => {
    const page = `<html><body><div id="modgov"><h1>Minutes</h1>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>1.</p></td><td><p class="mgSubItemTitleTxt">Apologies for Absence</p><div class="mgWordPara"><p>Apologies were received from Councillor Emma Brown.</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>2.</p></td><td><p class="mgSubItemTitleTxt">Minutes of the Previous Meeting</p><div class="mgWordPara"><p>RESOLVED that the minutes be confirmed.</p><p><a href="x">View the full minutes text for item 2.</a></p></div></td></tr>
</table></div></body></html>`;
    const { lines } = await read(page);
    expect(lines).toContain("1. Apologies for Absence");
    expect(lines).not.toContain("1.\tApologies for Absence");
    const outcome = await processBytes({ absolutePath: "/m.html", relativePath: "m.html", fileName: "m.html", meta: {} }, new TextEncoder().encode(page));
    expect(outcome.record!.items.map((i) => [i.number, i.title, i.resolutions.map((r) => r.text)])).toEqual([
      ["1", "Apologies for Absence", []],
      ["2", "Minutes of the Previous Meeting", ["that the minutes be confirmed."]],
    ]);
    expect(outcome.record!.furniture.map((f) => f.text)).toEqual(["View the full minutes text for item 2."]);
  });

  it("a page without a <main> or ModernGov container is read from its body, less its chrome", async () => {
    const { lines } = await read(`<html><body><nav>Menu</nav><div class="content"><h2>Decision details</h2><p>Decision: approved.</p></div><aside>Related</aside></body></html>`);
    expect(lines.filter(Boolean)).toEqual(["## Decision details", "Decision: approved."]);
  });
});
