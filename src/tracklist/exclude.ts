// `tracklist_exclude` (and `mixcloud-publish tracklist --exclude`): the entries of a tracklist
// file to leave out — a radio playout log's jingles, station idents and adverts.
//
// The patterns are matched by hand, not compiled to a regular expression: a pattern comes from
// the cloudcast file, which a fork's pull request writes, and picomatch's regular expression for
// `*a*a*a*a*a*b` backtracks in time to the power of its stars (against one 2,000-character name it
// did not finish in two minutes). Here the pieces between stars are found one after another, each
// at the leftmost place it fits (the classic glob match: a later place never helps), so each
// character of a name is looked at once a piece: a piece without `?` by indexOf, one with `?` by
// a bit-parallel scan (shift-and), in words of 32 positions.
import { MAX_EXCLUDE_PATTERNS } from "../constants.js";
import type { TracklistEntry } from "./types.js";

/** Far above any real pattern (`Radio Nova - Station ID *`), low enough to bound the work. */
export const MAX_PATTERN_LENGTH = 200;

/**
 * The longest name (`Artist - Title`, a chapter's text) the patterns are matched against. The
 * longest real names (a classical work with orchestra, conductor, movement and recording) run to
 * about 250 characters; a line of a hostile export may hold 64 KiB. With the caps on patterns
 * (100) and entries (5,000) this bounds the work of a list to 100 × 5,000 × 500 characters
 * scanned — a few seconds at worst — where names of 60 KiB took hours. A longer name is kept,
 * not matched, and counted (`unmatchedLong`) so that a warning says so.
 */
export const MAX_MATCHED_NAME = 500;

export interface Exclusion {
  kept: TracklistEntry[];
  /** The entries left out, in order, each with the first pattern (its index) that matched it. */
  left: Array<{ entry: TracklistEntry; pattern: number }>;
  /** How many entries each pattern matched, index for index. */
  hits: number[];
  /** Patterns that cannot be used, with why; they match nothing. */
  unreadable: Array<{ index: number; reason: string }>;
  /** Entries kept unmatched because their name is longer than {@link MAX_MATCHED_NAME}. */
  unmatchedLong: number;
}

/**
 * Leaves out the entries whose `Artist - Title` (a chapter: its text) matches one of the glob
 * patterns, ignoring case. `*` matches any text, `/` included (as in `AC/DC`): names are not
 * paths; `?` matches one character; `\` makes the next character plain. Anything else, `!` and
 * brackets included, is a character like any other.
 */
export function excludeEntries(
  entries: readonly TracklistEntry[],
  patterns: readonly string[],
): Exclusion {
  const unreadable: Exclusion["unreadable"] = [];
  const matchers = patterns.map((pattern, index) => {
    const reason = unreadableReason(pattern, index);
    if (reason === undefined) return globMatcher(pattern);
    unreadable.push({ index, reason });
    return () => false;
  });
  const hits = patterns.map(() => 0);
  const left: Exclusion["left"] = [];
  let unmatchedLong = 0;
  const kept = entries.filter((entry) => {
    const name = entryName(entry);
    if (name.length > MAX_MATCHED_NAME) {
      if (patterns.length > 0) unmatchedLong++;
      return true;
    }
    const lower = name.toLowerCase();
    let first = -1;
    matchers.forEach((matches, i) => {
      if (!matches(lower)) return;
      hits[i] = (hits[i] ?? 0) + 1;
      if (first < 0) first = i;
    });
    if (first >= 0) left.push({ entry, pattern: first });
    return first < 0;
  });
  return { kept, left, hits, unreadable, unmatchedLong };
}

/** Why a pattern cannot be used; undefined when it can. */
function unreadableReason(pattern: string, index: number): string | undefined {
  if (index >= MAX_EXCLUDE_PATTERNS)
    return `it is pattern ${(index + 1).toLocaleString("en")}; a list may have at most ${MAX_EXCLUDE_PATTERNS}`;
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `it is ${pattern.length.toLocaleString("en")} characters long; a pattern may be at most ${MAX_PATTERN_LENGTH}`;
  return undefined;
}

/** What a pattern is matched against: `Artist - Title`, or a chapter's text. */
export function entryName(entry: TracklistEntry): string {
  return entry.kind === "track" ? `${entry.artist} - ${entry.song}` : entry.chapter;
}

/** A piece of a pattern between stars: its characters, `undefined` where it has a `?`. */
type Segment = ReadonlyArray<string | undefined>;

