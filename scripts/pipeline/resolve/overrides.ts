// Hand-made corrections to people identity: content/people.yaml. Editors own that file; the
// pipeline reads and applies it on every build and never writes to it, so corrections survive a
// fresh ingest. The format is documented in the file's own header; the schema below is the contract.
import { readFileSync } from "node:fs";
import { DEFAULT_SCHEMA, YAMLException, load } from "js-yaml";
import { z } from "astro/zod";

export const PEOPLE_OVERRIDES_FILE = "content/people.yaml";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A person id: `<council slug>/<person slug>`, e.g. `worcestershire-county-council/mackay-s`. */
export const PERSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const Text = z.string().trim().min(1, "must not be empty");
/** A person id, or a name exactly as a document writes it (compared ignoring case, stops and spacing). */
const PersonRef = Text.refine((ref) => !ref.includes("/") || PERSON_ID.test(ref), {
  message: "contains '/' but is not a person id like worcestershire-county-council/mackay-s",
});
const CouncilSlug = z.string().regex(SLUG, "expected a council slug like worcestershire-county-council");
const PersonId = z.string().regex(PERSON_ID, "expected a person id like worcestershire-county-council/mackay-s");

/** These references are one person (within a council, or across councils). */
const MergeEntry = z.strictObject({
  merge: z.array(PersonRef).min(1, "list at least one person id or name as written"),
  /** Only names written in this council's documents match; ids are never restricted. */
  council: CouncilSlug.optional(),
  /** The id the merged person keeps; by default the id of whichever merged person appears first in the archive. */
  id: PersonId.optional(),
});

/** This name, in these documents, is a different person from the one it would otherwise join. */
const SplitEntry = z.strictObject({
  split: Text,
  /** Source file name(s), e.g. `002_7ff3a627922ab07f.txt`; the mentions in all of them are one new person. */
  document: z.union([Text, z.array(Text).min(1, "list at least one source file name")], {
    error: "expected a source file name such as 002_7ff3a627922ab07f.txt, or a list of them",
  }),
  /** The new person's id; by default derived like any other, with a `-2`-style suffix when taken. */
  id: PersonId.optional(),
  /** Preferred display name of the new person. */
  name: Text.optional(),
});

/** Rename and annotate one person. */
const PersonEntry = z
  .strictObject({
    person: PersonRef,
    council: CouncilSlug.optional(),
    /** Preferred display name; the id does not change. */
    name: Text.optional(),
    party: Text.optional(),
    ward: Text.optional(),
    notes: Text.optional(),
  })
  .refine((e) => e.name !== undefined || e.party !== undefined || e.ward !== undefined || e.notes !== undefined, {
    message: "give at least one of name, party, ward, notes",
  });

interface EntryPosition {
  /** 1-based position of the entry in the file's list. */
  entry: number;
  /** 1-based line of the entry's `-`, when it could be found. */
  line: number | null;
}

export type PeopleOverride =
  | (EntryPosition & { kind: "merge"; refs: string[]; council: string | null; id: string | null })
  | (EntryPosition & { kind: "split"; name: string; documents: string[]; id: string | null; displayName: string | null })
  | (EntryPosition & {
      kind: "person";
      ref: string;
      council: string | null;
      name: string | null;
      party: string | null;
      ward: string | null;
      notes: string | null;
    });

export interface PeopleOverrides {
  /** The file the overrides came from, for messages. */
  file: string;
  entries: PeopleOverride[];
}

export const NO_PEOPLE_OVERRIDES: PeopleOverrides = { file: PEOPLE_OVERRIDES_FILE, entries: [] };

/** Every problem in an overrides file at once, each naming the file, entry and field. */
export class PeopleOverridesError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid people overrides:\n  ${problems.join("\n  ")}`);
    this.name = "PeopleOverridesError";
    this.problems = problems;
  }
}

/** Lines of the top-level list items (`- ` at column 0), to point messages at the entry. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^-(?:\s|$)/.test(line)) lines.push(i + 1);
  });
  return lines;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
}

/** Parses and validates the text of a people overrides file. Pure; throws PeopleOverridesError. */
export function parsePeopleOverrides(text: string, file: string = PEOPLE_OVERRIDES_FILE): PeopleOverrides {
  let data: unknown;
  try {
    // DEFAULT_SCHEMA in js-yaml 4 has no types that construct functions or run code.
    data = load(text.replace(/^\uFEFF/, ""), { filename: file, schema: DEFAULT_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      const where = error.mark ? `${file}:${error.mark.line + 1}:${error.mark.column + 1}` : file;
      throw new PeopleOverridesError([`${where}: not valid YAML: ${error.reason}`]);
    }
    throw error;
  }
  if (data === null || data === undefined) return { file, entries: [] };
  if (!Array.isArray(data)) {
    throw new PeopleOverridesError([`${file}: expected a list of entries (each starting with "- "), found ${typeof data}`]);
  }

  const lines = entryLines(text);
  const problems: string[] = [];
  const entries: PeopleOverride[] = [];
  data.forEach((raw: unknown, index) => {
    const line = lines.length === data.length ? (lines[index] ?? null) : null;
    const position: EntryPosition = { entry: index + 1, line };
    const where = `${file}${line === null ? "" : `:${line}`}: entry ${index + 1}`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      problems.push(`${where}: expected a mapping with one of the keys merge, split or person`);
      return;
    }
    const kinds = (["merge", "split", "person"] as const).filter((k) => k in raw);
    if (kinds.length !== 1) {
      problems.push(
        kinds.length === 0
          ? `${where}: needs one of the keys merge, split or person (found ${Object.keys(raw).join(", ") || "no keys"})`
          : `${where}: has more than one of merge, split, person; make them separate entries`,
      );
      return;
    }
    const kind = kinds[0] ?? "person";
    const schema = kind === "merge" ? MergeEntry : kind === "split" ? SplitEntry : PersonEntry;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issuePath(issue.path);
        problems.push(`${where} (${kind})${field ? `, ${field}` : ""}: ${issue.message}`);
      }
      return;
    }
    const e = result.data as Record<string, unknown>;
    const str = (k: string): string | null => (typeof e[k] === "string" ? (e[k] as string) : null);
    if (kind === "merge") {
      entries.push({ ...position, kind, refs: e.merge as string[], council: str("council"), id: str("id") });
    } else if (kind === "split") {
      const doc = e.document as string | string[];
      entries.push({
        ...position,
        kind,
        name: e.split as string,
        documents: Array.isArray(doc) ? doc : [doc],
        id: str("id"),
        displayName: str("name"),
      });
    } else {
      entries.push({
        ...position,
        kind,
        ref: e.person as string,
        council: str("council"),
        name: str("name"),
        party: str("party"),
        ward: str("ward"),
        notes: str("notes"),
      });
    }
  });

  // An id chosen twice would make two people share a page.
  const chosen = new Map<string, number>();
  for (const entry of entries) {
    if (entry.kind === "person" || entry.id === null) continue;
    const first = chosen.get(entry.id);
    if (first !== undefined) problems.push(`${file}: entry ${entry.entry} (${entry.kind}), id: ${entry.id} is already chosen by entry ${first}`);
    else chosen.set(entry.id, entry.entry);
  }

  if (problems.length > 0) throw new PeopleOverridesError(problems);
  return { file, entries };
}

/** Reads the overrides file; a missing file means no overrides. */
export function loadPeopleOverrides(path: string = PEOPLE_OVERRIDES_FILE, file: string = path): PeopleOverrides {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { file, entries: [] };
    throw error;
  }
  return parsePeopleOverrides(text, file);
}
