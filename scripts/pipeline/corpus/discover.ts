// Finds source documents under the given files and folders, in a fixed order, with their metadata.
// This is the file-system edge of the pipeline: everything after it works on bytes and text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { META_FILE_NAME, metaForDocument, parseFolderMeta, type FolderMeta } from "./meta.ts";

/** Files of ours that live beside the sources: metadata, the published-URL manifest, redirects, people. */
export const CORPUS_CONTROL_FILES = new Set([META_FILE_NAME, "published-urls.json", "redirects.json", "people.yaml", "topics.yaml", "committees.yaml"]);
import type { SourceMeta, SourceProblem } from "../types.ts";
import { CONVERT_EXTENSIONS, extensionOf, FORMAT_EXTENSIONS, TEXT_EXTENSIONS } from "../extract/formats.ts";

/**
 * Names of the files a corpus folder is read for: plain text, and the formats read by the extract
 * stage (PDF, Word, web pages). `.doc`, `.rtf` and `.odt` are taken too, so that the build names each
 * with what to do (convert it); anything else is skipped with a warning.
 */
export const SOURCE_EXTENSIONS = [...TEXT_EXTENSIONS, ...Object.keys(FORMAT_EXTENSIONS), ...CONVERT_EXTENSIONS];

export interface SourceFile {
  /** Absolute path. */
  absolutePath: string;
  /** Path relative to the root it was found under, `/`-separated; stable across machines. */
  relativePath: string;
  fileName: string;
  meta: SourceMeta;
}

export interface Discovery {
  files: SourceFile[];
  problems: SourceProblem[];
}

const isSource = (name: string) => SOURCE_EXTENSIONS.includes(extensionOf(name));
const READ_EXTENSIONS = [...TEXT_EXTENSIONS, ...Object.keys(FORMAT_EXTENSIONS)].join(", ");
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function discoverSources(inputs: string[]): Discovery {
  const files: SourceFile[] = [];
  const problems: SourceProblem[] = [];
  const metaCache = new Map<string, FolderMeta | null>();

  const folderMeta = (dir: string): FolderMeta | null => {
    if (metaCache.has(dir)) return metaCache.get(dir)!;
    let meta: FolderMeta | null = null;
    const path = join(dir, META_FILE_NAME);
    try {
      meta = parseFolderMeta(readFileSync(path, "utf8"), path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        problems.push({ file: path, line: null, severity: "error", message: `${(error as Error).message}; metadata ignored` });
      }
    }
    metaCache.set(dir, meta);
    return meta;
  };

  const chainFor = (root: string, dir: string): FolderMeta[] => {
    const chain: FolderMeta[] = [];
    let current = dir;
    const dirs: string[] = [];
    while (true) {
      dirs.unshift(current);
      if (current === root || !current.startsWith(root + sep)) break;
      current = dirname(current);
    }
    for (const d of dirs) {
      const m = folderMeta(d);
      if (m) chain.push(m);
    }
    return chain;
  };

  const add = (root: string, absolutePath: string) => {
    const fileName = basename(absolutePath);
    files.push({
      absolutePath,
      relativePath: relative(root, absolutePath).split(sep).join("/") || fileName,
      fileName,
      meta: metaForDocument(chainFor(root, dirname(absolutePath)), fileName),
    });
  };

  const walk = (root: string, dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort(byCodePoint);
    } catch (error) {
      problems.push({ file: dir, line: null, severity: "error", message: `cannot read folder: ${(error as Error).message}` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(root, path);
      else if (isSource(name)) add(root, path);
      else if (!CORPUS_CONTROL_FILES.has(name)) {
        problems.push({ file: path, line: null, severity: "warning", message: `skipped: not a source document (${READ_EXTENSIONS})` });
      }
    }
  };

  for (const input of inputs) {
    const path = resolve(input);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) problems.push({ file: input, line: null, severity: "error", message: "no such file or folder" });
    else if (stat.isDirectory()) walk(path, path);
    else add(dirname(path), path);
  }
  // One document reached twice (a folder and a file inside it) is parsed once.
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.absolutePath) && seen.add(f.absolutePath)), problems };
}
