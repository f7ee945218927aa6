// A topic's pages by year (src/lib/entity-lists.ts) and what the URL promise says of them: they are
// navigation (README, "What is navigation"), so one that empties redirects to its topic's page, which
// is a promise and never redirects away.
import { describe, expect, it } from "vitest";
import { isNavigation, navigationRedirects } from "../../scripts/pipeline/emit/withdrawn.ts";
import { newestYear, topicYears, type TopicItem } from "../../src/lib/entity-lists.ts";

const item = (date: string | null, year: number | null, n: number): TopicItem => ({
  document: { id: `c/k/${date ?? "undated"}`, url: `/c/k/${date ?? "undated"}/`, type: "minutes", title: null, council: null, committee: null, date, year },
  item: { number: String(n), title: "", anchor: `item-${n}`, href: `/c/k/${date ?? "undated"}/#item-${n}` },
  inTitle: false,
  paragraphs: [],
});

describe("a topic's years", () => {
  it("are oldest first with undated last, each year's items in the topic's order, and the newest dated year is the topic page's", () => {
    const items = [item("2018-03-01", 2018, 1), item(null, 2020, 2), item("2018-09-01", 2018, 3), item(null, null, 4), item("2023-01-05", 2023, 5)];
    const years = topicYears({ url: "/topics/fostering/", items });
    expect(years.map((y) => [y.key, y.url, y.items.map((i) => i.item.number)])).toEqual([
      ["2018", "/topics/fostering/2018/", ["1", "3"]],
      ["2020", "/topics/fostering/2020/", ["2"]],
      ["2023", "/topics/fostering/2023/", ["5"]],
      ["undated", "/topics/fostering/undated/", ["4"]],
    ]);
    expect(newestYear(years)?.key).toBe("2023");
    expect(newestYear(topicYears({ url: "/topics/x/", items: [item(null, null, 1)] }))?.key).toBe("undated");
    expect(newestYear([])).toBeUndefined();
  });

  it("are navigation: a released year page that is gone redirects to its topic; the topic page itself is a promise", () => {
    expect(isNavigation("/topics/fostering/2019/")).toBe(true);
    expect(isNavigation("/topics/fostering/undated/")).toBe(true);
    expect(isNavigation("/topics/fostering/")).toBe(false);
    const released = { documents: {}, pages: { "/topics/fostering/": ["main"], "/topics/fostering/2019/": ["main"] }, files: [], redirects: {} };
    expect(navigationRedirects(released, { "/topics/fostering/": ["main"] }, {}, new Map())).toEqual({ "/topics/fostering/2019/": "/topics/fostering/" });
  });
});
