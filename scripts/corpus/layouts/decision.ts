// Cabinet decision notice: "RECORD OF DECISIONS TAKEN BY THE CABINET", "Item 5 – …", "Decision:" with
// numbered parts, reasons and alternatives. After tests/fixtures/layouts/cabinet-decision-notice.txt.
import { addDays, clock, iso, longDate, type Meeting, weekdayName } from "../meeting.ts";
import { businessItems, type Rendered, Writer } from "./common.ts";

const REASONS = [
  "The Council must set a balanced budget.", "To meet the needs identified in the Local Plan.",
  "To respond to the recommendations of the scrutiny review.", "To secure value for money and continuity of service.",
];

export function renderDecision(m: Meeting, first: number): Rendered {
  const w = new Writer();
  const rng = m.ctx.rng;
  w.block(m.council.name);
  w.block("RECORD OF DECISIONS TAKEN BY THE CABINET");
  w.block(`Meeting held on ${weekdayName(m.date)} ${longDate(m.date)} at ${clock(m.start)}, ${m.council.venue}`);
  w.block(`Decision notice published: ${longDate(addDays(m.date, 2))}`);
  w.block(`Call-in deadline: ${longDate(addDays(m.date, 9))}`);
  const items: Rendered["expected"]["items"] = [];
  const decided = businessItems(m).filter((i) => i.resolutions.length);
  decided.forEach((item, i) => {
    const number = String(first + i);
    w.block(`Item ${number} – ${item.title}`);
    if (item.resolutions.length === 1) w.block(`Decision: That ${item.resolutions[0]}.`);
    // Lettered parts: numbered "1." / "2." lines under "Item 9 –" headings read as item numbers to the
    // parser's heading finder (see docs/performance.md, "What the corpus found").
    else w.block(`Decision:\n${item.resolutions.map((r, k) => `(${"abcdef"[k]}) That ${r}${k === item.resolutions.length - 1 ? "." : ";"}`).join("\n")}`);
    w.block(`Reasons for decision: ${rng.pick(REASONS)}`);
    w.block(`Alternative options considered: ${rng.chance(0.6) ? "None." : "To defer the decision; rejected because of the timetable."}`);
    items.push({ number, resolutions: item.resolutions });
  });
  return {
    text: w.text(),
    expected: { type: "decision", council: m.council.name, committee: "Cabinet", date: iso(m.date), items, documentResolutions: [] },
  };
}
