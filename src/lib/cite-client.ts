// The copy and cite helper of document pages, in the reader's browser (progressive enhancement: every
// link and the citation panel work without it). It
// - fills in the reader's own date where the built page says "accessed [date]";
// - adds copy buttons to the citation formats;
// - copies the full URL when a ¶ link is used (the link still goes to its anchor);
// - adds a Cite button beside each ¶ link that opens one shared dialog with that part's citation.
// Text only ever goes into the page as text (textContent), never as markup.
import { bibtex, cslJson, localIsoDate, locatorFromLabel, plainCitation, type CitedDocument, type CitedPart } from "./citation.ts";
import type { DocumentType } from "../schema/record.ts";

/** A ¶ link (PermaLink.astro): the only empty link to an anchor on a page; it has no class. */
export const PERMALINK = 'a[href^="#"]:empty';

type Format = "text" | "csl" | "bibtex";
const render = (format: Format, doc: CitedDocument, part: CitedPart | null, accessed: string) =>
  format === "text" ? plainCitation(doc, part, accessed) : format === "csl" ? cslJson(doc, part, accessed) : bibtex(doc, part, accessed);

function readDocument(el: HTMLElement): CitedDocument {
  const d = el.dataset;
  return {
    council: d.council ?? null,
    committee: d.committee ?? null,
    type: (d.type ?? "minutes") as DocumentType,
    title: d.title ?? null,
    date: d.date ?? null,
    year: d.year ? Number(d.year) : null,
    // Root-relative when the site was built without its public origin (MINUTEBOOK_SITE): the reader's
    // own address then completes it, so copied links and citations work wherever the site is served.
    url: new URL(d.url ?? "", location.href).href.replace(/#.*$/, ""),
  };
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (insecure context, older browser): the selection-based fallback.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

let status: HTMLElement;
function announce(message: string): void {
  // Cleared first so that the same message twice is announced twice.
  status.textContent = "";
  window.setTimeout(() => (status.textContent = message), 50);
}

function copyButton(label: string, text: () => string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = label;
  button.addEventListener("click", async () => {
    const ok = await copyText(text());
    button.dataset.copied = ok ? "true" : "false";
    announce(ok ? "Copied to the clipboard" : "Could not copy: select the text and copy it");
  });
  return button;
}

/** The part a ¶ link stands for: its anchor, its locator ("item 313, paragraph 4") and its item's title. */
function partOf(link: HTMLAnchorElement): CitedPart {
  const anchor = decodeURIComponent(link.hash.slice(1));
  const section = link.closest("section.item");
  const number = section?.querySelector("h2 .item-number")?.textContent?.trim();
  let locator = locatorFromLabel(link.getAttribute("aria-label") ?? anchor);
  // The anchor has the item number in its URL-safe form; the heading has it as printed ("221/12").
  if (number) locator = locator.replace(/^item [^,]+/, `item ${number}`);
  const heading = section?.querySelector("h2")?.textContent?.trim() ?? "";
  const title = number && heading.startsWith(number) ? heading.slice(number.length).trim() : heading;
  return { anchor, locator, itemTitle: title || null };
}

function fillFormats(body: HTMLElement, doc: CitedDocument, part: CitedPart | null, accessed: string): void {
  for (const el of body.querySelectorAll<HTMLElement>("[data-format]")) {
    el.textContent = render(el.dataset.format as Format, doc, part, accessed);
  }
}

export function initCite(): void {
  const panel = document.querySelector<HTMLDetailsElement>("details.cite-document");
  const body = panel?.querySelector<HTMLElement>(".cite-body");
  if (!panel || !body) return;
  const doc = readDocument(body);
  const accessed = localIsoDate(new Date());

  status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.append(status);

  // The document's own citation, with today's date and copy buttons.
  fillFormats(body, doc, null, accessed);
  for (const el of body.querySelectorAll<HTMLElement>("[data-format]")) {
    el.after(copyButton(`Copy ${el.dataset.label ?? "citation"}`, () => el.textContent ?? ""));
  }
  // One dialog for every part of the document, filled when it opens.
  const dialog = document.createElement("dialog");
  dialog.className = "cite-dialog";
  dialog.setAttribute("aria-labelledby", "cite-dialog-title");
  const title = document.createElement("h2");
  title.id = "cite-dialog-title";
  const dialogBody = body.cloneNode(true) as HTMLElement;
  for (const note of dialogBody.querySelectorAll(".cite-note")) note.remove();
  for (const button of dialogBody.querySelectorAll<HTMLButtonElement>("button.copy")) {
    const target = button.previousElementSibling as HTMLElement;
    button.replaceWith(copyButton(button.textContent ?? "Copy", () => target.textContent ?? ""));
  }
  const close = document.createElement("button");
  close.type = "button";
  close.className = "cite-close";
  close.textContent = "Close";
  close.addEventListener("click", () => dialog.close());
  dialog.append(title, dialogBody, close);
  document.body.append(dialog);

  const openFor = (link: HTMLAnchorElement, opener: HTMLElement) => {
    const part = partOf(link);
    title.textContent = `Cite ${part.locator}`;
    fillFormats(dialogBody, doc, part, accessed);
    dialog.showModal();
    dialog.addEventListener("close", () => opener.focus(), { once: true });
  };

  for (const link of document.querySelectorAll<HTMLAnchorElement>(`article ${PERMALINK}`)) {
    link.addEventListener("click", async () => {
      // The link still moves to its anchor; the full permanent URL goes to the clipboard too.
      const ok = await copyText(`${doc.url}${link.hash}`);
      link.dataset.copied = ok ? "true" : "false";
      announce(ok ? "Link copied to the clipboard" : "The link is in the address bar");
    });
    const cite = document.createElement("button");
    cite.type = "button";
    cite.className = "cite-button";
    cite.textContent = "Cite";
    const name = link.getAttribute("aria-label") ?? "";
    cite.setAttribute("aria-label", `Cite ${name.charAt(0).toLowerCase()}${name.slice(1)}`);
    cite.setAttribute("aria-haspopup", "dialog");
    cite.addEventListener("click", () => openFor(link, cite));
    link.after(cite);
  }
}
