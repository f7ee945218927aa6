// Scottish council minute: "Minute of Meeting of the … held in … on 5 March 2019 at 10.30am.",
// "In attendance: <post>, <name>; …", "Item 1 - …", "Decision: The Committee agreed to …".
// After tests/fixtures/layouts/scottish-committee.txt.
import { clock, iso, longDate, type Meeting } from "../meeting.ts";
import { type Rendered, Writer, fullName, listJoin } from "./common.ts";

export function renderScottish(m: Meeting): Rendered {
  const w = new Writer();
  w.block(m.council.name);
  w.block(`Minute of Meeting of the ${m.committee.name} held in ${m.council.venue} on ${longDate(m.date)} at ${clock(m.start, "")}.`);
  const present = m.present.map((p, i) => `Councillor ${fullName(p)}${i === 0 ? " (Chair)" : ""}`);
  w.block(`Present: ${listJoin(present)}.`);
  w.block(`In attendance: ${m.officers.map((o) => `${o.title}, ${fullName(o.person)}`).join("; ")}.`);
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = String(i + 1);
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        w.block(`Item ${number} - Apologies`);
        w.block(m.apologies.length ? `Apologies were received from ${listJoin(m.apologies.map((p) => `Councillor ${fullName(p)}`))}.` : "There were no apologies.");
        break;
      case "declarations":
        w.block(`Item ${number} - Declarations of Interest`);
        w.block(m.declaration ? `Councillor ${fullName(m.declaration.person)} declared an interest in Item ${m.declaration.item + 1} ${m.declaration.reason}.` : "There were no declarations of interest.");
        break;
      case "minutes": {
        w.block(`Item ${number} - Minute of Previous Meeting`);
        const text = `The minute of the meeting of ${longDate(m.previous)} was approved as a correct record`;
        w.block(`${text}.`);
        resolutions.push(text);
        break;
      }
      default:
        w.block(`Item ${number} - ${item.title}`);
        w.body(item.body);
        if (item.agreements.length) w.block(`Decision: The Committee agreed ${listJoin(item.agreements.map((a) => `to ${a}`))}.`);
        resolutions.push(...item.agreements);
    }
    items.push({ number, resolutions });
  });
  w.block(`The meeting ended at ${clock(m.end, "")}.`);
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
