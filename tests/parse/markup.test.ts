import { describe, expect, it } from "vitest";
import { stripMarkup } from "../../scripts/pipeline/parse/lines.ts";

describe("inline markup", () => {
  it("closed formatting tags and emphasis come off, their words stay", () => {
    expect(stripMarkup("<b>September 2019</b>\t<b>1.8%</b>")).toBe("September 2019\t1.8%");
    expect(stripMarkup("**Minutes of the Panel** and __also__ <u><b>this</b></u>")).toBe("Minutes of the Panel and also this");
  });

  it("emphasis that spans lines opens at a line's start and closes at its end", () => {
    expect(stripMarkup("**319 Alternative")).toBe("319 Alternative");
    expect(stripMarkup("Delivery Model**")).toBe("Delivery Model");
  });

  it("a tag-like string that is not closed formatting is text, kept as written", () => {
    for (const text of ["The table closed with </div> here", "<script>alert(1)</script>", "<Component prop={1} />", "{globalThis.__pwned = true}", "a ** b"]) {
      expect(stripMarkup(text)).toBe(text);
    }
  });
});
