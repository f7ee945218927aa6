// Emit stage: one entry of the `documents` content collection per record, holding only what the site
// reads from it: the record's summary as front matter (what listings need). The pages render a
// document's text from its full record (records/<id>.json, collection.ts) through Astro's `{text}`
// escaping, so source text never enters an MDX body: MDX is a programming language, and a body no page
// renders was only cost (composing and writing 24.8 MB of escaped text at 1,000 documents against
// 0.7 MB of front matter; docs/architecture.md, "The collection holds what the site reads").
import { summarise, type PublishedDocument } from "../../../src/schema/record.ts";
import { withFrontmatter } from "./frontmatter.ts";

export function documentMdx(document: PublishedDocument): string {
  return withFrontmatter("", summarise(document));
}
