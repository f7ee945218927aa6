// Cues: the clerk's conventions the structure passes read, kept as data so tests, `--explain` and
// docs/parsing.md name the same things. Each entry is one convention, written once; the passes
// (segment, numbering, resolutions) never carry their own copies.

/** Words that label an item number rather than being part of it ("Item 5", "Min No. 45", "Minute Ref 24/101", "No. 7"). */
export const ITEM_LABEL = String.raw`(?:(?:agenda\s+)?item(?:\s+no\.?)?|min(?:ute)?s?\.?(?:\s+(?:ref|no|number)\.?)?|minute\s+number|no\.)`;

/**
 * Whole lines that are page or web-page chrome, not the clerk's words (kept in the record's furniture):
 * ModernGov's "Minutes:" label between an agenda description and the minute, the attachment links it
 * prints after a title ("pdf icon PDF 198 KB"), "Additional documents:", and the bilingual forms
 * ("Cofnodion / Minutes:").
 */
export const FURNITURE_LINES: { cue: string; rx: RegExp }[] = [
  { cue: "moderngov minutes label", rx: /^(?:[\p{L}’' ]{2,30}\s*\/\s*)?Minutes\s*:\s*$/u },
  { cue: "moderngov attachment link", rx: /^pdf\s+icon\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$/i },
  { cue: "moderngov link to the full minute", rx: /^view\s+the\s+(?:full\s+)?(?:minutes|decision|decisions)(?:\s+text)?\s+for\s+item\s+\S+$/i },
  { cue: "moderngov additional documents", rx: /^(?:Additional|Supporting)\s+documents\s*:\s*$/i },
  { cue: "moderngov item table header", rx: /^No\.\s*\t?\s*Item\s*$/ },
  // An exempt item's web page says why its papers are withheld: "Restricted enclosure" / "View the reasons why item 10. is restricted".
  { cue: "moderngov restricted enclosure", rx: /^Restricted\s+enclosures?\s*$/i },
  { cue: "moderngov reasons an item is restricted", rx: /^View\s+the\s+reasons\s+why\s+(?:item|document)\s+\S+\s+(?:is|are)\s+restricted\s*\.?$/i },
  // A printed page's running footer: a title and "Page 2 of 4" apart on one line, or the reverse.
  { cue: "page footer with its page number", rx: /^\S.{0,120}?(?:\s{3,}|\t+)Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s{3,}|\t+)\S.{0,120}$/i },
  // A running footer whose page number follows a dash or bar ("Harrowby PC 12.03.25 – Page 2", "Minutes | Page 3"),
  // or counts the pages ("Planning Committee 15 January 2025 Page 2 of 5"): a sentence never ends so.
  { cue: "page footer after a dash or bar", rx: /^\S.{0,120}?\s[–—|-]\s*Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*[–—|-]\s.{0,120}\S$|^\S.{0,120}?\sPage\s+\d{1,4}\s+of\s+\d{1,4}\s*$/i },
  // The chairman initials each page of signed minutes: "Chairman's initials ………".
  { cue: "initials box", rx: /^(?:[\p{L}’' ]{0,40})\binitials\s*[.…_]{3,}\s*$/iu },
];

/**
 * Lines of a signature block ("Chairman", "Chair:", "Date: ……", "Signed ………"): the clerk's form, not a
 * heading of the last item (kept as text where a published anchor stands on them).
 */
export const SIGNATURE_LINE = /^(?:signed|chair(?:man|person)?|vice[- ]chair(?:man)?|date|mayor|town\s+mayor|clerk)\s*[:.…_\s]*$/i;

/** "The meeting ended at 12.53 pm": the end of the meeting, a sentence even without its full stop. */
export const MEETING_CLOSED = /^the\s+meeting\s+(?:ended|closed|finished|concluded|terminated|rose)\b/i;

/**
 * A line that is one attachment link as a web page prints it: the document's name and its icon and size
 * ("Update Sheet - 21 November 2024, item 4 pdf icon PDF 164 KB"). After a label that opens a list of
 * attachments ("Additional documents:", "Supporting documents:") each such line is furniture; elsewhere
 * the line may be an item's title with its agenda paper, so it stays text (TITLE_TRAILERS strips the icon).
 */
export const ATTACHMENT_LINK = /\bpdf\s+icon\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$/i;
export const ATTACHMENT_LIST_LABEL = /^(?:Additional|Supporting)\s+documents\s*:\s*$/i;

/**
 * A label a web page prints before a minute or a decision ("Minutes:", "Decision:") is furniture when
 * the paragraph after it opens with its own decision label ("Decision:" / "RESOLVED: That …"): the
 * label then only repeats it. Before a decision without a label ("Decision:" / "That Council be
 * RECOMMENDED …") it stays: it is what makes that paragraph a decision.
 */
export const REDUNDANT_DECISION_LABEL = /^(?:Decisions?|Outcome)\s*:\s*$/i;

/** Attachment links a web page prints after an item's title: not part of the title (kept in the heading). */
export const TITLE_TRAILERS: RegExp[] = [/\s*pdf\s+icon\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$/i];

/**
 * Decision labels that open a paragraph: a hard-wrapped paragraph breaks before them when the line
 * before ends a sentence ("… (unwell)." / "RESOLVED that …").
 */
export const DECISION_LINE_START = /^(?:(?:Comments?|Observations?|Response)\s*:\s*(?:No\s+objections?|Objection|Support|No\s+comments?)\b|(?:UNANIMOUSLY\s+)?RESOLVED|PENDERFYNWYD|AGREED|DECISION|DECIDED|RECOMMENDED|NOTED\s*[:–—-]|Outcome\s*:|(?:Unanimously\s+)?(?:Resolved|Agreed)(?:\s*\((?:unanimously|nem\.?\s*con\.?|by\s+a\s+majority|[\d\s,;:]+(?:for|in\s+favour)[^)]{0,30})\)|\s+(?:unanimously|nem\.?\s*con\.?|by\s+a\s+majority))?\s*[:–—-]|Decision\s*:)/;

/** A line long enough that it cannot be a hard-wrapped line of print: the text carries one paragraph per line. */
export const UNWRAPPED_LINE = 130;

/** The bodies that decide: "The Committee", "Cabinet", "The Integration Joint Board", "Members". */
// Case-sensitive: the body's name is capitalised ("The Integration Joint Board"), so "We recommend that
// the Council" is not a body deciding.
const BODY = String.raw`(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Panel|Committee|Sub-Committee|Board|Council|Cabinet|Forum|Group|Commission|Authority|Executive|Meeting|PANEL|COMMITTEE|BOARD|COUNCIL|CABINET)`;
/**
 * The body that opens a sentence, also in lower case after "The" ("The committee noted the report"), and
 * the members as a body ("Members agreed", "Councillors agreed"). Only at the start of a sentence: inside
 * one, "… that the council" is the object, not the body deciding. Members who "noted that …" observed
 * something; the committee that "noted the report" decided to.
 */
const BODY_LOWER = String.raw`[Tt]he\s+(?:committee|sub-committee|panel|board|council|cabinet|forum|group|working\s+group|meeting|commission)`;
const SUBJECT = String.raw`(?:${BODY}|${BODY_LOWER}|Members|Councillors|MEMBERS)`;

/**
 * Decisions written inside running text, as one sentence each (the sentence is the decision's text):
 * a label in the middle of a paragraph ("After discussion it was RESOLVED to accept …", "Resolved: to
 * object …"), "It was agreed that …", "Moved …, seconded … and AGREED that …", a body deciding in the
 * past or present tense ("The Council agreed to award …", "The Committee notes the report and agrees …"),
 * and an agreement recorded after a request ("…; this was agreed").
 * `capitals`: the cue is a word set in capitals, which says nothing in a text typed all in capitals.
 * `beside`: the cue also counts in an item that has formal "Resolved" decisions; where it does not,
 * "it was agreed that officers would …" beside a formal decision is an action, not a decision.
 */
export const DECISION_SENTENCES: { cue: string; kind: "resolved" | "agreed"; rx: RegExp; beside: boolean; capitals?: boolean }[] = [
  { cue: "RESOLVED inside a paragraph", kind: "resolved", rx: /\b(?:RESOLVED|PENDERFYNWYD)\b|\bResolved(?:\s*\((?:unanimously|nem\.?\s*con\.?|by\s+a\s+majority)\)|\s+(?:unanimously|nem\.?\s*con\.?|by\s+a\s+majority))?\s*[:–—-]|\bResolved\s+(?:to|that)\b/, beside: true, capitals: true },
  { cue: "it was resolved", kind: "resolved", rx: /\bit\s+was\s+(?:also\s+|further\s+|unanimously\s+)?resolved\b/i, beside: true },
  { cue: "it was agreed", kind: "agreed", rx: /^(?:(?:after|following)\s[^,]{0,40}?,?\s+)?it\s+was\s+(?:also\s+|further\s+|unanimously\s+|therefore\s+|then\s+)?(?:agreed|decided)\b/i, beside: false },
  { cue: "AGREED in capitals", kind: "agreed", rx: /\bAGREED\b/, beside: true, capitals: true },
  // A parish clerk's label opening a sentence inside a paragraph: "… (work). Agreed: that the apologies be accepted."
  { cue: "Agreed: label inside a paragraph", kind: "agreed", rx: /(?:^|[.;)]\s+)Agreed\s*[:–—]\s*\S/, beside: true },
  { cue: "a body decides", kind: "agreed", rx: new RegExp(String.raw`^${SUBJECT}\s+(?:(?:unanimously|therefore|also|then)\s+)?(?:agreed|agrees|resolved|resolves|decided|decides|approved|approves|AGREED|RESOLVED|APPROVED)\b`), beside: true },
  // Noting, accepting or supporting is the decision where there is no formal one; beside a "Resolved" it is the reasoning.
  { cue: "a body notes or accepts", kind: "agreed", rx: new RegExp(String.raw`^${BODY}\s+(?:(?:unanimously|therefore|also|then)\s+)?(?:noted|notes|endorsed|endorses|accepted|accepts|supported|supports|NOTED)\b`), beside: false },
  { cue: "the body, in lower case, notes or accepts", kind: "agreed", rx: new RegExp(String.raw`^${BODY_LOWER}\s+(?:(?:unanimously|therefore|also|then)\s+)?(?:noted|notes|endorsed|endorses|accepted|accepts|supported|supports)\s+(?!that\b)`), beside: false },
  // A clerk's one-word record of the decision, the whole sentence: "Noted.", "Agreed.", "Approved."
  { cue: "a one-word decision", kind: "agreed", rx: /^(?:Noted|Agreed|Approved|NOTED|AGREED|APPROVED)\.?$/, beside: false },
  // "… on being put to the vote the motion was CARRIED that the contract be renewed": the motion's words are the decision.
  { cue: "the motion carried that", kind: "resolved", rx: /\bmotion\s+was\s+(?:declared\s+)?(?:carried|CARRIED)\s+(?:unanimously\s+|UNANIMOUSLY\s+)?(?:that|THAT)\s/, beside: false },
  { cue: "this was agreed", kind: "agreed", rx: /[;,]\s*(?:this|which)\s+was\s+agreed\b/i, beside: false },
  // "Members voted to approve the application …": the meeting's vote is its decision where there is no formal one.
  { cue: "the members vote to", kind: "agreed", rx: new RegExp(String.raw`^(?:${BODY}|Members|Councillors|Trustees|Governors)\s+(?:(?:then|therefore|unanimously)\s+)?voted\s+(?:unanimously\s+|by\s+a\s+majority\s+)?to\s+[a-z]`), beside: false },
];

/**
 * The formal minutes a select committee prints with its report, in the Westminster form: "Ordered, That
 * the draft Report be read a second time, paragraph by paragraph.", "Resolved, That the Report be the
 * First Report of the Committee.", "Paragraphs 1 to 17 read and agreed to.", "Summary agreed to." Each
 * is one decision, in a report as in minutes.
 */
export const FORMAL_MINUTES_DECISION: { kind: "resolved" | "agreed"; rx: RegExp }[] = [
  { kind: "resolved", rx: /^(?:Ordered|Resolved),\s+That\s/ },
  { kind: "agreed", rx: /^(?:[A-Z][\w’'-]*(?:\s+[\w’'(),-]+){0,12}?)\s+(?:read(?:\s+a\s+second\s+time)?(?:,\s+amended)?\s+and\s+)?(?:dis)?agreed\s+to\.$/ },
];

/**
 * A note on the document itself ("These minutes were approved as a correct record at the meeting on
 * 6th February"): it says what a later meeting did with these minutes, so it is never a decision of
 * this meeting, wherever it stands (a web page's banner, a footer).
 */
export const OWN_APPROVAL_NOTE = /^(?:these|this|the\s+above)\s+(?:draft\s+)?minutes?\s+(?:were|was|are|is|have\s+been|has\s+been|will\s+be)\s+(?:(?:formally|duly)\s+)?(?:approved|confirmed|agreed|signed|adopted|accepted)\b/i;

/**
 * A lead-in whose decision parts follow as a list: "The Committee agreed:-", "The Integration Joint
 * Board:", "It was RESOLVED:", or a label or a body's decision closing a paragraph ("… this year.
 * RESOLVED:", "The motion was accordingly carried and the Committee agreed:-").
 */
export const DECISION_LEAD_IN = new RegExp(String.raw`(?:(?:^|[.!?]\s+)(?:RESOLVED|Resolved|AGREED|DECISION|PENDERFYNWYD(?:\s*\/\s*RESOLVED)?)|(?:^|[.!?]\s+|\band\s+)${BODY}\s+(?:unanimously\s+)?(?:agreed|resolved|decided|agrees|resolves|decides|AGREED|RESOLVED)|^(?:${BODY}|(?:[Ii]t\s+was\s+)?(?:RESOLVED|AGREED|DECIDED|[Rr]esolved|[Aa]greed)|.{0,160}\b(?:AGREED|RESOLVED)\s+(?:that|THAT)))\s*:-?\s*$`);

/** A report's findings and recommendations, wherever they stand in it. */
export const REPORT_CUES = {
  /** "The Group's key findings are:" before a list of findings. */
  findingsLeadIn: /\bfindings\b[^.]{0,60}:\s*$/i,
  /** "R1: That …", "Recommendation 3." opening a paragraph after "… recommends:". */
  recommendationCode: /^(?:R|Rec(?:ommendation)?\.?\s*)(\d{1,2})\s*[:.)–-]\s+/,
  /** "R1. That the Commissioner publishes …": a numbered recommendation wherever it stands. */
  codedProposal: /^(?:R|Rec(?:ommendation)?\.?\s*)\d{1,2}\s*[:.)–-]\s+That\b/,
  /** "We recommend that …" / "We recommend that the Council:" (then its lettered parts). */
  weRecommend: /^(?:\d{1,3}\.\s+)?We\s+(?:therefore\s+|also\s+|further\s+)?recommend\b/,
  /** A select committee's conclusion ends by citing the paragraphs it rests on: "(Paragraph 8)", "(Paragraphs 9 and 10)". */
  citesParagraphs: /\((?:Paragraphs?|paras?\.?)\s+\d{1,3}(?:\s*(?:,|and|to|–|-)\s*\d{1,3})*\)\.?\s*$/,
};

/**
 * A consultee council's view on a planning application, recorded without a decision label:
 * "Comment: No objection.", "Observations: Objection – overdevelopment …", "Support, subject to …".
 * The view words are the cue; the label before them is optional.
 */
export const PLANNING_VIEW = /^(?:(?:Comments?|Observations?|Response)\s*:\s*)?(?:No\s+objections?|Objection|Objects|Support|Supports|No\s+comments?|No\s+observations?)\b/;
