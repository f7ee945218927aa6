// The editable YAML files beside the sources (topics.yaml, committees.yaml) are lists of entries, each
// checked by a zod schema. Read with js-yaml's default schema, which builds plain data only (no
// functions, no custom tags). Every problem is reported at once, naming the file and the entry.
import { existsSync, readFileSync } from "node:fs";
import { load } from "js-yaml";
import type { z } from "astro/zod";

export function parseYamlList<T>(text: string, file: string, entry: z.ZodType<T>, what: string): T[] {
  let data: unknown;
  try {
    data = load(text, { filename: file }) ?? [];
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number }; message: string };
    throw new Error(`${file}${e.mark ? `:${e.mark.line + 1}` : ""}: ${e.reason ?? e.message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of ${what} (each entry starting with "- ")`);
  const problems: string[] = [];
  const entries: T[] = [];
  data.forEach((raw, i) => {
    const parsed = entry.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`entry ${i + 1}${issue.path.length ? ` (${issue.path.join(".")})` : ""}: ${issue.message}`);
  });
  if (problems.length) throw new Error(`${file}: ${problems.join("; ")}`);
  return entries;
}

/** The list in the file at `path`, or an empty list when there is no such file (the feature is then off). */
export function loadYamlList<T>(path: string, entry: z.ZodType<T>, what: string): T[] {
  return existsSync(path) ? parseYamlList(readFileSync(path, "utf8"), path, entry, what) : [];
}
