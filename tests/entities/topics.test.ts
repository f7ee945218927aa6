// The topic taxonomy and item tagging (resolve/topics.ts).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { candidateTopics, findTopics, parseTopics, topicMatchers } from "../../scripts/pipeline/resolve/topics.ts";
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
});
