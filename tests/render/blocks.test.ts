// Where decisions go on the page (src/lib/blocks.ts `placeResolutions`): a decision box holds its own
// words only, the paragraphs around it are printed in source order, and a paragraph that only repeats a
// decision keeps its anchor on the decision's words.
import { describe, expect, it } from "vitest";
import { placeResolutions } from "../../src/lib/blocks.ts";
import { resolutionLabel } from "../../src/lib/format.ts";
import type { Paragraph, Resolution } from "../../src/schema/record.ts";

const para = (n: number, text: string, lines: [number, number]): Paragraph => ({ anchor: `item-4-p${n}`, kind: "text", text, rows: null, header: false, level: null, marker: null, lines });
const decision = (n: number, kind: Resolution["kind"], text: string, lines: [number, number], marker: string | null = null): Resolution => ({ anchor: `item-4-r${n}`, kind, marker, text, lines });

/** The page's order: paragraph anchors, and each box as `[id: resolution anchors {absorbed}]`. */
const order = (paragraphs: Paragraph[], resolutions: Resolution[]) =>
  placeResolutions("item-4", paragraphs, resolutions, resolutionLabel).flatMap((s) =>
    s.kind === "paragraphs"
      ? s.paragraphs.map((p) => p.anchor)
      : [`[${s.run.id}: ${s.run.resolutions.map((r) => `${r.anchor}${s.run.absorbed.has(r.anchor) ? ` {${s.run.absorbed.get(r.anchor)!.join(" ")}}` : ""}`).join(", ")}]`],
  );

describe("decision boxes among paragraphs", () => {
  it("paragraphs between two findings of one kind are printed between two boxes, not swallowed by one", () => {
    const paragraphs = [
      para(1, "Key finding 1: The improvement work should remain outcome focussed.", [154, 154]),
      para(2, "15. Allowing Select Committee members to attend the work stream meetings is welcome.", [156, 156]),
      para(3, "16. This seems illogical.", [158, 158]),
      para(4, "Key finding 2: Members must have access to key documents.", [174, 174]),
      para(5, "22. We now present more specific findings.", [176, 176]),
    ];
    const resolutions = [
      decision(1, "finding", "Key finding 1: The improvement work should remain outcome focussed.", [154, 154], "1"),
      decision(2, "finding", "Key finding 2: Members must have access to key documents.", [174, 174], "2"),
    ];
    expect(order(paragraphs, resolutions)).toEqual([
      "[item-4-finding: item-4-r1 {item-4-p1}]",
      "item-4-p2",
      "item-4-p3",
      "[item-4-finding-2: item-4-r2 {item-4-p4}]",
      "item-4-p5",
    ]);
  });

  it("a discussion that ends with the decision is printed whole, the box after it", () => {
    const paragraphs = [
      para(17, "A Member questioned why schools had gone from 'good' to 'inadequate'. It was agreed to provide the Panel with a detailed report.", [158, 158]),
      para(18, "A Member referred to page 79 of the Agenda.", [159, 159]),
    ];
    const resolutions = [decision(1, "agreed", "It was agreed to provide the Panel with a detailed report.", [158, 158])];
    expect(order(paragraphs, resolutions)).toEqual(["item-4-p17", "[item-4-agreed: item-4-r1]", "item-4-p18"]);
  });

  it("decisions of one kind with nothing between them share a box; one paragraph printing two of them is shown once", () => {
    const paragraphs = [para(1, "RESOLVED: (a) That the report be noted;\n(b) That officers report back in June.", [10, 11])];
    const resolutions = [decision(1, "resolved", "That the report be noted;", [10, 10], "(a)"), decision(2, "resolved", "That officers report back in June.", [11, 11], "(b)")];
    expect(order(paragraphs, resolutions)).toEqual(["[item-4-resolved: item-4-r1 {item-4-p1}, item-4-r2]"]);
  });
});
