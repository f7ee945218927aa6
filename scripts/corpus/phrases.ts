// The phrase bank: what council minutes and scrutiny reports actually talk about, by topic, as
// sentence parts that combine (subject × predicate × opener) into varied, plausible paragraphs.
// Slots in braces are filled per meeting: {place} {ward} {n} {n2} {pct} {amount} {year} {prev}
// {month} {officer} {school} {road} {body}.

export interface Topic {
  /** Item titles as a clerk writes them. */
  titles: string[];
  /** Noun phrases the discussion is about. */
  subjects: string[];
  /** What is said about a subject (completes "<subject> …"). */
  predicates: string[];
  /** "A Member asked whether …" */
  questions: string[];
  /** Decisions as "that"-clauses without the "That": "the report be noted". */
  resolutions: string[];
  /** Decisions as verb phrases: "The Committee agreed to …". */
  agreements: string[];
}

export const TOPICS: Record<string, Topic> = {
  children: {
    titles: [
      "Children's Social Care Improvement Plan", "Ofsted Monitoring Visit Feedback", "Safeguarding Children Partnership Annual Report",
      "Corporate Parenting Strategy", "Placement Sufficiency and Fostering", "Early Help and the Family Front Door",
      "Children in Care Performance Report", "Social Work Recruitment and Retention", "Care Leavers Local Offer",
      "Youth Justice Plan", "Children Missing Education", "Unaccompanied Asylum Seeking Children",
    ],
    subjects: [
      "the number of looked after children", "the average caseload of a social worker", "the use of agency social workers",
      "the Family Front Door", "the placement sufficiency strategy", "the number of children subject to a child protection plan",
      "the proportion of assessments completed within 45 working days", "the in-house fostering service", "the Improvement Board",
      "the multi-agency safeguarding hub", "the number of re-referrals within twelve months", "the care leavers service",
      "the edge of care team", "the recruitment campaign for foster carers", "the cost of external residential placements",
      "the quality assurance framework", "the number of children missing from home", "the Early Help offer in {ward}",
    ],
    predicates: [
      "had risen to {n} at the end of {month} {year}", "had fallen by {pct} per cent since {month} {prev}",
      "remained above the average for statistical neighbours", "was being reviewed with partners in the police and health",
      "had been highlighted by Ofsted inspectors during the monitoring visit in {month} {year}",
      "was now stable following the appointment of {n2} permanent team managers", "would be reported to the Panel in {month}",
      "had improved, although there was more to do before practice was consistently good",
      "was expected to cost {amount} in the current financial year", "depended on the availability of suitable local placements",
      "had been strengthened by the introduction of weekly case audits", "was the subject of a detailed action plan",
    ],
    questions: [
      "whether the target for permanent social workers was realistic", "how the voice of the child was recorded in case files",
      "what support was available to foster carers out of hours", "why the number of referrals had increased over the summer",
      "how care leavers were helped into education, employment or training", "whether schools were engaged with the Early Help offer",
    ],
    resolutions: [
      "the report be noted", "the progress made against the Improvement Plan be welcomed",
      "a further update on placement sufficiency be brought to the meeting in {month}",
      "the Director of Children's Services be asked to circulate the workforce data to Members",
      "the Corporate Parenting Strategy {year}–{next} be endorsed", "the Panel's thanks to the foster carers who gave evidence be recorded",
    ],
    agreements: [
      "note the report", "request a further update on the Improvement Plan in {month} {year}",
      "receive a report on social work caseloads at a future meeting", "endorse the Corporate Parenting Strategy",
      "visit the Family Front Door before the next meeting", "write to the Secretary of State about funding for placements",
    ],
  },
  education: {
    titles: [
      "School Place Planning", "Attainment and Progress {prev}", "Special Educational Needs and Disabilities Strategy",
      "Elective Home Education", "School Improvement Annual Report", "Home to School Transport Policy", "{school} Expansion",
    ],
    subjects: [
      "the number of pupils with an education, health and care plan", "the proportion of schools judged good or outstanding",
      "the demand for secondary school places in {ward}", "the high needs block of the Dedicated Schools Grant",
      "the number of children electively home educated", "the cost of home to school transport", "attainment at Key Stage 2",
      "the proposed expansion of {school}", "the rate of persistent absence", "the number of fixed-term exclusions",
    ],
    predicates: [
      "had increased by {pct} per cent on the previous year", "was forecast to overspend by {amount}",
      "compared favourably with the national figure", "had been discussed with head teachers at the schools forum",
      "would require {n2} additional forms of entry by {next}", "remained a concern for the Panel",
      "was monitored termly by the school improvement team", "had been affected by the pandemic",
    ],
    questions: [
      "how the local authority challenged academies that were not improving", "whether transport savings would affect vulnerable pupils",
      "when the new special school would open", "how parents had been consulted on the admission arrangements",
    ],
    resolutions: [
      "the report be noted", "the proposed expansion of {school} be approved subject to planning permission",
      "the revised Home to School Transport Policy be recommended to Cabinet", "officers be asked to report on persistent absence in {month}",
    ],
    agreements: ["note the report", "approve the admission arrangements for {next}", "request a briefing on the high needs budget"],
  },
  budget: {
    titles: [
      "Revenue Budget {year}/{yy}", "Medium Term Financial Strategy", "Capital Programme {year}–{next}", "Budget Monitoring Quarter {q}",
      "Treasury Management Strategy", "Council Tax Base {year}/{yy}", "Fees and Charges",
    ],
    subjects: [
      "the forecast outturn for the year", "the savings programme", "the general fund balance", "the capital programme",
      "the pressure on children's placement budgets", "the proposed increase in council tax", "the level of earmarked reserves",
      "the funding gap in the medium term financial strategy", "the revenue support grant", "borrowing for the capital programme",
    ],
    predicates: [
      "showed an overspend of {amount} at the end of quarter {q}", "would require savings of {amount} by {next}",
      "was within the limits set by the treasury management strategy", "had been reduced by {pct} per cent in real terms since {prev}",
      "assumed an increase of {pct} per cent in council tax", "would be considered by full Council in February",
      "relied on one-off funding that would not recur", "had been reviewed by the Chief Financial Officer",
    ],
    questions: [
      "whether the savings target for adult social care was achievable", "what contingency was held against inflation",
      "how the capital receipts would be used", "whether reserves would fall below the recommended minimum",
    ],
    resolutions: [
      "the revenue budget for {year}/{yy} be recommended to Council for approval", "the Chief Financial Officer be authorised to make technical adjustments",
      "the capital programme for {year}–{next} be approved", "the forecast outturn position be noted",
      "the Treasury Management Strategy for {year}/{yy} be recommended to Council",
    ],
    agreements: ["note the budget monitoring report", "recommend the budget to Council", "approve the capital programme"],
  },
  planning: {
    titles: [
      "Application {prev2}/{n3}/FUL – Land at {road}", "Application {prev2}/{n3}/OUT – {place} Farm", "Local Plan Review",
      "Planning Enforcement Update", "Appeals Decided", "Conservation Area Appraisal – {ward}", "Neighbourhood Plan for {ward}",
    ],
    subjects: [
      "the application for {n} dwellings", "the proposed access from {road}", "the loss of trees on the site",
      "the affordable housing contribution", "the highways authority's response", "the effect on the conservation area",
      "the five year housing land supply", "the number of objections received", "the design of the proposed extension",
      "parking provision for the development", "the drainage strategy",
    ],
    predicates: [
      "had been amended following discussions with officers", "was considered acceptable subject to conditions",
      "stood at {pct} per cent of the units proposed", "had attracted {n2} letters of objection",
      "complied with the policies of the adopted Local Plan", "would be secured through a section 106 agreement",
      "had raised concerns among residents of {ward}", "was supported by the parish council",
    ],
    questions: [
      "whether the access onto {road} was safe at peak times", "how the affordable homes would be allocated",
      "why the application had not been determined within the target period", "whether the drainage scheme had been agreed with the water company",
    ],
    resolutions: [
      "planning permission be granted subject to the conditions set out in the report",
      "the Head of Planning be authorised to agree the final wording of the conditions",
      "planning permission be refused for the reasons set out in the report", "the Local Plan Review timetable be approved",
      "the appeal decisions be noted",
    ],
    agreements: ["grant planning permission subject to conditions", "refuse the application", "note the appeal decisions"],
  },
  licensing: {
    titles: ["Statement of Licensing Policy", "Taxi and Private Hire Licensing Policy", "Gambling Act Policy Review", "Street Trading Consent"],
    subjects: ["the cumulative impact assessment", "the number of licensed premises in {ward}", "the age limit for licensed vehicles", "the consultation on the licensing policy"],
    predicates: ["had received {n2} responses", "would be reviewed every three years", "was consistent with the statutory guidance", "had been agreed with the police"],
    questions: ["whether the policy would affect existing licence holders", "how complaints about taxis were investigated"],
    resolutions: ["the Statement of Licensing Policy be recommended to Council for adoption", "the consultation responses be noted"],
    agreements: ["recommend the policy to Council", "note the consultation responses"],
  },
  highways: {
    titles: ["Highways Maintenance Programme {year}/{yy}", "Road Safety Scheme – {road}", "Winter Service Plan", "Local Transport Plan", "Parking Review – {ward}"],
    subjects: ["the condition of the classified road network", "the number of potholes repaired", "the proposed 20 mph zone in {ward}", "the winter gritting network", "the bus service subsidy", "the road safety scheme on {road}"],
    predicates: ["had deteriorated after the winter", "had reached {n} in the last quarter", "would cost {amount} to deliver", "was supported by residents and the police", "was funded by a grant from the Department for Transport"],
    questions: ["when the resurfacing of {road} would begin", "whether the 20 mph zone would be enforced"],
    resolutions: ["the Highways Maintenance Programme be approved", "the road safety scheme on {road} be implemented"],
    agreements: ["approve the maintenance programme", "note the winter service plan"],
  },
  housing: {
    titles: ["Housing Strategy {year}–{next}", "Homelessness Review", "Temporary Accommodation", "Empty Homes Policy", "Housing Revenue Account Business Plan"],
    subjects: ["the number of households in temporary accommodation", "the housing register", "the supply of affordable homes", "the cost of bed and breakfast accommodation", "the empty homes programme"],
    predicates: ["had increased to {n} households", "would deliver {n2} new homes by {next}", "cost {amount} a year", "had fallen by {pct} per cent", "was being reviewed with registered providers"],
    questions: ["how families placed outside {place} were supported", "whether the target for affordable homes would be met"],
    resolutions: ["the {place} Housing Strategy {year}–{next} be adopted", "the Homelessness Review be noted"],
    agreements: ["adopt the housing strategy", "note the homelessness review"],
  },
  audit: {
    titles: ["Internal Audit Progress Report", "External Audit Plan", "Annual Governance Statement", "Strategic Risk Register", "Counter Fraud Annual Report"],
    subjects: ["the internal audit plan", "the strategic risk register", "the annual governance statement", "the number of limited assurance opinions", "the external auditor's value for money conclusion"],
    predicates: ["was {pct} per cent complete", "had been updated to reflect the financial position", "identified {n2} significant governance issues", "would be presented to the Committee in {month}"],
    questions: ["whether management had implemented the agreed actions", "how the risk of cyber attack was managed"],
    resolutions: ["the Internal Audit Progress Report be noted", "the Annual Governance Statement be approved", "the Strategic Risk Register be noted"],
    agreements: ["note the progress report", "approve the annual governance statement"],
  },
  health: {
    titles: ["Joint Health and Wellbeing Strategy", "Director of Public Health Annual Report", "Better Care Fund Plan", "Childhood Obesity", "Mental Health Services for Young People"],
    subjects: ["healthy life expectancy in {ward}", "the Better Care Fund plan", "waiting times for children's mental health services", "the rate of childhood obesity", "the smoking cessation service"],
    predicates: ["was {n2} years lower than the county average", "had been agreed with the integrated care board", "had improved by {pct} per cent", "remained a priority for the Board"],
    questions: ["how the strategy would reduce inequalities", "whether waiting times would fall this year"],
    resolutions: ["the Better Care Fund Plan be approved", "the Director of Public Health Annual Report be noted"],
    agreements: ["note the annual report", "approve the Better Care Fund plan"],
  },
  adults: {
    titles: ["Adult Social Care Performance", "Carers Strategy", "Market Position Statement", "Hospital Discharge Arrangements", "Deprivation of Liberty Safeguards"],
    subjects: ["the number of people waiting for an assessment", "delayed transfers of care", "the domiciliary care market", "the carers strategy", "the fee uplift for care homes"],
    predicates: ["had fallen to {n} in {month}", "was under pressure because of workforce shortages", "would cost {amount}", "had been co-produced with carers"],
    questions: ["how the Council supported unpaid carers", "whether care providers could recruit enough staff"],
    resolutions: ["the Carers Strategy be endorsed", "the performance report be noted"],
    agreements: ["endorse the carers strategy", "note the performance report"],
  },
  environment: {
    titles: ["Waste Strategy", "Climate Change Action Plan", "Flood Risk Management", "Libraries Review", "Parks and Open Spaces"],
    subjects: ["the recycling rate", "the Council's carbon emissions", "the flood alleviation scheme in {ward}", "the mobile library service", "the cost of waste disposal"],
    predicates: ["had reached {pct} per cent", "had fallen by {pct} per cent since {prev}", "would cost {amount}", "was welcomed by residents"],
    questions: ["whether the target of net zero by {next} was achievable", "how residents had been consulted"],
    resolutions: ["the Climate Change Action Plan be approved", "the Waste Strategy be recommended to Cabinet"],
    agreements: ["approve the action plan", "note the report"],
  },
  parish: {
    titles: ["Playing field", "Finance", "Planning applications", "Highways and footpaths", "Village hall", "Allotments", "Correspondence"],
    subjects: ["the play equipment inspection", "the precept for {year}/{yy}", "the footpath by {road}", "the allotment waiting list", "the bus shelter on {road}", "the village hall roof"],
    predicates: ["had found {n2} defects", "would be set at {amount}", "had been reported to the County Council", "had {n2} names on it", "needed repair before the winter"],
    questions: ["when the repairs would be done", "whether a grant was available"],
    resolutions: ["the payments be approved", "the Clerk obtain three quotes for the repairs"],
    agreements: ["renew the insurance policy with the current provider", "obtain three quotes for the repairs", "approve payments totalling {amount}"],
  },
};

