// HTML written as strings, for the pages the pipeline writes without an Astro render (resolution pages,
// withdrawn notices) and the fragments shared with Astro components through `set:html`. The escaping is
// Astro's own (html-escaper for text, `&` and `"` for attributes), so a fragment written here and the
// same markup rendered by Astro are byte for byte the same — and nothing from a source is ever markup.

/** Text content, escaped as Astro escapes `{text}`. */
export const escapeText = (s: string): string =>
  s.replace(/[&<>'"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" })[c]!);

/** An attribute value, escaped as Astro escapes attributes. */
export const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** A link with escaped address and label. */
export const linkHtml = (href: string, label: string): string => `<a href="${escapeAttr(href)}">${escapeText(label)}</a>`;
