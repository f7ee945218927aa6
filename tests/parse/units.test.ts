// Unit tests for the tricky pure functions: dates and times, names, headings, coverage.
import { describe, expect, it } from "vitest";
import { findDates, findTimes } from "../../scripts/pipeline/parse/dates.ts";
import { leadingName, looksLikeName } from "../../scripts/pipeline/parse/names.ts";
import { parseHeadingText } from "../../scripts/pipeline/parse/items.ts";
import { parseEntry } from "../../scripts/pipeline/parse/attendance.ts";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { parseText } from "./helpers.ts";

describe("dates and times", () => {
  it.each([
    ["Thursday, 22 March 2018", "2018-03-22"],
    ["THURSDAY, 13 SEPTEMBER, 2012 AT 6.00 P.M.", "2012-09-13"],
    ["23 October 2019", "2019-10-23"],
    ["22/03/2018", "2018-03-22"],
    ["15 th October 2014", "2014-10-15"],
    ["Wednesday 12th July 2017", "2017-07-12"],
    ["March 22, 2018", "2018-03-22"],
  ])("%s is %s", (s, iso) => expect(findDates(s)[0]?.iso).toBe(iso));

  it("a numeric date is read day first, and an impossible one is not a date", () => {
    expect(findDates("on 03/04/2020")[0]?.iso).toBe("2020-04-03");
    expect(findDates("31/02/2020")).toEqual([]);
  });

  it.each([
    ["10.00 am", "10:00"],
    ["6.00 P.M.", "18:00"],
    ["12.53 pm", "12:53"],
    ["7.30pm", "19:30"],
    ["18:30", "18:30"],
    ["12 noon", "12:00"],
  ])("%s is %s", (s, t) => expect(findTimes(s)[0]?.hhmm).toBe(t));
});

describe("names", () => {
  it("recognises names by shape, with or without honorific", () => {
    for (const n of ["Mrs F M Oborski", "Councillor B. Cassidy", "Cllr Steve Mackay", "Hannah Needham", "S. Rayner", "Mr P M McDonald", "D.T. Davies"])
      expect(looksLikeName(n), n).toBe(true);
    for (const n of ["Cabinet Member", "Available Papers Director", "Children First", "Families"]) expect(looksLikeName(n), n).toBe(false);
  });

  it("takes the name off the front of 'Name, Title'", () => {
    expect(leadingName("Mr D Babb, Church of England Representative")?.name).toBe("Mr D Babb");
  });

  it("splits one-line lists joined by commas and 'and', keeping bracketed roles", () => {
    const ps = parseEntry("Mrs F M Oborski (Chairman), Mrs J A Potter (Vice Chairman), Ms P Agar and Mr T Baker-Price");
    expect(ps.map((p) => [p.name, p.role])).toEqual([["Mrs F M Oborski", "chair"], ["Mrs J A Potter", "vice-chair"], ["Ms P Agar", null], ["Mr T Baker-Price", null]]);
  });

  it("splits a list separated only by honorifics, with (C)/(VC) markers", () => {
    const ps = parseEntry("Mrs M Aston Mr J Chilver Mr D Dhillon (VC) Mrs V Letheren (C)");
    expect(ps.map((p) => [p.name, p.role])).toEqual([["Mrs M Aston", null], ["Mr J Chilver", null], ["Mr D Dhillon", "vice-chair"], ["Mrs V Letheren", "chair"]]);
  });

  it("keeps nested brackets in an officer's title", () => {
    const ps = parseEntry("Hannah Needham (Assistant Director), Tina Russell (Assistant Director Safeguarding Services (Childrens Social Care)) and Alyson Grice (Overview and Scrutiny Officer)");
    expect(ps.map((p) => p.name)).toEqual(["Hannah Needham", "Tina Russell", "Alyson Grice"]);
    expect(ps[1]!.title).toBe("Assistant Director Safeguarding Services (Childrens Social Care)");
  });
});

describe("headings", () => {
  it.each([
    ["313 Apologies and Welcome", "313", "Apologies and Welcome"],
    ["221/12 APOLOGIES", "221/12", "APOLOGIES"],
    ["45. MINUTES", "45", "MINUTES"],
    ["Item 5 – Revenue Budget", "5", "Revenue Budget"],
    ["Min Ref 18/031 Apologies for absence", "18/031", "Apologies for absence"],
  ])("%s", (s, n, t) => expect(parseHeadingText(s)).toMatchObject({ number: n, title: t }));

  it("a numbered sentence or a date is not a heading", () => {
    expect(parseHeadingText("1. officers will provide guidance to Members")).toBeNull();
    expect(parseHeadingText("23 October 2019")).toBeNull();
    expect(parseHeadingText("2. The Committee believes that partnership working is critical to the success of the plans.")).toBeNull();
  });
});

describe("coverage", () => {
  it("reports a word the record lost, with its line", () => {
    const text = "Minutes of the Board held on 1 May 2020\n\n1. APOLOGIES\n\nNone received.";
    const r = parseText(text);
    r.items[0]!.paragraphs = [];
    const cov = checkCoverage(text, r);
    expect(cov.ratio).toBeLessThan(1);
    expect(cov.missing).toEqual([{ word: "none", line: 5 }, { word: "received", line: 5 }]);
  });

  it("markup is not counted as words", () => {
    const text = "## **Heading** with <b>bold</b>";
    expect(checkCoverage(text, parseText(text)).ratio).toBe(1);
  });
});