/** Openers for a discussion sentence; {officer} is a post title. */
export const OPENERS = [
  "The {officer} reported that", "Members were advised that", "It was noted that", "In response to a question, the {officer} confirmed that",
  "The Chairman observed that", "A Member commented that", "Officers explained that", "The report set out how",
  "The {body} heard that", "The {officer} explained that", "It was emphasised that", "Members welcomed the news that",
  "Following a query from the Chair, it was explained that", "The {officer} acknowledged that",
];

/** Sentences that fit any item. */
export const GENERAL = [
  "Members thanked the officers for a clear and comprehensive report.",
  "The {officer} undertook to provide the figures for each ward in writing.",
  "A Member stressed the importance of involving young people and their families in shaping services.",
  "It was suggested that the item be added to the work programme for the coming year.",
  "Members asked that future reports include comparisons with statistical neighbours.",
  "The {body} recognised the pressure on staff and thanked them for their commitment.",
  "Officers would circulate a briefing note to all Members before the end of {month}.",
  "The Chairman summed up the discussion and thanked the witnesses for attending.",
];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const ROADS = ["Quayside Road", "Station Road", "Mill Lane", "Church Street", "Victoria Road", "London Road", "Manor Way", "Chapel Lane", "Park Avenue", "Bridge Street"];
