// Resolve stage, committee renames: an editable file (content/committees.yaml, or committees.yaml beside
// your own sources) that links a committee to the one it became — "the Children's Social Care & Learning
// Select Committee now undertakes the role of the ESC Select Committee". The pages of both say so and
// link to each other; nothing is merged and no URL changes.
import { z } from "astro/zod";
import { loadYamlList } from "./yaml-list.ts";

const Text = z.string().trim().min(1, "must not be empty");

export const CommitteeRename = z.strictObject({
  /** The council, by name or slug. */
  council: Text,
  /** The committee's earlier name (or slug). */
  from: Text,
  /** The name (or slug) it has since. */
  to: Text,
  /** When the new name took effect, when known (YYYY-MM-DD or YYYY). */
  // YAML reads an unquoted 2019-05-01 as a timestamp and 2019 as a number: both mean the date as written.
  date: z
    .union([
      z.date().transform((d) => d.toISOString().slice(0, 10)),
      z.number().int().transform(String),
      z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, "expected YYYY-MM-DD or YYYY"),
    ])
    .optional(),
});
export type CommitteeRename = z.infer<typeof CommitteeRename>;

export function loadCommitteeRenames(path: string): CommitteeRename[] {
  return loadYamlList(path, CommitteeRename, "committee renames");
}
