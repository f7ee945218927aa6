import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PeopleOverridesError, loadPeopleOverrides, parsePeopleOverrides } from "../../scripts/pipeline/resolve/overrides.ts";

const FILE = "content/people.yaml";

function problemsOf(yaml: string): string[] {
  try {
    parsePeopleOverrides(yaml, FILE);
  } catch (error) {
    if (error instanceof PeopleOverridesError) return error.problems;
    throw error;
  }
  return [];
}

describe("people overrides file", () => {
  it("the repository's overrides file is valid", () => {
    expect(() => parsePeopleOverrides(readFileSync(FILE, "utf8"), FILE)).not.toThrow();
  });

  it("the examples in the file's header are valid entries", () => {
    const header = readFileSync(FILE, "utf8")
      .split("\n")
      .filter((line) => /^# {5}/.test(line))
      .map((line) => line.slice(6))
      .join("\n");
    const parsed = parsePeopleOverrides(header, FILE);
    expect(parsed.entries.map((e) => e.kind)).toEqual(["merge", "merge", "split", "person"]);
  });

  it("a file with only comments means no overrides, and so does a missing file", () => {
    expect(parsePeopleOverrides("# nothing yet\n", FILE).entries).toEqual([]);
    expect(loadPeopleOverrides("/nonexistent/people.yaml").entries).toEqual([]);
  });

  it("each entry is read into its kind with its position", () => {
    const parsed = parsePeopleOverrides(
      [
        "- merge: [worcestershire-county-council/roberts-a, \"Cllr Andy Roberts\"]",
        "  council: worcestershire-county-council",
        "- split: Mr Rayner",
        "  document: 002_7ff3a627922ab07f.txt",
        "- person: walsall-council/cassidy-b",
        "  name: Barbara Cassidy",
        "  party: Labour",
      ].join("\n"),
      FILE,
    );
    expect(parsed.entries).toEqual([
      { kind: "merge", entry: 1, line: 1, refs: ["worcestershire-county-council/roberts-a", "Cllr Andy Roberts"], council: "worcestershire-county-council", id: null },
      { kind: "split", entry: 2, line: 3, name: "Mr Rayner", documents: ["002_7ff3a627922ab07f.txt"], id: null, displayName: null },
      { kind: "person", entry: 3, line: 5, ref: "walsall-council/cassidy-b", council: null, name: "Barbara Cassidy", party: "Labour", ward: null, notes: null },
    ]);
  });

  it("every invalid entry is reported at once, naming the file, line, entry and field", () => {
    const problems = problemsOf(
      [
        "- merge: []",
        "- split: Mr Rayner",
        "- person: Mr X",
        "  colour: blue",
        "- person: Mr Y",
        "- rename: Mr Z",
        "- merge: [Not/An Id]",
      ].join("\n"),
    );
    expect(problems).toHaveLength(7);
    expect(problems[0]).toMatch(/^content\/people\.yaml:1: entry 1 \(merge\), merge: list at least one/);
    expect(problems[1]).toMatch(/^content\/people\.yaml:2: entry 2 \(split\), document: expected a source file name/);
    expect(problems[2]).toMatch(/^content\/people\.yaml:3: entry 3 \(person\).*colour/);
    expect(problems[3]).toMatch(/^content\/people\.yaml:3: entry 3 \(person\): give at least one of name, party, ward, notes/);
    expect(problems[4]).toMatch(/^content\/people\.yaml:5: entry 4 \(person\): give at least one of name, party, ward, notes/);
    expect(problems[5]).toMatch(/^content\/people\.yaml:6: entry 5: needs one of the keys merge, split or person \(found rename\)/);
    expect(problems[6]).toMatch(/^content\/people\.yaml:7: entry 6 \(merge\), merge\[0\]: contains '\/' but is not a person id/);
  });

  it("an id chosen by two entries is an error", () => {
    expect(problemsOf("- merge: [A Smith, B Smith]\n  id: walsall-council/smith-a\n- split: C Smith\n  document: x.txt\n  id: walsall-council/smith-a\n")).toEqual([
      "content/people.yaml: entry 2 (split), id: walsall-council/smith-a is already chosen by entry 1",
    ]);
  });

  it("a YAML syntax error names the file, line and column", () => {
    expect(problemsOf("- merge: [a, b\n- person: x\n")[0]).toMatch(/^content\/people\.yaml:\d+:\d+: not valid YAML/);
    expect(problemsOf("merge: [a]\n")).toEqual([`${FILE}: expected a list of entries (each starting with "- "), found object`]);
  });

  it("YAML tags that would construct code are rejected, not run", () => {
    expect(problemsOf('- person: !!js/function "function () { return 1 }"\n  name: x\n')[0]).toMatch(/not valid YAML: unknown tag/);
  });
});
