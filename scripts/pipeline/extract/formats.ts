// Which file names the build reads, and how: a small table discovery and the extract stage share.
import type { SniffedKind } from "./sniff.ts";

/** Extensions read as plain text, and those read by a format reader. */
export const TEXT_EXTENSIONS = [".txt", ".md", ".markdown", ".text"];
export const FORMAT_EXTENSIONS: Record<string, SniffedKind> = { ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html" };
/** Formats councils use that we do not read: found, named in the build summary, skipped. */
export const CONVERT_EXTENSIONS = [".doc", ".rtf", ".odt"];

export const extensionOf = (fileName: string) => /\.[^./]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
