// gray-matter, configured so that front matter is only ever data. By default gray-matter evaluates
// `---js` and `---javascript` front matter, and disabling only `js` falls through to `javascript`; it also
// caches every input forever when called without options. So: both engines throw, options always passed.
import matter from "gray-matter";

const refuseCode = (): never => {
  throw new Error("front matter written in JavaScript is not allowed: front matter is data, never code");
};

export const SAFE_MATTER_OPTIONS = {
  engines: {
    js: { parse: refuseCode, stringify: refuseCode },
    javascript: { parse: refuseCode, stringify: refuseCode },
  },
  // gray-matter's yaml engine uses js-yaml's safe schema (no functions, no regexps, no custom tags).
  language: "yaml",
};

/**
 * Serialise data as YAML front matter above a body. The body goes in as a file object, not a string:
 * given a string, gray-matter first parses it for front matter of its own (and keys a cache lookup on
 * the whole text); a body is text to keep as it is, never front matter.
 */
export function withFrontmatter(body: string, data: object): string {
  return matter.stringify({ content: body }, data as Record<string, unknown>, SAFE_MATTER_OPTIONS);
}

/** Read front matter back as data. Throws on JavaScript front matter. */
export function readFrontmatter(text: string): { data: Record<string, unknown>; content: string } {
  const file = matter(text, SAFE_MATTER_OPTIONS);
  return { data: file.data, content: file.content };
}
