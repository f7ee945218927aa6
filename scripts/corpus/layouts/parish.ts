// Parish and town council minutes: "Min Ref 18/031 Apologies for absence", a day-first numeric date,
// Cllr names with Chairman / Vice Chairman, "It was resolved to …". After tests/fixtures/layouts/parish-minutes.txt.
import { clock, iso, longDate, type Meeting } from "../meeting.ts";
import { type Rendered, Writer, fullName, listJoin } from "./common.ts";

const numeric = (d: { y: number; m: number; d: number }) => `${String(d.d).padStart(2, "0")}/${String(d.m).padStart(2, "0")}/${d.y}`;

export function renderParish(m: Meeting, first: number): Rendered {
  const w = new Writer();
  const yy = String(m.date.y % 100).padStart(2, "0");
  const numbers = m.items.map((_, i) => `${yy}/${String(first + i).padStart(3, "0")}`);
  const clerk = m.officers[0]!;
  w.block(m.council.name.toUpperCase());
  w.block(`Minutes of the Meeting of ${m.council.name} held on ${numeric(m.date)} at ${clock(m.start, "")} in ${m.council.venue}`);
  const present = m.present.map((p) => `Cllr ${fullName(p)}` + (p === m.chair ? " (Chairman)" : p === m.vice ? " (Vice Chairman)" : ""));
  w.block(`Present: ${present.join(", ")}\nIn attendance: ${clerk.person.honorific} ${fullName(clerk.person)} (${clerk.title}) and ${m.ctx.rng.int(2, 9)} members of the public`);
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = numbers[i]!;
    const lines = [`Min Ref ${number} ${item.role === "minutes" ? "Minutes of the previous meeting" : item.title}`];
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        lines.push(m.apologies.length ? `Apologies were received from ${listJoin(m.apologies.map((p) => `Cllr ${fullName(p)}`))}.` : "None.");
        break;
      case "declarations":
        lines.push(m.declaration ? `Cllr ${fullName(m.declaration.person)} declared an interest in Min Ref ${numbers[m.declaration.item]} ${m.declaration.reason}.` : "None.");
        break;
      case "minutes": {
        const text = `The minutes of the meeting held on ${longDate(m.previous)} were approved and signed as a correct record`;
        lines.push(`${text}.`);
        resolutions.push(text);
        break;
      }
      default: {
        const paras = item.body.map((b) => (b.kind === "p" ? b.text : b.items.join(" ")));
        const decided = item.agreements.map((a, k) => `It was ${k ? "also " : ""}resolved to ${a}.`);
        lines.push([paras[0], ...decided].join(" "));
        w.block(lines.join("\n"));
        for (const p of paras.slice(1)) w.block(p);
        items.push({ number, resolutions: item.agreements });
        return;
      }
    }
    w.block(lines.join("\n"));
    items.push({ number, resolutions });
  });
  w.block(`The meeting closed at ${clock(m.end, "")}.`);
  w.block("Signed ........................ Chairman");
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.council.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
