// The digest an incremental build compares to decide whether a page listing across the archive is
// rendered again (src/lib/page-selection.ts `rendersListing`): it must follow what the page shows —
// equal for equal inputs however they were built, different for any change — or an incremental build
// would skip a page that changed (or render one that did not).
import { describe, expect, it } from "vitest";
import { listingDigest, readListingDigests } from "../../src/lib/page-selection.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const resolution = () => ({ id: "walsall-council/panel/2012-09-13/resolutions/228-12-1", text: "That the report be noted.", document: { id: "walsall-council/panel/2012-09-13" } });

describe("a listing page's digest", () => {
  it("is the same for the same inputs, whether objects are shared or copies", () => {
    const shared = resolution();
    // The first call caches the shared object's JSON: a later call with copies must agree with it.
    const first = listingDigest(["/resolutions/", [shared, shared], 2]);
    expect(listingDigest(["/resolutions/", [resolution(), resolution()], 2])).toBe(first);
  });

  it("changes with any value the page shows, however deep", () => {
    const base = listingDigest([[resolution()], 1]);
    const reworded = { ...resolution(), text: "That the report be noted with thanks." };
    expect(listingDigest([[reworded], 1])).not.toBe(base);
    expect(listingDigest([[resolution()], 2])).not.toBe(base);
    expect(listingDigest([[resolution(), resolution()], 1])).not.toBe(base);
  });

  it("of a file's bytes is the same whether the same buffer is given again or a copy, and changes with a byte", () => {
    // A topic's page names its file's bytes as its input: the digest follows the bytes, not the buffer.
    const file = Buffer.from('{"id":"fostering","items":[]}\n');
    const first = listingDigest(file);
    expect(listingDigest(file)).toBe(first);
    expect(listingDigest(Buffer.from(file))).toBe(first);
    expect(listingDigest([file])).not.toBe(first);
    const edited = Buffer.from(file);
    edited[2] = "I".charCodeAt(0);
    expect(listingDigest(edited)).not.toBe(first);
  });

  it("tells apart inputs whose parts only concatenate alike", () => {
    expect(listingDigest(["ab", "c"])).not.toBe(listingDigest(["a", "bc"]));
    expect(listingDigest([["a"], "b"])).not.toBe(listingDigest(["a", ["b"]]));
    expect(listingDigest("1")).not.toBe(listingDigest(1));
    expect(listingDigest(Buffer.from("{}"))).not.toBe(listingDigest({}));
  });

  it("is read back per page, the last line of a page winning", () => {
    const file = join(mkdtempSync(join(tmpdir(), "minutebook-listings-")), "listings.tsv");
    writeFileSync(file, "/b/\tx\n/a/\ty\n/b/\tz\n");
    expect(readListingDigests(file)).toEqual({ "/a/": "y", "/b/": "z" });
    expect(Object.keys(readListingDigests(file))).toEqual(["/a/", "/b/"]);
  });
});
