import { describe, expect, it } from "vitest";
import { decodeSource, MAX_SOURCE_BYTES } from "../../scripts/pipeline/decode/decode.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const decodeOk = (bytes: Uint8Array) => {
  const result = decodeSource(bytes);
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`);
  return result;
};

describe("decoding source bytes", () => {
  it("an empty file is refused with a reason", () => {
    expect(decodeSource(new Uint8Array())).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
  });

  it("a file of only whitespace is refused with a reason", () => {
    expect(decodeSource(utf8(" \n\t\n"))).toMatchObject({ ok: false, reason: expect.stringMatching(/no text/) });
  });

  it("a binary file is refused rather than read as text", () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i % 3 ? (i * 7) % 256 : 0));
    expect(decodeSource(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });

  it("a file over the size limit is refused, saying the limit", () => {
    const bytes = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect(decodeSource(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/over the 16 MB limit/) });
  });

  it("a UTF-8 byte order mark is removed", () => {
    expect(decodeOk(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Minutes")])).text).toBe("Minutes");
  });

  it("UTF-16 with a BOM is decoded, little- and big-endian", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."Minutes £5"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[..."Minutes £5"].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeOk(le)).toMatchObject({ text: "Minutes £5", encoding: "utf-16le" });
    expect(decodeOk(be)).toMatchObject({ text: "Minutes £5", encoding: "utf-16be" });
  });

  it("windows-1252 smart quotes, dashes and pounds are decoded, not mangled", () => {
    // “Resolved” – £5 … in windows-1252
    const bytes = new Uint8Array([0x93, ...utf8("Resolved"), 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35, 0x20, 0x85]);
    expect(decodeOk(bytes)).toMatchObject({ text: "“Resolved” – £5 …", encoding: "windows-1252" });
  });

  it("NUL and other control characters become U+FFFD with a notice naming the line", () => {
    const result = decodeOk(utf8("line one\nline\u0000two\u0007"));
    expect(result.text).toBe("line one\nline\uFFFDtwo\uFFFD");
    expect(result.notices).toEqual([{ line: 2, message: expect.stringMatching(/2 control character/) }]);
  });

  it("Windows and old Mac line endings become LF; form feeds become blank lines", () => {
    expect(decodeOk(utf8("a\r\nb\rc\fd")).text).toBe("a\nb\nc\n\nd");
  });
});