/** The pattern as a test of a lower-cased name. */
export function globMatcher(pattern: string): (name: string) => boolean {
  const segments = segmentsOf(pattern.toLowerCase());
  const first = segments[0] ?? [];
  if (segments.length === 1) return (name) => name.length === first.length && fits(name, 0, first);
  const last = segments[segments.length - 1] ?? [];
  // Compiled once a pattern, not once a name: the masks of a segment with `?` cost more to build
  // than one name costs to scan.
  const middle = segments.slice(1, -1).map(finder);
  return (name) => {
    const end = name.length - last.length;
    if (end < first.length || !fits(name, 0, first) || !fits(name, end, last)) return false;
    let at = first.length;
    for (const { find, length } of middle) {
      const found = find(name, at, end);
      if (found < 0) return false;
      at = found + length;
    }
    return true;
  };
}

interface Finder {
  length: number;
  /** The leftmost place from `from` where the segment fits and ends by `end`; -1 when none. */
  find(name: string, from: number, end: number): number;
}

function finder(segment: Segment): Finder {
  const length = segment.length;
  if (length === 0) return { length, find: (_name, from) => from };
  if (!segment.includes(undefined)) {
    const text = segment.join("");
    return {
      length,
      find(name, from, end) {
        const found = name.indexOf(text, from);
        return found >= 0 && found + length <= end ? found : -1;
      },
    };
  }
  return { length, find: shiftAnd(segment) };
}

/** The segments between `*`s; a `\` makes the next character plain. */
function segmentsOf(pattern: string): Segment[] {
  const segments: Array<Array<string | undefined>> = [[]];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    const current = segments[segments.length - 1] ?? [];
    if (c === "*") segments.push([]);
    else if (c === "?") current.push(undefined);
    else if (c === "\\" && i + 1 < pattern.length) current.push(pattern[++i]);
    else current.push(c);
  }
  return segments;
}

function fits(name: string, at: number, segment: Segment): boolean {
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c !== undefined && name[at + i] !== c) return false;
  }
  return true;
}

/**
 * Shift-and: bit j of the state is set when the segment's first j + 1 positions fit the text
 * ending here. Each character shifts the state by one and keeps the bits its mask allows (a `?`
 * allows every character). Linear in the text, times the segment's length in 32-bit words; the
 * masks of ASCII characters sit in a table (a map look-up a character cost more than the shift).
 */
function shiftAnd(segment: Segment): Finder["find"] {
  const words = Math.ceil(segment.length / 32);
  const anyChar = new Uint32Array(words);
  segment.forEach((c, j) => {
    if (c === undefined) anyChar[j >>> 5]! |= 1 << (j & 31);
  });
  const ascii = new Uint32Array(128 * words);
  for (let code = 0; code < 128; code++) ascii.set(anyChar, code * words);
  const other = new Map<number, Uint32Array>();
  segment.forEach((c, j) => {
    if (c === undefined) return;
    const code = c.charCodeAt(0);
    const bit = 1 << (j & 31);
    if (code < 128) {
      ascii[code * words + (j >>> 5)]! |= bit;
      return;
    }
    let mask = other.get(code);
    if (!mask) other.set(code, (mask = Uint32Array.from(anyChar)));
    mask[j >>> 5]! |= bit;
  });
  const last = segment.length - 1;
  const lastWord = last >>> 5;
  const lastBit = 1 << (last & 31);
  if (words === 1) return shiftAndWord(ascii, other, anyChar[0]!, lastBit, last);
  const state = new Uint32Array(words);
  return (name, from, end) => {
    state.fill(0);
    for (let i = from; i < end; i++) {
      const code = name.charCodeAt(i);
      let mask: Uint32Array = anyChar;
      let base = 0;
      if (code < 128) {
        mask = ascii;
        base = code * words;
      } else {
        mask = other.get(code) ?? anyChar;
      }
      let carry = 1;
      for (let w = 0; w < words; w++) {
        const word = state[w]!;
        state[w] = ((word << 1) | carry) & mask[base + w]!;
        carry = word >>> 31;
      }
      if (state[lastWord]! & lastBit) return i - last;
    }
    return -1;
  };
}

/** Shift-and for a segment of at most 32 positions: the state in one integer (the common case). */
function shiftAndWord(
  ascii: Uint32Array,
  other: Map<number, Uint32Array>,
  anyChar: number,
  lastBit: number,
  last: number,
): Finder["find"] {
  return (name, from, end) => {
    let state = 0;
    for (let i = from; i < end; i++) {
      const code = name.charCodeAt(i);
      const mask = code < 128 ? ascii[code]! : (other.get(code)?.[0] ?? anyChar);
      state = ((state << 1) | 1) & mask;
      if (state & lastBit) return i - last;
    }
    return -1;
  };
}
