// The built sample's entity pages (issue 4): people, topics, resolutions, committees, checked against
// the records the build published.
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { documentsOf } from "../browser/pages.ts";
import { findTopics, parseTopics, topicMatchers } from "../../scripts/pipeline/resolve/topics.ts";
import { resolutionSlug } from "../../src/schema/archive.ts";
import { ROOT } from "../support/build-site.ts";

const site = inject("sampleSite");
const documents = documentsOf(site);
const page = (url: string) => join(site.dist, ...url.split("/").filter(Boolean), "index.html");
const html = (url: string) => readFileSync(page(url), "utf8");

describe("entity pages of the built sample", () => {
  it("builds", () => {
    expect(site.status, site.output).toBe(0);
  });

  it("has one page per distinct person, and no duplicate for people written several ways", () => {
    const ids = new Set(documents.flatMap((d) => [...d.people.map((p) => p.id), ...d.attendance.map((a) => a.personId)]));
    for (const id of ids) expect(existsSync(page(`/people/${id}/`)), id).toBe(true);
    const pages = readdirSync(join(site.dist, "people"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((council) => readdirSync(join(site.dist, "people", council.name)).map((p) => `${council.name}/${p}`));
    expect(pages.sort()).toEqual([...ids].sort());
    for (const [council, surname] of [
      ["worcestershire-county-council", "mackay"],
      ["worcestershire-county-council", "roberts"],
      ["worcestershire-county-council", "onslow"],
      ["worcestershire-county-council", "russell"],
      ["buckinghamshire-county-council", "letheren"],
    ]) {
      expect(pages.filter((p) => p.startsWith(`${council}/${surname}-`)), surname).toHaveLength(1);
    }
    // Mr S M Mackay (2018) and Cllr Steve Mackay (2023): one page with both names.
    const mackay = html("/people/worcestershire-county-council/mackay-s/");
    expect(mackay).toContain("Mr S M Mackay");
    expect(mackay).toContain("Cllr Steve Mackay");
  });

  it("shows attendance counts on a person page that match the records", () => {
    const ids = new Set(documents.flatMap((d) => d.attendance.map((a) => a.personId)));
    for (const id of ids) {
      const text = html(`/people/${id}/`);
      const committees = new Set(documents.filter((d) => d.attendance.some((a) => a.personId === id)).map((d) => d.committee!.slug));
      for (const committee of committees) {
        const records = documents.filter((d) => d.committee!.slug === committee).flatMap((d) => d.attendance.filter((a) => a.personId === id).slice(0, 1));
        const present = records.filter((a) => a.status === "present" || a.status === "in-attendance").length;
        const apologies = records.filter((a) => a.status === "apologies").length;
        const row = new RegExp(`<tr data-committee="${committee}">.*?data-count="present">(\\d+)<.*?data-count="apologies">(\\d+)<`, "s").exec(text);
        expect(row, `${id} ${committee}`).not.toBeNull();
        expect([Number(row![1]), Number(row![2])], `${id} ${committee}`).toEqual([present, apologies]);
      }
    }
    expect(html("/people/worcestershire-county-council/mackay-s/")).toMatch(/data-count="present">2</);
  });

  it("gives every resolution in the records a page that links back to it in place", () => {
    let count = 0;
    for (const d of documents) {
      for (const r of [...d.items.flatMap((i) => i.resolutions), ...(d.resolutions ?? [])]) {
        const url = `${d.url}resolutions/${resolutionSlug(r.anchor)}/`;
        expect(existsSync(page(url)), url).toBe(true);
        // Links may be relative to the resolution's page (shorter): what counts is where they lead.
        const targets = [...html(url).matchAll(/href="([^"]*)"/g)].map((m) => {
          const to = new URL(m[1]!.replaceAll("&amp;", "&"), `https://site.test${url}`);
          return `${to.pathname}${to.hash}`;
        });
        expect(targets, url).toContain(`${d.url}#${r.anchor}`);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
    expect(existsSync(page("/walsall-council/childrens-and-young-people-scrutiny-and-performance-panel/2012-09-13/resolutions/226-12-2/"))).toBe(true);
  });

  it("has a page for each seeded topic that occurs in the sample, its year pages together listing every item that mentions it", () => {
    const topics = parseTopics(readFileSync(join(ROOT, "content/topics.yaml"), "utf8"), "topics.yaml");
    const matchers = topicMatchers(topics);
    let occurring = 0;
    for (const topic of topics) {
      const own = matchers.filter((m) => m.slug === topic.slug);
      const items = documents.flatMap((d) =>
        d.items
          .filter((i) => [i.title, ...i.paragraphs.map((p) => p.text), ...i.resolutions.map((r) => r.text)].some((t) => findTopics(t, own).length > 0))
          .map((i) => `${d.id}#${i.anchor}`),
      );
      if (items.length === 0) continue;
      occurring++;
      // Each item on the page of its document's year (the topic's items are paged by year).
      for (const item of items) {
        const record = documents.find((d) => item.startsWith(`${d.id}#`))!;
        const year = record.date?.slice(0, 4) ?? (record.year !== null ? String(record.year) : "undated");
        expect(html(`/topics/${topic.slug}/${year}/`), `${topic.slug}: ${item}`).toContain(`data-item="${item}"`);
      }
    }
    expect(occurring).toBeGreaterThanOrEqual(15);
  });

  it("shows on a topic's page its newest year's items and a link to each year's page, and on a year page only that year's", () => {
    const slug = "fostering";
    const topic = JSON.parse(readFileSync(join(site.dist, "topics", slug, "topic.json"), "utf8")) as {
      documents: { id: string; date: string | null; year: number | null }[];
      items: { document: string; item: string }[];
    };
    const yearOf = (id: string) => {
      const d = topic.documents.find((x) => x.id === id)!;
      return d.date?.slice(0, 4) ?? (d.year !== null ? String(d.year) : "undated");
    };
    const years = [...new Set(topic.items.map((i) => yearOf(i.document)))].sort();
    expect(years.length, "the sample's fostering items span several years").toBeGreaterThan(1);
    const itemsOf = (text: string) => [...text.matchAll(/data-item="([^"]+)"/g)].map((m) => m[1]).sort();
    const expectedOf = (year: string) => topic.items.filter((i) => yearOf(i.document) === year).map((i) => `${i.document}#${i.item}`).sort();
    const main = html(`/topics/${slug}/`);
    for (const year of years) expect(main, year).toContain(`href="/topics/${slug}/${year}/"`);
    expect(itemsOf(main)).toEqual(expectedOf(years.at(-1)!));
    for (const year of years) expect(itemsOf(html(`/topics/${slug}/${year}/`)), year).toEqual(expectedOf(year));
  });

  it("lists each document once on a person page, with how the record lists them and every paragraph that names them", () => {
    const id = "worcestershire-county-council/mackay-s";
    const text = html(`/people/${id}/`);
    const section = text.slice(text.indexOf('id="documents-heading"'));
    const own = documents.filter((d) => d.attendance.some((a) => a.personId === id) || d.people.some((p) => p.id === id));
    expect(own.length).toBeGreaterThan(1);
    for (const d of own) expect(section.split(`<a href="${d.url}">`).length - 1, d.url).toBe(1);
    const person = JSON.parse(readFileSync(join(site.collection, "archive", "people", `${id}.json`), "utf8")) as { mentions: { href: string }[] };
    expect(person.mentions.length).toBeGreaterThan(0);
    for (const m of person.mentions) expect(section, m.href).toContain(`href="${m.href}"`);
    expect(section).toMatch(/: present/);
  });

  it("lists a committee's documents in date order, newest first", () => {
    const committee = "/worcestershire-county-council/children-and-families-overview-and-scrutiny-panel/";
    const text = html(committee);
    const own = documents.filter((d) => d.url.startsWith(committee)).sort((a, b) => (a.date! < b.date! ? 1 : -1));
    const positions = own.map((d) => text.indexOf(`href="${d.url}"`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("links names in attendance and in item text to person pages, and topic words to topic pages", () => {
    const minutes = html("/worcestershire-county-council/children-and-families-overview-and-scrutiny-panel/2018-03-22/");
    expect(minutes).toContain('href="/people/worcestershire-county-council/mackay-s/"');
    // A topic word inside a paragraph of an item (not only the page's list of topics).
    expect(minutes).toMatch(/<p id="item-[^"]+">(?:(?!<\/p>)[^])*<a href="\/topics\/[a-z-]+\/">/);
  });

  it("publishes open data beside each entity page", () => {
    const person = JSON.parse(readFileSync(join(site.dist, "people/worcestershire-county-council/mackay-s/person.json"), "utf8"));
    expect(person.namesAsWritten).toEqual(expect.arrayContaining(["Mr S M Mackay", "Cllr Steve Mackay"]));
    expect(existsSync(join(site.dist, "topics/fostering/topic.json"))).toBe(true);
    expect(existsSync(join(site.dist, "walsall-council/childrens-and-young-people-scrutiny-and-performance-panel/2012-09-13/resolutions/226-12-2/resolution.json"))).toBe(true);
    expect(existsSync(join(site.dist, "walsall-council/childrens-and-young-people-scrutiny-and-performance-panel/committee.json"))).toBe(true);
  });
});
