// tracklist_exclude's glob patterns, matched by hand: what they mean, and that a hostile pattern
// against long names (which made picomatch's regular expression backtrack for minutes) finishes.
import { describe, expect, it } from "vitest";
import { MAX_EXCLUDE_PATTERNS } from "../../src/constants.js";
import {
  MAX_MATCHED_NAME,
  MAX_PATTERN_LENGTH,
  excludeEntries,
  globMatcher,
} from "../../src/tracklist/exclude.js";
import type { TracklistEntry } from "../../src/tracklist/index.js";

const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const track = (artist: string, song: string): TracklistEntry => ({
  kind: "track",
  start: 0,
  artist,
  song,
  span,
});

describe("tracklist_exclude patterns", () => {
  it.each([
    ["radio nova - *", "radio nova - station id", true],
    ["radio nova - *", "radio nova", false],
    ["*ad break*", "commercial ad break 3", true],
    ["*ad break*", "ad break", true],
    ["ac/dc - *", "ac/dc - thunderstruck", true],
    ["jingle ?", "jingle 4", true],
    ["jingle ?", "jingle 42", false],
    ["*a*b*c", "xaybzc", true],
    ["*a*b*c", "xaybzcd", false],
    ["a*a", "a", false],
    ["*", "", true],
    ["\\*promo*", "*promo spot", true],
    ["\\*promo*", "big promo", false],
    ["[live]*", "[live] set", true],
    [`*${"ab?".repeat(15)}*`, `xx${"abz".repeat(15)}yy`, true],
    [`*${"ab?".repeat(15)}*`, `xx${"abz".repeat(14)}aaayy`, false],
    [`*${"ab?".repeat(15)}`, `${"abz".repeat(16)}`, true],
  ])("%s against %s: %s", (pattern, name, expected) => {
    expect(globMatcher(pattern)(name)).toBe(expected);
  });

  it("ignores case and counts each pattern's hits", () => {
    const result = excludeEntries(
      [
        track("Radio Nova", "Station ID"),
        track("Kavinsky", "Nightcall"),
        track("RADIO NOVA", "Jingle"),
      ],
      ["radio nova - *", "*nothing*"],
    );
    expect(result.kept.map((e) => (e.kind === "track" ? e.artist : ""))).toEqual(["Kavinsky"]);
    expect(result.hits).toEqual([2, 0]);
  });

  it("refuses a pattern past the length cap, which then matches nothing", () => {
    const long = "x".repeat(MAX_PATTERN_LENGTH + 1);
    const result = excludeEntries([track("x", "y")], [long]);
    expect(result.unreadable).toEqual([
      { index: 0, reason: expect.stringContaining("at most 200") },
    ]);
    expect(result.kept).toHaveLength(1);
  });

  it("refuses the patterns past the cap on their number, which then match nothing", () => {
    const patterns = Array.from({ length: MAX_EXCLUDE_PATTERNS + 2 }, () => "x - *");
    const result = excludeEntries([track("x", "y")], patterns);
    expect(result.unreadable).toEqual([
      { index: 100, reason: "it is pattern 101; a list may have at most 100" },
      { index: 101, reason: "it is pattern 102; a list may have at most 100" },
    ]);
    expect(result.hits.slice(0, 100)).toEqual(Array(100).fill(1));
    expect(result.hits.slice(100)).toEqual([0, 0]);
  });

  it("keeps, unmatched and counted, a name longer than the cap; matches one at the cap", () => {
    const half = (MAX_MATCHED_NAME - 3) / 2;
    const atCap = track("a".repeat(Math.floor(half)), `${"a".repeat(Math.ceil(half) - 6)}jingle`);
    const pastCap = track("a".repeat(Math.floor(half)), `${"a".repeat(Math.ceil(half) - 5)}jingle`);
    const result = excludeEntries([atCap, pastCap, track("x", "y")], ["*jingle"]);
    expect(result.kept).toEqual([pastCap, track("x", "y")]);
    expect(result.hits).toEqual([1]);
    expect(result.unmatchedLong).toBe(1);
    // Without patterns nothing is matched, so nothing is said about long names.
    expect(excludeEntries([pastCap], []).unmatchedLong).toBe(0);
  });

  it("finishes on a pattern of many stars against long names (a hang guard: no timing asserted)", () => {
    const entries = Array.from({ length: 2_000 }, () => track("a".repeat(248), "a".repeat(249)));
    const result = excludeEntries(entries, [
      "*a*a*a*a*a*a*a*a*b",
      "*a?a?a?a?b*",
      `*${"a?".repeat(99)}b`,
    ]);
    expect(result.kept).toHaveLength(2_000);
    expect(result.unmatchedLong).toBe(0);
  });
});
