// Shared helpers for the parse tests: run the public entry point on a text, as the CLI would.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseDocument } from "../../scripts/pipeline/parse/index.ts";
import type { SourceMeta } from "../../scripts/pipeline/types.ts";
import { DocumentRecord } from "../../src/schema/record.ts";

/** The five sample documents, as bundled with the project (byte for byte the evaluation seeds). */
export const SAMPLES = new URL("../../content/sources/", import.meta.url).pathname;

/** Paths of the bundled sample documents, in file-name order. */
export function samplePaths(): string[] {
  return readdirSync(SAMPLES, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt"))
    .sort((a, b) => (basename(a) < basename(b) ? -1 : 1))
    .map((f) => join(SAMPLES, f));
}
export const LAYOUTS = new URL("../fixtures/layouts/", import.meta.url).pathname;

export function parseText(text: string, file = "doc.txt", meta: SourceMeta = {}): DocumentRecord {
  const source = {
    file,
    path: file,
    sha256: createHash("sha256").update(text).digest("hex"),
    bytes: Buffer.byteLength(text),
    encoding: "utf-8",
    url: null,
  };
  return parseDocument({ text, source, meta });
}

export function parseFile(path: string, meta: SourceMeta = {}): { text: string; record: DocumentRecord } {
  const text = readFileSync(path, "utf8");
  return { text, record: parseText(text, basename(path), meta) };
}

export const names = (r: DocumentRecord, status: string) => r.attendance.filter((a) => a.status === status).map((a) => a.name);
