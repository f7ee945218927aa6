// Worcestershire-style panel minutes: committee name, "Thursday, 22 March 2018, County Hall, Worcester -
// 10.00 am", "Present:" with Mr/Mrs initials, "Also attended:", "Available Papers", items numbered on
// from the last meeting ("313 Apologies and Welcome"), "It was agreed to …". After content/sources/worcestershire-county-council/000_….
import { clock, iso, longDate, type Meeting, weekdayName } from "../meeting.ts";
import { type Rendered, Writer, fullName, listJoin, styledName } from "./common.ts";

const TITLES = { apologies: "Apologies and Welcome", declarations: "Declaration of Interest and of any Party Whip", minutes: "Confirmation of the Minutes of the Previous Meeting", public: "Public Participation" } as const;

export function renderWorcestershire(m: Meeting, first: number): Rendered {
  const w = new Writer();
  const chairWord = m.ctx.rng.chance(0.5) ? "Chairman" : "Chair";
  w.block(m.committee.name);
  w.block(`${weekdayName(m.date)}, ${longDate(m.date)}, ${m.council.venue} - ${clock(m.start)}`);
  w.block("Minutes");
  w.block("Present:");
  const present = m.present.map((p) => styledName(p) + (p === m.chair ? ` (${chairWord})` : p === m.vice ? ` (Vice ${chairWord})` : ""));
  w.block(listJoin(present));
  w.block("Also attended:");
  w.block(listJoin(m.officers.map((o) => `${fullName(o.person)} (${o.title})`)));
  w.block("Available Papers");
  w.block("The members had before them:");
  w.block(`- A. The Agenda papers (previously circulated);\n- B. The Minutes of the Meeting held on ${longDate(m.previous)} (previously circulated).`);
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = String(first + i);
    const title = item.role === "business" || item.role === "exempt" ? item.title : TITLES[item.role];
    w.block(`${number} ${title}`);
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        w.block(m.apologies.length ? `Apologies were received from ${listJoin(m.apologies.map(styledName))}.` : "None.");
        break;
      case "declarations":
        w.block(m.declaration ? `${styledName(m.declaration.person)} declared an interest in Item ${first + m.declaration.item} ${m.declaration.reason}.` : "None.");
        break;
      case "minutes": {
        const text = `The Minutes of the Meeting held on ${longDate(m.previous)} were agreed as a correct record and signed by the ${chairWord}`;
        w.block(`${text}.`);
        resolutions.push(text);
        break;
      }
      default:
        w.body(item.body);
        item.agreements.forEach((a, k) => w.block(`It was ${k ? "also " : ""}agreed to ${a}.`));
        resolutions.push(...item.agreements);
    }
    items.push({ number, resolutions });
  });
  w.block(`The meeting ended at ${clock(m.end)}.`);
  w.block(chairWord);
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
