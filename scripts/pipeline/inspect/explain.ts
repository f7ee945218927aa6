// Explain: each block of a parsed document with the label it got, the cue that decided it and the
// alternative it beat, after one line per parse pass saying what it produced — what someone teaching
// the parser a new layout reads first
// (`npm run parse -- --explain FILE`, docs/parsing.md). Pure: text in, lines of text out.
import type { ParseInput } from "../types.ts";
import { parseDocument, type ParseTrace } from "../parse/index.ts";

const clip = (s: string, n = 70) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function explainDocument(input: ParseInput): string[] {
  const trace: ParseTrace = { passes: [], headings: [], decisions: [], votes: [] };
  const record = parseDocument(input, trace);
  const rows: { line: number; order: number; text: string }[] = [];
  const add = (line: number, order: number, label: string, text: string, cue: string, beat: string) =>
    rows.push({ line, order, text: `L${String(line).padStart(4)}  ${label.padEnd(18)} ${clip(text)}\n        cue: ${cue}${beat ? `; beat: ${beat}` : ""}` });
  for (const p of record.preamble) add(p.lines[0], 1, `preamble ${p.kind}`, p.text, "before the first item heading", "");
  const headingCue = new Map(trace.headings.filter((h) => h.chosen).map((h) => [h.line, h]));
  for (const t of trace.headings.filter((h) => !h.chosen)) add(t.line, 0, "not a heading", t.number, t.cue, t.beat);
  for (const it of record.items) {
    const h = headingCue.get(it.lines[0]);
    add(it.lines[0], 0, it.number === null ? "section (no number)" : `item ${it.number}`, it.title, h ? h.cue : "report section (contents table or numbered section)", h ? h.beat : "a paragraph");
    for (const p of it.paragraphs) add(p.lines[0], 1, p.kind, p.text, it.number === null ? `in section "${it.title}"` : `in item ${it.number}`, "");
  }
  for (const d of trace.decisions) add(d.lines[0], 2, `decision (${d.kind})`, d.text, d.cue, "running text");
  for (const { item, decision, vote: v } of trace.votes) {
    const c = v.counts;
    const named = (["for", "against", "abstentions"] as const).filter((s) => v.named[s].length).map((s) => `${s}: ${v.named[s].map((n) => `${n.name}${n.personId ? "" : " (?)"}`).join(", ")}`);
    const said = [
      v.outcome ?? "no outcome stated",
      v.unanimous ? "unanimous" : "",
      c.for !== null || c.against !== null || c.abstentions !== null ? `for ${c.for ?? "–"}, against ${c.against ?? "–"}, abstentions ${c.abstentions ?? "–"}` : "",
      v.mover ? `moved ${v.mover.name}${v.seconder ? `, seconded ${v.seconder.name}` : ""}` : "",
      ...named,
    ].filter(Boolean).join("; ");
    add(v.lines[0], 3, `vote (${v.motion})`, said, `vote statement, lines ${v.lines[0]}–${v.lines[1]}`, decision ? `on decision ${decision}` : `no decision in ${item === null ? "the preamble" : `item ${item}`}: kept on the item`);
  }
  for (const f of record.furniture) add(f.lines[0], 1, "furniture", f.text, "page or web-page chrome (rule, page number, repeated line, label)", "running text");
  rows.sort((a, b) => a.line - b.line || a.order - b.order);
  const head = [
    `${record.source.file}: ${record.type}, ${record.items.length} item(s), ${record.items.reduce((n, i) => n + i.resolutions.length, 0) + (record.resolutions?.length ?? 0)} decision(s)`,
    ...record.warnings.map((w) => `warning: ${w.message}`),
    // What each pass left for the next, in the order they ran (docs/parsing.md, "The passes").
    ...trace.passes.map((p, i) => `pass ${i + 1} ${p.name.padEnd(18)} ${p.summary}`),
  ];
  return [...head, ...rows.map((r) => r.text)];
}
