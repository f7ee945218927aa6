// Select-committee reports in two styles. "scrutiny-update": a dated officer report to a select
// committee, markdown-flavoured, "The Select Committee is requested to: 1. … 2. …", numbered
// sections with 1.1, 1.2 paragraphs (after content/sources/west-sussex-county-council/004_…).
// "inquiry": an undated inquiry report with a contents table, numbered paragraphs, "Key finding N:"
// and a numbered list of recommendations (after content/sources/buckinghamshire-county-council/003_…).
import { iso, longDate, type Meeting } from "../meeting.ts";
import { fill, paragraph } from "../text.ts";
import { businessItems, fullName, type Rendered, Writer, initialsName } from "./common.ts";

const REQUESTS = [
  "note the progress made since the last meeting", "agree an indicative schedule of future briefings",
  "note the risks and mitigations set out in section {n2}", "comment on the draft strategy before it is considered by Cabinet",
  "agree the principle of receiving quarterly performance reports", "note the findings of the Ofsted monitoring visit in {month} {year}",
];
const SECTION_TITLES = [
  "Introduction", "Background", "Update on Service Improvements", "Issues for consideration by the Select Committee", "Consultation",
  "Risk Implications and Mitigations", "Other Options Considered", "Equality Duty", "Resource Implications",
];
const FINDINGS = [
  "The improvement work should remain outcome focussed by involving service users in the programme and using them to test any perceived improvements.",
  "Members of the Select Committee should receive all key documents relating to the improvement of services at the same time as partners.",
  "The reliance on agency staff remains the greatest risk to the stability of the service and its budget.",
  "Performance information presented to Members should show trends over time and comparisons with statistical neighbours.",
  "The Council should do more to recruit foster carers who live within {place}.",
];
const RECOMMENDATIONS = [
  "That the Cabinet Member publishes a workforce strategy for children's social care by {month} {next}.",
  "That the Council reviews the cost of external placements and reports the outcome to the Select Committee within six months.",
  "That the Improvement Plan includes specific, measurable targets for each work stream.",
  "That the Leader ensures that Select Committee members may observe meetings of the Improvement Board.",
  "That the Director of Children's Services reports quarterly on the vacancy rate for qualified social workers.",
  "That the Council works with schools in {ward} to strengthen the Early Help offer.",
  "That the Cabinet considers the extent to which the proposed budget savings are deliverable.",
];

export function renderReport(m: Meeting): Rendered {
  return m.committee.reports === "inquiry" ? inquiry(m) : scrutinyUpdate(m);
}

function scrutinyUpdate(m: Meeting): Rendered {
  const { rng } = m.ctx;
  const w = new Writer();
  const topic = m.committee.topics[0]!;
  const title = businessItems(m)[0]?.title ?? "Service Improvement";
  const author = m.officers[0]!;
  if (!m.council.metaFile) w.block(m.council.name);
  w.block(`## **${m.committee.name}**`);
  w.block(`**${longDate(m.date)}**`);
  w.block(`### **${title} – Update Report**`);
  w.block(`#### **Report by the ${author.title}**`);
  w.block("#### **Summary**");
  w.block(paragraph(topic, m.ctx));
  w.block("#### **The focus for scrutiny**");
  w.block("The Select Committee is requested to:");
  const requests = rng.sample(REQUESTS, rng.int(2, 4)).map((r) => fill(r, m.ctx));
  w.block(requests.map((r, k) => `${k + 1}. ${r}${k === requests.length - 1 ? "." : ";"}`).join("\n"));
  const sections = rng.sample(SECTION_TITLES.slice(1), rng.int(4, 7));
  sections.unshift("Introduction");
  const items: Rendered["expected"]["items"] = [];
  let size = 0;
  const perSection = Math.ceil(m.target / 700 / sections.length);
  sections.forEach((s, i) => {
    const n = i + 1;
    w.block(`## **${n}. ${s}**`);
    const count = i === sections.length - 1 ? 1 : rng.int(Math.max(1, perSection - 1), perSection + 1);
    for (let k = 1; k <= count; k++) {
      const p = paragraph(topic, m.ctx);
      size += p.length;
      w.block(`- ${n}.${k} ${p}`);
    }
    items.push({ number: String(n), resolutions: [] });
  });
  w.block(`### **${fullName(author.person)}**`);
  w.block(author.title);
  w.block(`**Contact:** ${fullName(m.officers[1]?.person ?? author.person)}, ${m.officers[1]?.title ?? author.title} – 0${rng.int(1200, 3399)} ${rng.int(100000, 999999)}`);
  return {
    text: w.text(),
    expected: { type: "report", council: m.council.name, committee: m.committee.name, date: iso(m.date), items, documentResolutions: requests },
  };
}

function inquiry(m: Meeting): Rendered {
  const { rng } = m.ctx;
  const w = new Writer();
  const topic = m.committee.topics[0]!;
  const title = `${businessItems(m)[0]?.title ?? "Improving Services"} Inquiry`;
  w.block(m.council.name);
  w.block(m.committee.name);
  w.block(title);
  w.block(`Membership of the ${m.committee.name}:`);
  w.block(m.present.map((p) => `${p.honorific} ${initialsName(p)}${p === m.chair ? " (C)" : p === m.vice ? " (VC)" : ""}`).join(" "));
  const sections = ["Introduction", "Background context", "Overview of scrutiny activity", "Our findings", "Recommendations"];
  w.block(`Contents\n\n\t\tPage\n${sections.map((s, i) => `${i + 1}\t${s}\t${3 + i * 2}`).join("\n")}`);
  let para = 1;
  const perSection = Math.max(2, Math.ceil(m.target / 650 / 4));
  const items: Rendered["expected"]["items"] = [];
  sections.forEach((s, i) => {
    w.block(s);
    const resolutions: string[] = [];
    if (s === "Recommendations") {
      w.block(`The Committee recommends that the Cabinet consider the following:`);
      const recs = rng.sample(RECOMMENDATIONS, rng.int(3, 6)).map((r) => fill(r, m.ctx));
      recs.forEach((r, k) => w.block(`${k + 1}. ${r}`));
      resolutions.push(...recs.map((r) => r.replace(/\.$/, "")));
    } else {
      for (let k = 0; k < perSection; k++) w.block(`${para++}. ${paragraph(topic, m.ctx)}`);
      if (s === "Our findings") {
        rng.sample(FINDINGS, 2).forEach((f, k) => {
          const text = `Key finding ${k + 1}: ${fill(f, m.ctx)}`;
          w.block(text);
          resolutions.push(text.replace(/\.$/, ""));
          w.block(`${para++}. ${paragraph(topic, m.ctx)}`);
        });
      }
    }
    items.push({ number: String(i + 1), resolutions });
  });
  return {
    text: w.text(),
    expected: { type: "report", council: m.council.name, committee: m.committee.name, date: null, items, documentResolutions: [] },
  };
}
