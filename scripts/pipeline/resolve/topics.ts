// Resolve stage, topics: the editable taxonomy (content/topics.yaml, or <sources>/topics.yaml) and
// the tagging of items by it (issue 4). A topic matches where its name or a synonym occurs as whole
// words, case ignored, with an optional plural "s". Items are tagged, not only documents: a topic
// page lists the items and the paragraphs that mention it. Pure, apart from `loadTopics` at the edge.
import { existsSync, readFileSync } from "node:fs";
import { z } from "astro/zod";
import { parseYamlList } from "./yaml-list.ts";
import { literalKeys, mayMatch, textRuns } from "./literal-keys.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Text = z.string().trim().min(1, "must not be empty");

/** One entry of the taxonomy file. */
export const TopicDefinition = z.strictObject({
  /** Part of the permanent URL `/topics/<slug>/`. */
  slug: z.string().regex(SLUG, "expected lower-case words joined by '-', like home-to-school-transport"),
  name: Text,
  description: z.string().trim().default(""),
  synonyms: z.array(Text).default([]),
});
export type TopicDefinition = z.infer<typeof TopicDefinition>;

/** Reads a taxonomy file's text. Throws one error naming the file and every bad entry and field. */
export function parseTopics(text: string, file: string): TopicDefinition[] {
  const topics = parseYamlList(text, file, TopicDefinition, "topics");
  const seen = new Set<string>();
  const twice = topics.map((t, i) => (seen.has(t.slug) ? `entry ${i + 1}: the slug ${t.slug} is used twice` : (seen.add(t.slug), ""))).filter(Boolean);
  if (twice.length) throw new Error(`${file}: ${twice.join("; ")}`);
  return topics;
}

/** The taxonomy at `path`, or none when the file does not exist (topics are then simply off). */
export function loadTopics(path: string): TopicDefinition[] {
  return existsSync(path) ? parseTopics(readFileSync(path, "utf8"), path) : [];
}

