// Emit stage: one MDX entry of the `documents` content collection per record.
// The record's summary travels as front matter (what listings need; the full record is written beside
// it as JSON, see collection.ts); the body holds the items and their paragraphs as a readable copy. Source text is untrusted and MDX is a programming
// language, so every character that MDX or Markdown could read as syntax — `{ } < > [ ] * _ # \` …,
// and a line that begins `import`/`export` — is written as a numeric character reference.
import { summarise, type Paragraph, type PublishedDocument } from "../../../src/schema/record.ts";
import { withFrontmatter } from "./frontmatter.ts";

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Escape text so that MDX reads every character as literal text. */
export function escapeMdxText(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const escaped = oneLine.replace(ASCII_PUNCTUATION, (ch) => `&#${ch.charCodeAt(0)};`);
  // A line that starts with a letter could start an ESM statement (`import`, `export`): escape that letter.
  return escaped.replace(/^[A-Za-z]/, (ch) => `&#${ch.charCodeAt(0)};`);
}

function paragraphMdx(p: Paragraph): string {
  if (p.kind === "table" && p.rows) return p.rows.map((row) => `${escapeMdxText(row.join(" | "))}`).join("\n\n");
  if (p.kind === "list-item") return `- ${escapeMdxText(p.text)}`;
  if (p.kind === "heading") return `### ${escapeMdxText(p.text)}`;
  return escapeMdxText(p.text);
}

export function documentBodyMdx(document: PublishedDocument): string {
  const blocks: string[] = [];
  for (const p of document.preamble) blocks.push(paragraphMdx(p));
  for (const item of document.items) {
    blocks.push(`## ${escapeMdxText(item.number ? `${item.number} ${item.title}` : item.title)}`);
    for (const p of item.paragraphs) blocks.push(paragraphMdx(p));
    for (const r of item.resolutions) blocks.push(`> ${escapeMdxText(`${r.kind}: ${r.text}`)}`);
  }
  return blocks.filter((b) => b.length > 0).join("\n\n") + "\n";
}

export function documentMdx(document: PublishedDocument): string {
  return withFrontmatter(documentBodyMdx(document), summarise(document));
}
