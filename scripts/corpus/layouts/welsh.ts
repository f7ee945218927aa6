// Welsh county borough minutes: capitals throughout the header ("THURSDAY, 13 SEPTEMBER, 2012 AT
// 6.00 P.M."), "Councillor … - Chair", a "Councillors:" list with portfolios, "Together with:" officers,
// "RESOLVED that … (i) … (ii) …". After tests/fixtures/layouts/welsh-cabinet.txt.
import { clock, iso, type Meeting, MONTH_NAMES, weekdayName } from "../meeting.ts";
import { type Rendered, Writer, dottedName, listJoin } from "./common.ts";

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi"];
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export function renderWelsh(m: Meeting): Rendered {
  const w = new Writer();
  const d = m.date;
  w.block(m.council.name.toUpperCase());
  w.block(
    `MINUTES OF THE MEETING OF THE ${m.committee.name.toUpperCase()} HELD AT ${m.council.venue.toUpperCase()} ON ${weekdayName(d).toUpperCase()}, ${d.d} ${MONTH_NAMES[d.m - 1]!.toUpperCase()}, ${d.y} AT ${clock(m.start, " ", "A.M.", "P.M.")}`,
  );
  w.block("PRESENT:");
  w.block(`Councillor ${dottedName(m.chair)} - Chair`);
  w.block("Councillors:");
  w.block(m.present.slice(1).map((p) => `${p.honorific === "Mrs" ? "Mrs " : ""}${dottedName(p)}`).join(", "));
  w.block("Together with:");
  w.block(listJoin(m.officers.map((o) => `${dottedName(o.person)} (${o.title})`)));
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = String(i + 1);
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        w.block(`${number}. APOLOGIES FOR ABSENCE`);
        w.block(m.apologies.length ? `Apologies for absence were received from ${listJoin(m.apologies.map((p) => `Councillor ${dottedName(p)}`))}.` : "There were no apologies for absence.");
        break;
      case "declarations":
        w.block(`${number}. DECLARATIONS OF INTEREST`);
        w.block(
          m.declaration
            ? `Councillor ${dottedName(m.declaration.person)} declared a personal interest in Agenda Item ${m.declaration.item + 1} ${m.declaration.reason}.`
            : "There were no declarations of interest received at the commencement or during the course of the meeting.",
        );
        break;
      case "minutes": {
        const p = m.previous;
        w.block(`${number}. ${m.committee.name.toUpperCase()} - ${ordinal(p.d)} ${MONTH_NAMES[p.m - 1]!.toUpperCase()} ${p.y}`);
        const text = `the minutes of the meeting held on ${ordinal(p.d)} ${MONTH_NAMES[p.m - 1]} ${p.y} be approved as a correct record and signed by the Chair`;
        w.block(`RESOLVED that ${text}.`);
        resolutions.push(text);
        break;
      }
      default:
        w.block(`${number}. ${item.title.toUpperCase()}`);
        w.body(item.body);
        if (item.resolutions.length === 1) w.block(`RESOLVED that ${item.resolutions[0]}.`);
        else if (item.resolutions.length > 1) {
          w.block("RESOLVED that for the reasons contained in the officer's report:");
          item.resolutions.forEach((r, k) => w.block(`(${ROMAN[k]}) ${r}${k === item.resolutions.length - 1 ? "." : ";"}`));
        }
        resolutions.push(...item.resolutions);
    }
    items.push({ number, resolutions });
  });
  w.block(`The meeting closed at ${clock(m.end, " ", "a.m.", "p.m.")}`);
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
