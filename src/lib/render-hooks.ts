// Seams of the page renderer that a test build replaces to break it on purpose, proving that the
// page-coverage gate fails a build whose pages lose words (tests/build/page-coverage.test.ts swaps this
// module through tests/support/hooks/drop-last-paragraph.mjs). The site itself never reads a test
// setting: here each seam is the plain thing it names.
import type { Item } from "../schema/record.ts";

/** The paragraphs an item's section shows: all of them. */
export const shownParagraphs = (item: Item): Item["paragraphs"] => item.paragraphs;
