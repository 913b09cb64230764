import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { decodeTracklist, decodeWindows1252 } from "../../src/tracklist/decode.js";
import { node24Path } from "../e2e/harness.js";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("decodeTracklist", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const text = "0:00 Róisín Murphy – Coocool";
    const plain = new TextEncoder().encode(text);
    expect(decodeTracklist(plain)).toEqual({ text, encoding: "utf-8" });
    expect(decodeTracklist(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({
      text,
      encoding: "utf-8",
    });
  });

  it("reads UTF-16 little- and big-endian by their BOM", () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Kölsch – Grey\r\n", "utf16le"),
    ]);
    expect(decodeTracklist(le)).toEqual({ text: "Kölsch – Grey\r\n", encoding: "utf-16le" });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeTracklist(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text: "Kölsch – Grey\r\n",
      encoding: "utf-16be",
    });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, with the right 0x80–0x9F", () => {
    // D’Angelo – Untitled: 0x92 and 0x96, which Node 20's decoder turns into C1 controls.
    const decoded = decodeTracklist(bytes(0x44, 0x92, 0x41, 0x20, 0x96, 0x20, 0x55, 0xe9));
    expect(decoded).toEqual({ text: "D’A – Ué", encoding: "windows-1252" });
  });

  it("matches the WHATWG windows-1252 table of Node 24 on every byte", () => {
    const all = Array.from({ length: 256 }, (_, i) => i);
    const node24 = execFileSync(
      node24Path(),
      [
        "-e",
        `process.stdout.write(JSON.stringify([...new TextDecoder("windows-1252").decode(Uint8Array.from(${JSON.stringify(all)}))].map((c) => c.codePointAt(0))))`,
      ],
      { encoding: "utf8" },
    );
    const ours = [...decodeWindows1252(Uint8Array.from(all))].map((c) => c.codePointAt(0));
    expect(ours).toEqual(JSON.parse(node24));
  });

  it("calls a file with NUL or control bytes binary, and says where", () => {
    expect(decodeTracklist(bytes(0x49, 0x44, 0x33, 0x04, 0x00))).toEqual({
      binary: { offset: 3, byte: 4 },
    });
    // Valid UTF-16 that holds a NUL character is binary too.
    expect(decodeTracklist(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00))).toEqual({
      binary: { offset: 4, byte: 0 },
    });
    // Windows-1252 has no character at 0x81: no text file holds it.
    expect(decodeTracklist(bytes(0x41, 0x81, 0xe9))).toEqual({ binary: { offset: 1, byte: 0x81 } });
  });

  it("keeps tabs, line breaks, form feeds and a DOS end-of-file mark as text", () => {
    expect(decodeTracklist(bytes(0x41, 0x09, 0x0d, 0x0a, 0x0c, 0x1a)).encoding).toBe("utf-8");
  });
});
