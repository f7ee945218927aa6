// The topic taxonomy and item tagging (resolve/topics.ts).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { acceptablePhrase, candidateTopics, findTopics, loadTopics, parseTopics, topicMatchers } from "../../scripts/pipeline/resolve/topics.ts";
import { GENERAL_TOPICS, sitePaths } from "../../scripts/cli/paths.ts";
import { ROOT } from "../support/build-site.ts";

const TOPICS = parseTopics(
  "- slug: send-and-ehcps\n  name: SEND and EHCPs\n  synonyms: [SEND, EHCP, special educational needs]\n- slug: fostering\n  name: Fostering\n  synonyms: [foster carer]\n",
  "topics.yaml",
);
const matchers = topicMatchers(TOPICS);
const slugs = (text: string) => findTopics(text, matchers).map((h) => h.slug);

describe("topic tagging", () => {
  it("matches a synonym as whole words, case ignored, with a plural s", () => {
    expect(slugs("Two new Foster Carers were approved")).toEqual(["fostering"]);
    expect(slugs("EHCPs issued within 20 weeks")).toEqual(["send-and-ehcps"]);
  });

  it("does not match inside another word", () => {
    expect(slugs("We will sendoff the letter; the sender agreed")).toEqual([]);
    expect(slugs("fostering")).toEqual(["fostering"]);
  });

  it("reports where each match is", () => {
    expect(findTopics("about special educational needs", matchers)).toEqual([{ slug: "send-and-ehcps", start: 6, end: 31 }]);
  });
});

describe("the taxonomy file", () => {
  it("the bundled taxonomy has the seeded subjects, each with a unique slug", () => {
    const topics = parseTopics(readFileSync(join(ROOT, "content/topics.yaml"), "utf8"), "content/topics.yaml");
    expect(topics.length).toBeGreaterThanOrEqual(18);
    expect(new Set(topics.map((t) => t.slug)).size).toBe(topics.length);
    expect(topics.map((t) => t.slug)).toContain("home-to-school-transport");
  });

  it("names the file, entry and field of every bad entry at once", () => {
    expect(() => parseTopics("- slug: Bad Slug\n  name: X\n- name: Y\n", "my/topics.yaml")).toThrow(/my\/topics\.yaml: entry 1 \(slug\).*entry 2 \(slug\)/);
    expect(() => parseTopics("- slug: a\n  name: A\n- slug: a\n  name: B\n", "t.yaml")).toThrow(/slug a is used twice/);
  });
});

describe("candidate topics", () => {
  it("suggests a phrase that recurs across documents and matches no topic", () => {
    const docs = [
      { id: "a", texts: ["The youth offending service reported. Foster carers met."] },
      { id: "b", texts: ["An update on the youth offending service. Foster carers again."] },
      { id: "c", texts: ["Nothing in common here."] },
    ];
    const phrases = candidateTopics(docs, TOPICS).map((c) => c.phrase);
    expect(phrases).toContain("youth offending service");
    expect(phrases.some((p) => p.includes("foster"))).toBe(false);
    expect(phrases).not.toContain("offending service"); // part of a longer suggestion
  });

  it("suggests only phrases a person would accept as a subject: no sentence fragments or vague pairs", () => {
    // Each sentence occurs in two documents, so every phrase in it recurs; only the noun phrases may be suggested.
    const sentences = [
      "Good progress made on the street lighting contract.",
      "The main points were clear.",
      "Experienced social workers joined the youth offending service.",
      "Members gave confidence to the key part of the plan and the young carers strategy, continued regularly.",
      "Child sexual exploitation and the family front door were discussed fully.",
    ];
    const docs = [
      { id: "a", texts: sentences },
      { id: "b", texts: sentences },
    ];
    const phrases = candidateTopics(docs, [], { limit: 50 }).map((c) => c.phrase);
    for (const accepted of ["street lighting contract", "youth offending service", "young carers strategy", "child sexual exploitation", "social workers"]) {
      expect(phrases, accepted).toContain(accepted);
    }
    const fragments = ["progress made", "good progress", "main points", "experienced social", "experienced social workers", "key part", "gave confidence", "child sexual", "family front", "continued regularly"];
    for (const fragment of fragments) expect(phrases, fragment).not.toContain(fragment);
    for (const phrase of phrases) expect(acceptablePhrase(phrase), phrase).toBe(true);
  });
});

describe("the taxonomy for someone else's council", () => {
  it("the bundled sample uses content/topics.yaml", () => {
    expect(sitePaths({}).topics).toBe(join(ROOT, "content", "topics.yaml"));
  });

  it("other sources without a topics.yaml get the general local-government taxonomy, never the sample's", () => {
    const dir = join(ROOT, "tests", "fixtures", "layouts");
    expect(sitePaths({ MINUTEBOOK_SOURCES: dir }).topics).toBe(GENERAL_TOPICS);
  });

  it("other sources with their own topics.yaml use it", () => {
    const dir = join(ROOT, "content");
    expect(sitePaths({ MINUTEBOOK_SOURCES: dir }).topics).toBe(join(dir, "topics.yaml"));
  });

  it("the general taxonomy covers the services every council provides, each with synonyms", () => {
    const topics = loadTopics(GENERAL_TOPICS);
    const slugs = topics.map((t) => t.slug);
    for (const service of ["planning", "housing", "highways-and-transport", "waste-and-recycling", "adult-social-care", "childrens-services", "education-and-schools", "licensing", "finance-and-budget", "governance-and-democracy", "environment-and-climate", "community-safety", "leisure-and-culture"]) {
      expect(slugs, service).toContain(service);
    }
    for (const t of topics) expect(t.synonyms.length, t.slug).toBeGreaterThanOrEqual(3);
    const tagged = (text: string) => findTopics(text, topicMatchers(topics)).map((h) => h.slug);
    expect(tagged("The planning application for 12 dwellings was refused.")).toEqual(["planning"]);
    expect(tagged("Concerns about fly-tipping and the garden waste service.")).toEqual(["waste-and-recycling", "waste-and-recycling"]);
    expect(tagged("A premises licence for the Red Lion.")).toEqual(["licensing"]);
  });
});
