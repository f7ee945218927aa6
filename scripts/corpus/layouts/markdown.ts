// Markdown-flavoured minutes, as PDF-to-markdown converters print them: "## **Minutes of the …**",
// bold date line, "#### **Present:**", headings "## **595 Work Programme**", "  " line breaks.
// After content/sources/worcestershire-county-council/001_….
import { clock, iso, longDate, type Meeting, weekdayName } from "../meeting.ts";
import { type Rendered, Writer, fullName, listJoin } from "./common.ts";

export function renderMarkdown(m: Meeting, first: number): Rendered {
  const w = new Writer();
  w.block(`## **Minutes of the ${m.committee.name}**`);
  w.block(`### **${m.council.venue}**`);
  w.block(`**${weekdayName(m.date)}, ${longDate(m.date)}, ${clock(m.start)}**`);
  w.block("---");
  w.block("#### **Present:**");
  const present = m.present.map((p) => `Cllr ${fullName(p)}` + (p === m.chair ? " (Chairman)" : p === m.vice ? " (Vice Chairman)" : ""));
  w.block(listJoin(present));
  w.block("#### **Also attended:**");
  w.block(m.officers.map((o) => `${fullName(o.person)}, ${o.title}`).join("  \n"));
  w.block("#### **Available Papers**");
  w.block("The members had before them:");
  w.block("The Agenda papers (previously circulated);");
  const items: Rendered["expected"]["items"] = [];
  m.items.forEach((item, i) => {
    const number = String(first + i);
    const level = i < 2 ? "####" : "##";
    const resolutions: string[] = [];
    switch (item.role) {
      case "apologies":
        w.block(`${level} **${number} Apologies and Welcome**`);
        w.block(m.apologies.length ? `Apologies were received from Councillors ${listJoin(m.apologies.map(fullName))}.` : "None.");
        break;
      case "declarations":
        w.block(`${level} **${number} Declaration of Interest and of any Party Whip**`);
        w.block(m.declaration ? `Cllr ${fullName(m.declaration.person)} declared an interest in Item ${first + m.declaration.item} ${m.declaration.reason}.` : "None.");
        break;
      case "minutes": {
        w.block(`${level} **${number} Confirmation of the Minutes of the Previous Meeting**`);
        const text = `The Minutes of the meeting held on ${longDate(m.previous)} were agreed as a correct record and signed by the Chairman`;
        w.block(`${text}.`);
        resolutions.push(text);
        break;
      }
      default:
        w.block(`${level} **${number} ${item.title}**`);
        w.body(item.body);
        item.agreements.forEach((a, k) => w.block(`It was ${k ? "also " : ""}agreed to ${a}.`));
        resolutions.push(...item.agreements);
    }
    items.push({ number, resolutions });
  });
  w.block(`The meeting ended at ${clock(m.end)}.`);
  return {
    text: w.text(),
    expected: { type: "minutes", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: [] },
  };
}
