// Shared helpers for the parse tests: run the public entry point on a text, as the CLI would.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseDocument } from "../../scripts/pipeline/parse/index.ts";
import type { SourceMeta } from "../../scripts/pipeline/types.ts";
import { DocumentRecord } from "../../src/schema/record.ts";

export const SEEDS = "/work/shared/seeds";
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
