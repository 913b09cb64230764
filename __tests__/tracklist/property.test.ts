// What must hold for any bytes under any name: an answer (never a throw), every problem located
// inside the file with a known rule and a one-line message, entries with whole, non-negative
// starts placed inside the file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRACKLIST_RULES, parseTracklist } from "../../src/tracklist/index.js";
import { decodeTracklist } from "../../src/tracklist/decode.js";
import { splitLines } from "../../src/tracklist/lines.js";

const NAMES = ["show.cue", "history.nml", "history.csv", "history.m3u", "tracklist.txt", "show"];

/** Lines of the formats read, to be shuffled and damaged. */
const FRAGMENTS = [
  'REM RECORDED_BY "rekordbox-dj"',
  'FILE "mix.wav" WAVE',
  "  TRACK 01 AUDIO",
  '    TITLE "Artist - Title"',
  "    PERFORMER Someone",
  "    INDEX 01 04:31:74",
  "    INDEX 01 99:99:99",
  "    INDEX 00",
  '<?xml version="1.0"?>',
  '<NML VERSION="19"><COLLECTION><ENTRY TITLE="a &amp; b" ARTIST="c"><LOCATION VOLUME="C:" DIR="/:" FILE="x"/></ENTRY></COLLECTION>',
  '<PLAYLISTS><NODE><PLAYLIST><ENTRY><PRIMARYKEY KEY="C:/:x"/><EXTENDEDDATA STARTTIME="86399" PLAYEDPUBLIC="1"/></ENTRY>',
  "</PLAYLIST></NODE></PLAYLISTS></NML>",
  "name,artist,bpm,start time,end time,playtime,deck,notes,album",
  "2026-11-28,,,10:00:00 PM,,,,,",
  'A,"B, C",120,11:59:59 PM,,,1,,',
  "#EXTVDJ:<time>23:59</time><lastplaytime>1674884385000</lastplaytime><artist>A</artist><title>B</title>",
  "#EXTVDJ:<lastplaytime>1</lastplaytime><title>x</title>",
  "C:\\Music\\A - B.mp3",
  "VirtualDJ History 2026/11/28",
  "00:01 : A - B",
  "#\tTrack Title\tArtist\tTime",
  "Tracklist:",
  "0:00 Intro",
  "[1:00:00] A – B",
  "01. A — B (4:30)",
  "A - B",
  "\u202Eevil\u0007",
];

const fragmentFile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 30 })
  .chain((lines) =>
    fc.constantFrom("\n", "\r\n", "\r").map((eol) => new TextEncoder().encode(lines.join(eol))),
  );

function wellFormed(bytes: Uint8Array, file: string): void {
  const parsed = parseTracklist(bytes, file);
  const decoded = decodeTracklist(bytes);
  const lineCount = Math.max(1, decoded.text === undefined ? 1 : splitLines(decoded.text).length);
  for (const d of [...parsed.diagnostics, ...parsed.warnings]) {
    expect(d.file).toBe(file);
    expect(Object.keys(TRACKLIST_RULES)).toContain(d.rule);
    for (const unsafe of ["\r", "\n", "\u202E", "\u0007"]) expect(d.message).not.toContain(unsafe);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  for (const entry of parsed.entries) {
    expect(Number.isSafeInteger(entry.start) && entry.start >= 0).toBe(true);
    expect(entry.span.line).toBeGreaterThanOrEqual(1);
    expect(entry.span.endLine).toBeLessThanOrEqual(lineCount);
    if (entry.kind === "track") expect(entry.artist && entry.song).toBeTruthy();
  }
  if (parsed.format === undefined) expect(parsed.diagnostics).toHaveLength(1);
}

/** Serato session files of random entries, then cut and damaged at random places. */
const u32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const chunk = (tag: string, payload: Buffer) =>
  Buffer.concat([Buffer.from(tag, "ascii"), u32(payload.length), payload]);
const sessionField = fc.oneof(
  fc
    .tuple(fc.constantFrom(2, 4, 6, 7, 8), fc.string({ maxLength: 12 }))
    .map(([id, text]) => [id, Buffer.from(`${text}\0`, "utf16le").swap16()] as const),
  fc.tuple(fc.constantFrom(1, 28, 29, 31), fc.nat()).map(([id, n]) => [id, u32(n)] as const),
  fc.tuple(fc.constant(50), fc.nat(2)).map(([id, n]) => [id, Buffer.from([n])] as const),
);
const sessionFile = fc
  .tuple(
    fc.array(fc.array(sessionField, { maxLength: 8 }), { maxLength: 8 }),
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 3 }),
  )
  .map(([entries, cut, flips]) => {
    const body = entries.map((fields) =>
      chunk(
        "oent",
        chunk(
          "adat",
          Buffer.concat(fields.map(([id, v]) => Buffer.concat([u32(id), u32(v.length), v]))),
        ),
      ),
    );
    const vrsn = chunk("vrsn", Buffer.from("1.0/Serato Scratch LIVE Review", "utf16le").swap16());
    const bytes = Buffer.concat([vrsn, ...body, chunk("oren", chunk("uent", u32(1)))]);
    const kept = Buffer.from(bytes.subarray(0, Math.max(4, bytes.length - (cut % 40))));
    for (const [at, value] of flips) if (at % kept.length >= 4) kept[at % kept.length] = value;
    return new Uint8Array(kept);
  });

describe("parseTracklist on any input", () => {
  it("answers for Serato session files of random entries, cut short and damaged", () => {
    fc.assert(fc.property(sessionFile, fc.constantFrom("1.session", "show"), wellFormed), {
      numRuns: 400,
    });
  });

  it("answers for arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...NAMES), wellFormed),
      { numRuns: 300 },
    );
  });

  it("answers for shuffled and damaged lines of every format", () => {
    fc.assert(fc.property(fragmentFile, fc.constantFrom(...NAMES), wellFormed), { numRuns: 600 });
  });
});
