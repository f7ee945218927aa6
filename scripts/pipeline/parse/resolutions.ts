// Decisions: "Resolved" / "RESOLVED:" / "Resolved That:" blocks with numbered parts or parts joined
// by "&"; failing those, "It was agreed that…" and minutes "agreed as a correct record"; in reports,
// key findings, recommendations (numbered lists after "… recommends …:") and what a committee "is
// requested to" do. Each part becomes one resolution.
import type { Block } from "./segment.ts";
import { bodyText } from "./segment.ts";
import { isSubHeading } from "./paragraphs.ts";
import { allMatches } from "./matches.ts";
import { DECISION_LEAD_IN, DECISION_SENTENCES, FORMAL_MINUTES_DECISION, OWN_APPROVAL_NOTE, PLANNING_VIEW, REPORT_CUES } from "./cues.ts";

export type Kind = "resolved" | "agreed" | "recommendation" | "finding" | "requested";

export interface ResolutionDraft {
  kind: Kind;
  marker: string | null;
  text: string;
  lines: [number, number];
  /** What made this a decision (for --explain). */
  cue?: string;
}

const RESOLVED_RX = /^(?:(?:[Ii]t\s+was\s+)?(?:UNANIMOUSLY\s+|Unanimously\s+)?|PENDERFYNWYD\s*\/\s*)(RESOLVED|Resolved|DECIDED|Decided|RECOMMENDED|Recommended|DECISION|Decision|OUTCOME|Outcome|AGREED|Agreed|NOTED)\b(?:\s+(?:unanimously|accordingly|by\s+consensus))?\s*(?:\(\s*(?:unanimously|nem\.?\s*con\.?|by\s+a\s+majority)\s*\))?\s*[:–—-]{0,2}\s*/;

function resolvedLabel(text: string): { kind: Kind; rest: string } | null {
  const m = RESOLVED_RX.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const rest = text.slice(m[0].length);
  // "Decision" / "Agreed" open a decision only as a label ("Decision:", "AGREED –", "Agreed that").
  if ((word === "decision" || word === "agreed") && !/[:–—-]\s*$/.test(m[0]) && !/^that\b/i.test(rest) && rest.length > 0) return null;
  // "Outcome: Approved as recommended." (a planning committee's record of each application): only as a label.
  if (word === "outcome" && !/:\s*$/.test(m[0])) return null;
  // "NOTED – the results of the call for sites …": noting in capitals as a label, like "AGREED –".
  if (word === "noted" && !/[:–—-]\s*$/.test(m[0])) return null;
  if ((word === "decided" || word === "recommended") && rest.length > 0 && !/^that\b/i.test(rest) && !/[:–—-]\s*$/.test(m[0])) return null;
  // "Resolved" in running text ("Resolved issues were …") is not a label.
  if (rest && !/^(?:that\b|\(|\d|[a-z]\)|[:–—-]|to\b|[A-Z"'‘“])/i.test(rest)) return null;
  // "It was AGREED that …" is a sentence: the decision keeps its words; "It was RESOLVED:" only leads in.
  const kind: Kind = word.startsWith("recommend") ? "recommendation" : "resolved";
  if (/^[Ii]t\s/.test(m[0]) && /^(?:that|to)\b/i.test(rest)) return { kind, rest: text };
  return { kind, rest };
}

const stripJoiner = (s: string) => s.replace(/\s*(?:;|,)?\s*(?:&|\band)\s*$/i, "").replace(/\s*;\s*$/, "").trim();

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const markerKey = (m: RegExpMatchArray) => m[1]!.replace(/[()\s]/g, "");
/** Whether part marker `b` comes next after `a`: 1 → 2, a → b, i → ii (and h → i as letters). */
function follows(a: string, b: string): boolean {
  if (/^\d+$/.test(a)) return Number(b) === Number(a) + 1;
  if (ROMAN.includes(a) && ROMAN.indexOf(b) === ROMAN.indexOf(a) + 1) return true;
  return a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}
/**
 * The part markers of a decision written on one line, "(a) …; (b) …": a run in sequence from the
 * first. A marker out of sequence is text, and of two markers with the next letter the one after a
 * clause's end (";", ":", ",", "and") is the part — "(a) that option (b) be recommended; (b) that …"
 * refers to an option in its first part.
 */
function partMarkers(text: string): RegExpMatchArray[] {
  const all = [...text.matchAll(/(?:^|\s)(\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-z])\))\s+/g)];
  if (all.length < 2) return all;
  const atClause = (m: RegExpMatchArray) => /(?:^|[;:,.]|\b(?:and|or))\s*$/i.test(text.slice(0, m.index!));
  const out = [all[0]!];
  for (let i = 1; i < all.length; ) {
    const want = all.slice(i).filter((m) => follows(markerKey(out[out.length - 1]!), markerKey(m)));
    if (!want.length) break;
    // The next part is the first such marker at a clause's end; else the first such marker.
    const next = want.find(atClause) ?? want[0]!;
    out.push(next);
    i = all.indexOf(next) + 1;
  }
  return out;
}