export interface TopicMatcher {
  slug: string;
  regex: RegExp;
  /** The regex cannot match a text whose runs hold none of these (literal-keys.ts); null: always try it. */
  keys: string[][] | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Apostrophes are written both ways in sources: match either. */
const loosen = (s: string) => escape(s).replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+");

export function topicMatchers(topics: readonly TopicDefinition[]): TopicMatcher[] {
  return topics.map((t) => {
    // Longest first, so "improvement plans" wins over "improvement plan" at the same place.
    const terms = [...new Set([t.name, ...t.synonyms])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return { slug: t.slug, regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(loosen).join("|")})s?(?![\\p{L}\\p{N}])`, "giu"), keys: literalKeys(terms) };
  });
}

export interface TopicHit {
  slug: string;
  start: number;
  end: number;
}

/** Every place a topic occurs in the text, in order of position. `runs`: the text's, when the caller has them. */
export function findTopics(text: string, matchers: readonly TopicMatcher[], runs: ReadonlySet<string> = textRuns(text)): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const m of matchers) {
    if (!mayMatch(runs, m.keys)) continue;
    for (const match of text.matchAll(m.regex)) hits.push({ slug: m.slug, start: match.index, end: match.index + match[0].length });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

// ---------------------------------------------------------------------------------------------
// Candidate topics: recurring phrases that no topic covers yet, for the build summary.

const STOPWORDS = new Set(
  (
    "a an the and or but of to in on at by for with from as is are was were be been being it its this that these those " +
    "there their they them he she his her we our you your i not no any all some each which who whom whose what when where " +
    "how than then also into about over under after before between would could should will shall may might must can do does " +
    "did has have had very more most such other only same so if per via upon within without out up down new further well " +
    // Words every committee record uses: never a subject on their own.
    "committee committees panel council councils meeting meetings minutes report reports member members item items cabinet " +
    "chairman chair chairs officer officers councillor councillors cllr mr mrs ms dr select scrutiny agreed resolved noted " +
    "year years time update information paper papers page paragraph appendix following number date held previous next " +
    "director directors executive manager managers going forward " +
    // Every council is a local authority: the word says nothing about the subject.
    "authority authorities government county district borough city town parish whip"
  ).split(" "),
);

// A suggested topic is a phrase a person would accept as a subject heading: a noun phrase like
// "street lighting" or "young carers", not a fragment of a sentence ("progress made", "experienced
// social") or two words that say nothing ("main points", "clear understanding"). The tables below are
// the evidence; `acceptablePhrase` applies them.

/** Words that never make a subject, wherever they stand: vague nouns, evaluative adjectives, common verbs. */
const VAGUE = new Set(
  (
    "main key good clear enough whole real particular general overall various several certain possible likely " +
    "recent current different significant important necessary major minor full last first second third own able " +
    "point points issue issues matter matters way ways thing things lot lots part parts progress view views " +
    "case cases area areas level levels end order regard respect terms basis example fact kind range position " +
    "situation context understanding confidence concern concerns question questions answer answers comment comments " +
    "discussion discussions detail details approach approaches aspect aspects purpose purposes reason reasons " +
    "make makes made making give gives gave given giving take takes took taken taking need needs needed " +
    "ensure ensured ensuring provide provided providing include included including regarding continue continued " +
    "worked working around across whether being experienced strong positive negative"
  ).split(" "),
);

/** Adjectives and fragments that a subject does not end with ("child sexual", "family front"). */
const NOT_AN_ENDING = new Set("social sexual local national general legal mental physical front missing young older new".split(" "));

/** Nouns that look like adjectives or adverbs by their ending. */
const NOUNS_DESPITE_ENDING = new Set("family supply assembly rally ally table cable manual capital hospital".split(" "));

/** Adverbs (-ly), past participles (-ed, not -eed) and adjectival endings: not the head of a noun phrase. */
const ADJECTIVAL_ENDING = /(?:ly|[^e]ed|ous|ful|ible|able|ical|ional|ial|ual)$/;

/** Whether `phrase` (lower case, two or three words) could be a subject heading. */
export function acceptablePhrase(phrase: string): boolean {
  const words = phrase.split(" ");
  const last = words[words.length - 1]!;
  if (words.some((w) => VAGUE.has(w))) return false;
  if (words.some((w) => w.endsWith("ly") && !NOUNS_DESPITE_ENDING.has(w))) return false;
  if (NOT_AN_ENDING.has(last)) return false;
  if (ADJECTIVAL_ENDING.test(last) && !NOUNS_DESPITE_ENDING.has(last)) return false;
  return true;
}

export interface CandidateTopic {
  phrase: string;
  /** Distinct documents it occurs in. */
  documents: number;
  occurrences: number;
}

const usable = (w: string) => !(w.length < 3 || STOPWORDS.has(w) || /\d/.test(w) || w.endsWith("'s") || w.endsWith("'"));

/**
 * The counting behind `candidateTopics`, a document at a time, so that it can run while documents
 * arrive (workers/topic-suggestions.ts counts them on a thread of its own during ingest's writing).
 * Each `add` is one document: its texts all at once.
 */
export class PhraseCounts {
  // Per phrase: the documents it occurs in (counted once each: `last` is the latest one counted) and
  // its occurrences. At 10,000 documents there are millions of phrases, so no set per phrase.
  private readonly counts = new Map<string, { documents: number; occurrences: number; last: number }>();
  private doc = 0;

  add(texts: readonly string[]): void {
    const doc = ++this.doc;
    const count = (phrase: string) => {
      const entry = this.counts.get(phrase);
      if (!entry) this.counts.set(phrase, { documents: 1, occurrences: 1, last: doc });
      else {
        entry.occurrences++;
        if (entry.last !== doc) {
          entry.documents++;
          entry.last = doc;
        }
      }
    };
    for (const text of texts) {
      // Phrases do not cross sentence or clause punctuation.
      for (const clause of text.toLowerCase().replace(/[’]/g, "'").split(/[.,;:!?()\[\]"“”–—\n\t/]+/)) {
        const words = clause.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")).filter(Boolean);
        const ok = words.map(usable);
        for (let i = 0; i + 2 <= words.length; i++) {
          if (!ok[i] || !ok[i + 1]) continue;
          const two = `${words[i]} ${words[i + 1]}`;
          count(two);
          if (i + 3 <= words.length && ok[i + 2]) count(`${two} ${words[i + 2]}`);
        }
      }
    }
  }

  /** The phrases that recur in at least `minDocuments` documents and that no topic covers, best first. */
  candidates(topics: readonly TopicDefinition[], { limit = 10, minDocuments = 2 } = {}): CandidateTopic[] {
    return pickCandidates(this.ranked(minDocuments), topics, limit);
  }

  /**
   * The candidates (default options), and what an incremental ingest needs to find them again after a
   * few documents change without counting the archive (resolve/suggestion-state.ts): the `keep` best
   * phrases a candidate could be (acceptable, not covered), with their counts, and a bound on the
   * documents of any other phrase.
   */
  candidatesAndSummary(topics: readonly TopicDefinition[], keep: number): { candidates: CandidateTopic[]; summary: PhraseSummary } {
    const ranked = this.ranked(2);
    const candidates = pickCandidates(ranked, topics);
    const eligible = coverage(topics);
    const phrases: PhraseSummary["phrases"] = [];
    // Every phrase not kept: in one document (not ranked), or ranked after the last one kept.
    let bound = 1;
    for (const c of ranked) {
      if (!acceptablePhrase(c.phrase) || eligible.covered(c.phrase)) continue;
      if (phrases.length === keep) {
        bound = Math.max(bound, c.documents);
        break;
      }
      phrases.push([c.phrase, c.documents, c.occurrences]);
    }
    return { candidates, summary: { phrases, bound } };
  }

  /** Each phrase's counts over the documents added. */
  entries(): IterableIterator<[string, { documents: number; occurrences: number }]> {
    return this.counts.entries();
  }

  private ranked(minDocuments: number): CandidateTopic[] {
    return [...this.counts.entries()]
      .filter(([, c]) => c.documents >= minDocuments)
      .map(([phrase, c]) => ({ phrase, documents: c.documents, occurrences: c.occurrences }))
      .sort(byRank);
  }
}

/** The best `keep` phrases a candidate could be, with their counts, and a bound on any other's documents. */
export interface PhraseSummary {
  /** [phrase, documents, occurrences], best first. */
  phrases: [string, number, number][];
  /** No phrase outside `phrases` that could be a candidate occurs in more documents than this. */
  bound: number;
}

/** Candidates' order: most documents, then most occurrences, longer phrases, then alphabetical. */
export const byRank = (a: CandidateTopic, b: CandidateTopic) =>
  b.documents - a.documents || b.occurrences - a.occurrences || b.phrase.split(" ").length - a.phrase.split(" ").length || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0);

/** Covered: the phrase contains a topic term, or is part of one ("child sexual" of "child sexual exploitation"). */
function coverage(topics: readonly TopicDefinition[]): { covered: (phrase: string) => boolean } {
  const matchers = topicMatchers(topics);
  const terms = topics.flatMap((t) => [t.name, ...t.synonyms]).map((t) => t.toLowerCase().replace(/’/g, "'"));
  return {
    covered: (phrase) => terms.some((t) => t.includes(phrase)) || matchers.some((m) => { m.regex.lastIndex = 0; return m.regex.test(phrase); }),
  };
}

/** The first `limit` phrases of `ranked` (in `byRank` order) a person would accept and no topic covers. */
export function pickCandidates(ranked: readonly CandidateTopic[], topics: readonly TopicDefinition[], limit = 10): CandidateTopic[] {
  const { covered } = coverage(topics);
  const picked: CandidateTopic[] = [];
  for (const c of ranked) {
    if (picked.length >= limit) break;
    if (!acceptablePhrase(c.phrase) || covered(c.phrase)) continue;
    // A two-word phrase inside a picked three-word one (or the reverse) says the same thing.
    if (picked.some((p) => p.phrase.includes(c.phrase) || c.phrase.includes(p.phrase))) continue;
    picked.push(c);
  }
  return picked;
}

/**
 * Phrases of two or three words that recur in at least `minDocuments` documents and that no topic's
 * terms cover: no stopwords, no digits, words of three letters or more, and only phrases a person
 * would accept as a subject (`acceptablePhrase`).
 */
export function candidateTopics(
  documents: readonly { id: string; texts: readonly string[] }[],
  topics: readonly TopicDefinition[],
  options: { limit?: number; minDocuments?: number } = {},
): CandidateTopic[] {
  // One document's texts together, even if its id were given twice.
  const textsById = new Map<string, (readonly string[])[]>();
  for (const doc of documents) {
    const texts = textsById.get(doc.id);
    if (texts) texts.push(doc.texts);
    else textsById.set(doc.id, [doc.texts]);
  }
  const counts = new PhraseCounts();
  for (const textLists of textsById.values()) counts.add(textLists.flat());
  return counts.candidates(topics, options);
}
