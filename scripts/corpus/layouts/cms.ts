// Committee-management-system minutes (ModernGov and the like): capitals council name, "Minutes of
// the meeting of the … held on …", PRESENT: Councillors …, "44. APOLOGIES FOR ABSENCE", RESOLVED:
// with (1), (2) parts. After tests/fixtures/layouts/cms-minutes.txt.
import { clock, iso, longDate, type Meeting, weekdayName } from "../meeting.ts";
import { type Rendered, Writer, declarationItem, fullName, initialsName, listJoin } from "./common.ts";

export function renderCms(m: Meeting, first: number): Rendered {
  const w = new Writer();
  const numbers = m.items.map((_, i) => String(first + i));
  if (m.ctx.rng.chance(0.5)) w.block("Public Document Pack");
  w.block(m.council.name.toUpperCase());
  w.block(
    `Minutes of the meeting of the ${m.committee.name} held on ${weekdayName(m.date)}, ${longDate(m.date)} at ${clock(m.start)} at ${m.council.venue}`,
  );
  const present = m.present.map((p) => initialsName(p) + (p === m.chair ? " (Chair)" : p === m.vice ? " (Vice-Chair)" : ""));
  w.block(`PRESENT: Councillors ${listJoin(present)}`);
  w.block(`OFFICERS: ${listJoin(m.officers.map((o) => `${fullName(o.person)} (${o.title})`))}`);
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = numbers[i]!;
    w.block(`${number}. ${item.title.toUpperCase()}`);
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        w.block(m.apologies.length ? `Apologies for absence were received from Councillors ${listJoin(m.apologies.map(initialsName))}.` : "There were no apologies for absence.");
        break;
      case "declarations":
        w.block(m.declaration ? `Councillor ${initialsName(m.declaration.person)} declared a personal interest in item ${declarationItem(m, numbers)} ${m.declaration.reason}.` : "There were no declarations of interest.");
        break;
      case "minutes": {
        const text = `the minutes of the meeting held on ${longDate(m.previous)} be approved as a correct record and signed by the Chair`;
        w.block(`RESOLVED: That ${text}.`);
        resolutions.push(text);
        break;
      }
      default:
        w.body(item.body);
        if (item.resolutions.length === 1) w.block(`RESOLVED: That ${item.resolutions[0]}.`);
        else if (item.resolutions.length > 1) {
          w.block("RESOLVED:");
          item.resolutions.forEach((r, k) => w.block(`(${k + 1}) That ${r}${k === item.resolutions.length - 1 ? "." : k === item.resolutions.length - 2 ? "; and" : ";"}`));
        }
        resolutions.push(...item.resolutions);
    }
    items.push({ number, resolutions });
  });
  w.block(`The meeting closed at ${clock(m.end)}`);
  w.block("CHAIR");
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