/** Split "That A; & B" and "(1) … (2) …" into parts. */
function splitParts(text: string): { marker: string | null; text: string }[] {
  const numbered = partMarkers(text);
  if (numbered.length >= 2 && numbered[0]!.index! <= 12) {
    const out: { marker: string | null; text: string }[] = [];
    const lead = text.slice(0, numbered[0]!.index!).trim();
    for (let i = 0; i < numbered.length; i++) {
      const m = numbered[i]!;
      const from = m.index! + m[0].length;
      const to = i + 1 < numbered.length ? numbered[i + 1]!.index! : text.length;
      const t = stripJoiner(text.slice(from, to));
      if (t) out.push({ marker: markerKey(m), text: t });
    }
    if (lead && !/^that\s*:?$/i.test(lead) && out.length === 0) out.unshift({ marker: null, text: lead });
    return out;
  }
  const pieces = text.split(/\s*;\s*(?:&|and)\s+(?=[a-zA-Z])|\s+&\s+(?=(?:that\s+)?the\s+report\b)/i);
  return pieces.map((p) => ({ marker: null, text: stripJoiner(p) })).filter((p) => p.text && !/^that\s*:?$/i.test(p.text));
}

/** "to approve the payments. It was resolved that the reconciliation be noted.": a further decision sentence is a decision of its own. */
function splitAtDecisions(p: { marker: string | null; text: string }): { marker: string | null; text: string }[] {
  const ss = sentences(p.text);
  if (ss.length < 2) return [p];
  const out: { marker: string | null; text: string }[] = [];
  let cur: string[] = [];
  for (const s of ss) {
    if (cur.length && DECISION_SENTENCES.some((c) => c.beside && c.rx.test(s))) {
      out.push({ marker: out.length ? null : p.marker, text: cur.join(" ") });
      cur = [];
    }
    cur.push(s);
  }
  out.push({ marker: out.length ? null : p.marker, text: cur.join(" ") });
  // "Resolved: to approve …" inside a later sentence keeps only what follows its label.
  return out.map((o, k) => {
    if (k === 0) return o;
    const lab = resolvedLabel(o.text);
    return lab && lab.rest.trim() ? { ...o, text: lab.rest.trim() } : o;
  });
}

function partsOfBlock(b: Block): { marker: string | null; text: string }[] {
  const t = bodyText(b).trim();
  if (!t || /^(?:&|and)$/i.test(t) || /^that\s*:?$/i.test(t)) return [];
  if (b.kind === "list-item" && b.marker && b.marker !== "-") return [{ marker: b.marker.replace(/[.()]/g, ""), text: stripJoiner(t) }];
  return splitParts(t);
}

/** A table row that opens with a recommendation's code, then the recommendation's cell: "Recommendation 1 | That … |". */
const RECOMMENDATION_ROW = /(?:^|\n)[ \t]*(key\s+finding|finding|recommendation)\s*(\d+|[A-Z])\s*\|\s*([^|]+)/gi;

const AGREED_RX = [
  /^it\s+was\s+(?:also\s+|further\s+|unanimously\s+|therefore\s+)?(?:agreed|resolved|noted\s+and\s+agreed)\b/i,
  /^(?:the\s+)?(?:panel|committee|sub-committee|board|forum|group|commission|members|meeting|working\s+group)\b[^.]{0,120}?(?<!\b(?:been|was|were|is|are|be|being)\s+)\b(?:agreed|resolved|approved|endorsed)\b(?!\s+to\s+provide)/i,
  /\b(?:agreed|approved|confirmed|signed|accepted)\s+as\s+an?\s+(?:correct|true|accurate|full)\b/i,
];

/**
 * Blocks inside a quotation that opens a paragraph: the wording of a motion or an amendment as moved
 * ("The following motion was moved …:" / "“This Council notes … This Council therefore resolves to: …”").
 * It is what was proposed, not what was decided: no decision starts inside it (a decision label before
 * it may still take the quoted parts as its own). The quotation runs to the paragraph that closes it.
 */
