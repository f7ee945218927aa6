// Reading a search result's date from its permanent URL, to check date order across merged sites.
import { describe, expect, it } from "vitest";
import { dateOrderBreaks, sortKeyOfDocumentUrl } from "../../scripts/shards/date-order.ts";

describe("sortKeyOfDocumentUrl", () => {
  it("is the date of minutes, reports and decisions, whatever follows it", () => {
    expect(sortKeyOfDocumentUrl("/walsall-council/cabinet/2012-09-13/")).toBe("2012-09-13");
    expect(sortKeyOfDocumentUrl("/walsall-council/cabinet/2012-09-13/decision/")).toBe("2012-09-13");
    expect(sortKeyOfDocumentUrl("/walsall-council/cabinet/2012-09-13/minutes-2/#item-4")).toBe("2012-09-13");
  });

  it("is the year of an undated report, and 0000 for an undated document, as the index sorts them", () => {
    expect(sortKeyOfDocumentUrl("/a-council/scrutiny/2015/report/")).toBe("2015");
    expect(sortKeyOfDocumentUrl("/a-council/scrutiny/undated/report/")).toBe("0000");
  });

  it("is null for a page that is not a document's", () => {
    expect(sortKeyOfDocumentUrl("/search/")).toBeNull();
    expect(sortKeyOfDocumentUrl("/a-council/cabinet/")).toBeNull();
    expect(sortKeyOfDocumentUrl("/people/a-council/mackay-s/")).toBeNull();
  });
});

describe("dateOrderBreaks", () => {
  const urls = ["/a/c/2020-05-01/", "/b/c/2019-01-01/", "/a/c/2021-02-02/", "/b/c/2021-02-02/", "/a/c/2015/report/"];

  it("counts adjacent results out of the requested order, equal dates in order", () => {
    expect(dateOrderBreaks(urls, "desc")).toBe(1);
    expect(dateOrderBreaks(urls, "asc")).toBe(2);
    expect(dateOrderBreaks(["/a/c/2021-01-01/", "/b/c/2021-01-01/", "/a/c/2020-01-01/"], "desc")).toBe(0);
  });

  it("skips pages that are not documents", () => {
    expect(dateOrderBreaks(["/a/c/2021-01-01/", "/search/", "/a/c/2020-01-01/"], "desc")).toBe(0);
  });
});
