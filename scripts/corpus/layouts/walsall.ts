// Walsall-style minutes: the committee in capitals, no council name (the folder's minutebook.json
// gives it), one attendee per line under "Panel Members Present", "221/12 APOLOGIES" numbering by
// year, "Resolved" / "That:" / numbered parts. After content/sources/walsall-council/002_….
import { clock, iso, longDate, type Meeting, MONTH_NAMES, weekdayName } from "../meeting.ts";
import { type Rendered, Writer, dottedName, fullName, listJoin } from "./common.ts";

export function renderWalsall(m: Meeting, first: number): Rendered {
  const w = new Writer();
  const yy = String(m.date.y % 100).padStart(2, "0");
  const d = m.date;
  const body = m.ctx.body;
  w.block(m.committee.name.toUpperCase());
  w.block(`${weekdayName(d).toUpperCase()}, ${d.d} ${MONTH_NAMES[d.m - 1]!.toUpperCase()}, ${d.y} AT ${clock(m.start, " ", "A.M.", "P.M.")} AT ${m.council.venue.toUpperCase()}`);
  w.block(`${body} Members Present ${m.present.map((p) => `Councillor ${dottedName(p)}`).join("\n")}`);
  w.block(`Officers Present ${m.officers.map((o) => `${fullName(o.person)}, ${o.title};`).join("\n")}`);
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = `${first + i}/${yy}`;
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        w.block(`${number} APOLOGIES`);
        w.block(m.apologies.length ? `Apologies were received for the duration of the meeting from ${listJoin(m.apologies.map((p) => `Councillor ${dottedName(p)}`))}.` : "There were no apologies.");
        break;
      case "declarations":
        w.block(`${number} DECLARATIONS OF INTEREST AND PARTY WHIP`);
        w.block(m.declaration ? `Councillor ${dottedName(m.declaration.person)} declared an interest in minute ${first + m.declaration.item}/${yy} ${m.declaration.reason}.` : "There were no declarations of interest or party whip identified at this meeting.");
        break;
      case "minutes": {
        w.block(`${number} MINUTES`);
        const text = `the minutes of the meeting held on ${longDate(m.previous)}, copies having previously been circulated, be approved as a true and accurate record`;
        w.block("Resolved");
        w.block(`That ${text}.`);
        resolutions.push(text);
        break;
      }
      default:
        w.block(`${number} ${item.title.toUpperCase()}`);
        w.block(`The ${m.officers[0]!.title} provided the update. The following is a summary of the briefing and subsequent discussion:`);
        w.body(item.body);
        if (item.resolutions.length === 1) w.block(`Resolved\n\nThat ${item.resolutions[0]}.`);
        else if (item.resolutions.length > 1) {
          w.block("Resolved");
          w.block("That:");
          w.block(item.resolutions.map((r, k) => `${k + 1}. ${r}${k === item.resolutions.length - 1 ? "." : ";"}`).join("\n"));
        }
        resolutions.push(...item.resolutions);
    }
    items.push({ number, resolutions });
  });
  w.block(`Termination of meeting\n\nThe meeting terminated at ${clock(m.end, " ", "a.m.", "p.m.")}`);
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