function quotedBlocks(blocks: Block[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const t = bodyText(blocks[i]!).trim();
    if (!t.startsWith("“")) continue;
    let j = i;
    // Closed within the paragraph that opens it, or by a later one (at most 40 paragraphs on).
    for (; j < blocks.length && j < i + 40; j++) {
      const x = blocks[j]!.text;
      if ((j === i ? x.slice(x.indexOf("“") + 1) : x).includes("”")) break;
    }
    if (j >= blocks.length || j >= i + 40) continue;
    for (let k = i; k <= j; k++) out.add(k);
    i = j;
  }
  return out;
}

/** "… agreed:" / "… agreed:-": a lead-in (a plain string test: a regex on `:\s*$` retries at every colon). */
function endsWithColon(t: string): boolean {
  const e = t.trimEnd();
  return e.endsWith(":") || e.endsWith(":-");
}

/** A planning application's reference opening a paragraph: "25/00312", "DC/25/0012/FUL", "P/2025/0345". */
const APPLICATION_REF = /^(?:[A-Z]{1,4}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{2,5})?\b/;

/** "The Council objects on grounds of access.", "The Parish Council has no objection.": the view in the council's own words. */
const BODY_VIEW = /^(?:The\s+)?(?:(?:Parish|Town|Community)\s+)?(?:Council|Committee)\s+(?:objects|supports|has\s+no\s+objections?|raises\s+no\s+objections?|makes\s+no\s+comments?)\b/;

/** Every decision sentence holds one of these words: blocks without any skip the sentence cues. */
const DECISION_WORD = /agree|resolve|decide|note|approve|endorse|accept|support|carried|PENDERFYNWYD/i;

const sentences = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-Z"'‘“(])/);

