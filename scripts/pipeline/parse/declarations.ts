// Declarations of interest (who, on which item, what nature) and exempt items (the Schedule 12A
// paragraph cited).
import type { Block } from "./segment.ts";
import { bodyText } from "./segment.ts";
import { HONORIFIC, leadingName } from "./names.ts";
import { allMatches } from "./matches.ts";

export interface DeclarationDraft {
  person: string;
  item: string | null;
  nature: string;
  line: number;
}

const NONE_RX = /^(?:none|nil|no\s+(?:declarations|interests)|there\s+(?:were|was)\s+no\b|no\s+declarations?\b|none\s+(?:were\s+)?(?:declared|made|received))/i;
const DECLARED_RX = new RegExp(
  String.raw`((?:${HONORIFIC}\.?\s+)?[A-Z][\w.'’ -]{1,40}?)\s+declared\s+(?:an?\s+)?((?:[a-z-]+\s+){0,3}(?:interest|pecuniary|prejudicial)[^.;]*)`,
  "g",
);

const PERSON_COLUMN = /^(?:members?|councillors?|cllrs?|names?|member\s+name)$/i;
const ITEM_COLUMN = /^(?:(?:agenda\s+)?item(?:\s+no\.?)?|minute(?:\s+no\.?)?|min(?:ute)?\s+ref\.?)$/i;
const NATURE_COLUMN = /\b(?:interest|nature|reason|type|details?)\b/i;

/**
 * A "Declarations of interest" table, "Member | Item | Nature of interest": one declaration a row. Its
 * columns are found by their headings; a table without a person and a nature column gives none.
 */
function declarationsTable(b: Block, itemNumber: string | null): DeclarationDraft[] {
  const lines = b.lines.map((l, k) => ({ l, n: b.start + k })).filter((x) => !/^[\s|:-]+$/.test(x.l));
  const rows = lines.map((x) => (/^\s*\|/.test(x.l) ? x.l.trim().replace(/^\||\|$/g, "").split("|") : x.l.split(/\t+/)).map((c) => c.trim()));
  const head = rows[0] ?? [];
  const who = head.findIndex((h) => PERSON_COLUMN.test(h));
  const what = head.findIndex((h, k) => k !== who && NATURE_COLUMN.test(h));
  const which = head.findIndex((h) => ITEM_COLUMN.test(h));
  if (who < 0 || what < 0) return [];
  const out: DeclarationDraft[] = [];
  rows.slice(1).forEach((row, k) => {
    const person = row[who] ?? "";
    const nature = row[what] ?? "";
    if (!person || !nature || NONE_RX.test(person)) return;
    const ln = leadingName(person);
    out.push({ person: ln ? ln.name : person, item: which >= 0 && row[which] ? row[which]! : itemNumber, nature, line: lines[k + 1]!.n });
  });
  return out;
}

/** Declarations from an item about interests (any block naming a person), and "X declared an interest in item N" anywhere. */
export function extractDeclarations(blocks: Block[], itemNumber: string | null, isInterestItem: boolean): DeclarationDraft[] {
  const out: DeclarationDraft[] = [];
  for (const b of blocks) {
    if (b.kind === "table" && isInterestItem) out.push(...declarationsTable(b, itemNumber));
    if (b.kind === "table" || b.kind === "furniture") continue;
    const t = bodyText(b).trim();
    let hit = false;
    if (/\bdeclared\b/.test(t)) for (const m of allMatches(DECLARED_RX, t)) {
      const ln = leadingName(m[1]!.replace(/^(?:and|but|that)\s+/i, ""));
      if (!ln) continue;
      const it = /\b(?:item|minute)\s+(?:no\.?\s*)?(\d[\w/]*|[A-Z]\b)/i.exec(m[2]!);
      out.push({ person: ln.name, item: it ? it[1]! : itemNumber, nature: m[2]!.trim(), line: b.start });
      hit = true;
    }
    if (hit || !isInterestItem || NONE_RX.test(t)) continue;
    const ln = leadingName(t);
    if (ln && /\b(?:interest|relative|member of|employed|governor|trustee|director|declared|informed)\b/i.test(t))
      out.push({ person: ln.name, item: itemNumber, nature: t, line: b.start });
  }
  return out;
}

// A word each alternative of the exempt-session test below holds: a cheaper test first.
const EXEMPT_WORD = /schedule|exempt|exclude|private/i;

export function extractExempt(blocks: Block[]): { paragraph: string | null; text: string } | null {
  for (const b of blocks) {
    const t = bodyText(b);
    if (!EXEMPT_WORD.test(t) || !/schedule\s+12\s*a|exempt\s+information|excluded?\s+the\s+(?:press|public)|private\s+session/i.test(t)) continue;
    const p = /paragraphs?\s+(\d+[a-z]?)/i.exec(t);
    return { paragraph: p ? p[1]! : null, text: t };
  }
  return null;
}
