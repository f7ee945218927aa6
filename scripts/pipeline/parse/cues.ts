// Cues: the clerk's conventions the structure passes read, kept as data so tests, `--explain` and
// docs/parsing.md name the same things. Each entry is one convention, written once; the passes
// (segment, numbering, resolutions) never carry their own copies.

/** Words that label an item number rather than being part of it ("Item 5", "Min No. 45", "Minute Ref 24/101"). */
export const ITEM_LABEL = String.raw`(?:(?:agenda\s+)?item(?:\s+no\.?)?|min(?:ute)?s?\.?(?:\s+(?:ref|no|number)\.?)?|minute\s+number)`;

/**
 * Whole lines that are page or web-page chrome, not the clerk's words (kept in the record's furniture):
 * ModernGov's "Minutes:" label between an agenda description and the minute, the attachment links it
 * prints after a title ("pdf icon PDF 198 KB"), "Additional documents:", and the bilingual forms
 * ("Cofnodion / Minutes:").
 */
export const FURNITURE_LINES: { cue: string; rx: RegExp }[] = [
  { cue: "moderngov minutes label", rx: /^(?:[\p{L}’' ]{2,30}\s*\/\s*)?Minutes\s*:\s*$/u },
  { cue: "moderngov attachment link", rx: /^pdf\s+icon\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$/i },
  { cue: "moderngov additional documents", rx: /^Additional\s+documents\s*:\s*$/i },
  { cue: "moderngov item table header", rx: /^No\.\s*\t?\s*Item\s*$/ },
];

/** Attachment links a web page prints after an item's title: not part of the title (kept in the heading). */
export const TITLE_TRAILERS: RegExp[] = [/\s*pdf\s+icon\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$/i];

/**
 * Decision labels that open a paragraph: a hard-wrapped paragraph breaks before them when the line
 * before ends a sentence ("… (unwell)." / "RESOLVED that …").
 */
export const DECISION_LINE_START = /^(?:(?:UNANIMOUSLY\s+)?RESOLVED|PENDERFYNWYD|AGREED|DECISION|DECIDED|RECOMMENDED|Resolved\s*[:–—-]|Agreed\s*[:–—-]|Decision\s*:)/;

/** A line long enough that it cannot be a hard-wrapped line of print: the text carries one paragraph per line. */
export const UNWRAPPED_LINE = 130;