/** Decisions of one item (or the preamble) from its blocks, in order. */
export function extractResolutions(blocks: Block[], docType: "minutes" | "report" | "decision"): ResolutionDraft[] {
  const out: ResolutionDraft[] = [];
  let formal = false;
  const used = new Set<number>();
  const quoted = quotedBlocks(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "table" || b.kind === "furniture" || quoted.has(i)) continue;
    let lab = resolvedLabel(bodyText(b));
    const leadIn = !lab;
    // "The Committee agreed:-" / "The Integration Joint Board:" / "Moved …, seconded … and AGREED that:" before its parts.
    if (!lab && endsWithColon(b.text) && DECISION_LEAD_IN.test(bodyText(b).trim())) {
      const n = blocks.slice(i + 1).find((x) => x.kind !== "furniture");
      if (n && n.kind === "list-item") lab = { kind: /resolved/i.test(b.text) ? "resolved" : "agreed", rest: "" };
    }
    if (!lab) continue;
    formal = true;
    used.add(i);
    const parts: { marker: string | null; text: string; lines: [number, number] }[] = [];
    if (lab.rest.trim() && !/^that\s*:?\s*$/i.test(lab.rest.trim()))
      for (const p of splitParts(lab.rest.trim())) for (const q of splitAtDecisions(p)) parts.push({ ...q, lines: [b.start, b.end] });
    let first = parts.length === 0;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j]!;
      if (n.kind === "furniture") continue;
      // A bulleted list under a part that ends in a colon ("objects on the following grounds:") is
      // that part's; the parts go on after it.
      const last = parts[parts.length - 1];
      if (last && /:\s*$/.test(last.text) && n.kind === "table" && n.lines.every((l) => /^\s*[•·▪◦*-]\s/.test(l))) {
        last.text = `${last.text} ${n.lines.map((l) => l.replace(/^\s*[•·▪◦*-]\s+/, "").replace(/\t+/g, " ").trim()).join(" ")}`;
        last.lines = [last.lines[0], n.end];
        used.add(j);
        i = j;
        continue;
      }
      const t = bodyText(n).trim();
      const isPart =
        n.kind === "list-item" || /^(?:that\b|&$|and$)/i.test(t) || /^[a-z]/.test(t) || (first && n.kind === "text" && !isSubHeading(n) && !resolvedLabel(t));
      if (!isPart || resolvedLabel(t)) break;
      if (!/^that\s*:?\s*$/i.test(t) && !/^(?:&|and)$/i.test(t)) first = false;
      for (const p of partsOfBlock(n)) parts.push({ ...p, lines: [n.start, n.end] });
      used.add(j);
      i = j;
    }
    // "RESOLVED that for the reasons in the report:" followed by parts: the lead-in is not itself a decision.
    if (parts.length > 1 && /:\s*$/.test(parts[0]!.text) && parts[0]!.marker === null) parts.shift();
    for (const p of parts) out.push({ kind: lab.kind, marker: p.marker, text: p.text, lines: p.lines, cue: leadIn ? "lead-in before its parts" : "decision label opening a paragraph" });
  }
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (b.kind === "table" || b.kind === "furniture" || used.has(bi) || quoted.has(bi)) continue;
    const t = bodyText(b);
    const report = docType === "report";
    // A table of recommendations (an executive's response to a scrutiny report): "Recommendation 1 |
    // That the Cabinet adopts … | Accepted | Response: …" — each row's recommendation is its own cell,
    // wrapped over lines up to the next cell; a block can hold the header row and several rows.
    if (t.includes("|")) {
      const rows = allMatches(RECOMMENDATION_ROW, b.lines.join("\n")).filter((m) => m[3]!.trim().split(/\s+/).length >= 5);
      for (const m of rows) out.push({ kind: /recommend/i.test(m[1]!) ? "recommendation" : "finding", marker: m[2]!, text: m[3]!.trim().replace(/\s+/g, " "), lines: [b.start, b.end], cue: "a coded recommendation in its table row" });
      if (rows.length) continue;
    }
    // "Recommendation 2: …", "RECOMMENDATION TO FULL COUNCIL: that …" (to whom it goes, then its text).
    const kf = /^(key\s+finding|finding|recommendation)(?:\s+to\s+(?:the\s+)?(?:full\s+)?[\p{L}&' -]{2,40}?)?(?:\s*(\d+)|\s+([A-Z]))?\s*[:.–-]\s*(.+)$/iu.exec(t);
    if (kf) {
      out.push({ kind: /recommend/i.test(kf[1]!) ? "recommendation" : "finding", marker: kf[2] ?? kf[3] ?? null, text: t, lines: [b.start, b.end] });
      continue;
    }
    if (!report && !formal && PLANNING_VIEW.test(t)) {
      out.push({ kind: "agreed", marker: null, text: t, lines: [b.start, b.end], cue: "a planning view ('No objection', 'Objection –', 'Support')" });
      continue;
    }
    // "25/00312 – 14 Mill Lane – rear extension. No objection.": an application listed with the view after it.
    if (!report && !formal && APPLICATION_REF.test(t)) {
      const last = sentences(t).pop()!.trim();
      if (last !== t.trim() && (PLANNING_VIEW.test(last) || BODY_VIEW.test(last))) {
        out.push({ kind: "agreed", marker: b.kind === "list-item" ? (b.marker?.replace(/[.()]/g, "") ?? null) : null, text: t, lines: [b.start, b.end], cue: "an application with the council's view after it" });
        continue;
      }
    }
    const formalMinute = FORMAL_MINUTES_DECISION.find((c) => c.rx.test(t.trim()));
    if (formalMinute) {
      out.push({ kind: formalMinute.kind, marker: null, text: t.trim(), lines: [b.start, b.end], cue: "a select committee's formal minute ('Ordered, That …', '… read and agreed to.')" });
      continue;
    }
    if (report || !DECISION_WORD.test(t)) continue;
    for (const s of sentences(t)) {
      if (!DECISION_WORD.test(s) || OWN_APPROVAL_NOTE.test(s.trim())) continue;
      const legacy = !formal && AGREED_RX.some((rx) => rx.test(s));
      const allCaps = !/[a-z]/.test(s);
      const cue = DECISION_SENTENCES.find((c) => (!formal || c.beside) && !(c.capitals && allCaps) && c.rx.test(s));
      if (!legacy && !cue) continue;
      // "Resolved: to object …" opening the sentence: the decision is what follows the label.
      const lab = resolvedLabel(s.trim());
      const text = lab && lab.rest.trim() ? lab.rest.trim() : s.trim();
      out.push({ kind: lab ? lab.kind : cue ? cue.kind : "agreed", marker: null, text, lines: [b.start, b.end], cue: cue ? cue.cue : "sentence opening 'It was agreed'" });
    }
  }

  // A report's findings and recommendations; their cues are a report's conventions, so they also read
  // a report whose type the header left as minutes (the blocks a decision label took are skipped).
  out.push(...requestedAndRecommended(blocks, used));
  return out;
}

const REQUESTED_RX = /\b(?:is|are)\s+(?:requested|asked|recommended|invited|being\s+asked)\s+to(?:\s+(?:note|agree|approve|consider|endorse|comment\s+on))?\s*:?\s*$|^(?:the\s+)?(?:recommendations?|proposed\s+resolutions?)\s*:?\s*$|^it\s+is\s+(?:recommended|proposed)\s+that\s+(?:the\s+)?[\p{L}][\p{L}\s,&'’-]{0,60}?\s*:\s*$/iu;
const RECOMMENDS_RX = /\brecommends?\b|\b(?:our|the\s+following|its)\s+recommendations\b/i;

/** Report decisions: what the committee is requested to do, and the recommendations of a letter or report. */
function requestedAndRecommended(blocks: Block[], taken: Set<number>): ResolutionDraft[] {
  const out: ResolutionDraft[] = [];
  const used = new Set<number>(taken);
  const markerOf = (n: Block) => (n.marker === "-" ? null : (n.marker?.replace(/[.()]/g, "") ?? null));
  const push = (j: number, d: ResolutionDraft) => {
    if (used.has(j)) return;
    used.add(j);
    out.push(d);
  };
  // First what carries its own cue, anywhere in a report: "We recommend that …", a numbered "That …" (a proposed resolution), and a
  // conclusion that cites the paragraphs it rests on ("… (Paragraphs 9 and 10)").
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (used.has(i) || b.kind === "table" || b.kind === "furniture") continue;
    const t = bodyText(b).trim();
    if (/^(?:\d{1,3}\.\s+)?We\s/.test(t) && REPORT_CUES.weRecommend.test(t)) {
      const parts: number[] = [];
      if (endsWithColon(t)) for (let j = i + 1; j < blocks.length && blocks[j]!.kind === "list-item" && !used.has(j); j++) parts.push(j);
      if (parts.length) for (const j of parts) push(j, { kind: "recommendation", marker: markerOf(blocks[j]!), text: bodyText(blocks[j]!).trim(), lines: [blocks[j]!.start, blocks[j]!.end], cue: "part of 'We recommend that …:'" });
      else push(i, { kind: "recommendation", marker: markerOf(b), text: t, lines: [b.start, b.end], cue: "'We recommend that …'" });
      used.add(i);
    } else if ((b.kind === "list-item" && b.marker !== "-" && /^That\b/.test(t)) || REPORT_CUES.codedProposal.test(t)) {
      push(i, { kind: "recommendation", marker: markerOf(b), text: t, lines: [b.start, b.end], cue: "numbered 'That …' (a proposed resolution)" });
    } else if (/\)\.?$/.test(t) && REPORT_CUES.citesParagraphs.test(t)) {
      push(i, { kind: "finding", marker: markerOf(b), text: t, lines: [b.start, b.end], cue: "conclusion citing its paragraphs" });
    }
  }
  // Then lists after a lead-in ("… is asked to:", "The Group's key findings are:", "… recommends:").
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "table") continue;
    const t = bodyText(b).trim();
    // Every lead-in ends with a colon, "… to" or "Recommendations": most blocks skip the patterns.
    const colon = endsWithColon(t);
    if (!colon && !t.endsWith("to") && !/(?:recommendations?|resolutions?)$/i.test(t)) continue;
    const findings = colon && REPORT_CUES.findingsLeadIn.test(t);
    if (REQUESTED_RX.test(t) || findings) {
      const kind: Kind = findings ? "finding" : /recommend/i.test(t) && !/requested|asked|invited/i.test(t) ? "recommendation" : "requested";
      let j = i + 1;
      for (; j < blocks.length; j++) {
        const n = blocks[j]!;
        if (n.kind === "furniture") continue;
        if (n.kind !== "list-item") break;
        push(j, { kind, marker: markerOf(n), text: bodyText(n).trim(), lines: [n.start, n.end], cue: findings ? "list after a findings lead-in" : "list after 'is asked to'" });
      }
      used.add(i);
      i = j - 1;
      continue;
    }
    if (colon && RECOMMENDS_RX.test(t) && !/\bnot\b[^.]*\brecommend/i.test(t)) {
      used.add(i);
      let j = i + 1;
      for (; j < blocks.length; j++) {
        const n = blocks[j]!;
        const nt = bodyText(n).trim();
        if (n.kind === "furniture" || n.kind === "table") continue;
        if (/^(?:yours\s+(?:faithfully|sincerely)|signed\b)/i.test(nt)) break;
        const coded = REPORT_CUES.recommendationCode.exec(nt);
        if (n.kind === "list-item" || coded)
          push(j, { kind: "recommendation", marker: coded ? coded[1]! : markerOf(n), text: nt, lines: [n.start, n.end], cue: "recommendation after '… recommends:'" });
      }
      i = j - 1;
    }
  }
  // In source order (the two sweeps interleave).
  return out.sort((x, y) => x.lines[0] - y.lines[0]);
}
