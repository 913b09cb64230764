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
import type { TracklistEntry } from "./types.js";

/** Far above any real pattern (`Radio Nova - Station ID *`), low enough to bound the work. */
export const MAX_PATTERN_LENGTH = 200;

export interface Exclusion {
  kept: TracklistEntry[];
  /** The entries left out, in order, each with the first pattern (its index) that matched it. */
  left: Array<{ entry: TracklistEntry; pattern: number }>;
  /** How many entries each pattern matched, index for index. */
  hits: number[];
  /** Patterns that cannot be used, with why; they match nothing. */
  unreadable: Array<{ index: number; reason: string }>;
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
    if (pattern.length <= MAX_PATTERN_LENGTH) return globMatcher(pattern);
    unreadable.push({
      index,
      reason: `it is ${pattern.length.toLocaleString("en")} characters long; a pattern may be at most ${MAX_PATTERN_LENGTH}`,
    });
    return () => false;
  });
  const hits = patterns.map(() => 0);
  const left: Exclusion["left"] = [];
  const kept = entries.filter((entry) => {
    const name = entryName(entry).toLowerCase();
    let first = -1;
    matchers.forEach((matches, i) => {
      if (!matches(name)) return;
      hits[i] = (hits[i] ?? 0) + 1;
      if (first < 0) first = i;
    });
    if (first >= 0) left.push({ entry, pattern: first });
    return first < 0;
  });
  return { kept, left, hits, unreadable };
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
  const middle = segments.slice(1, -1);
  return (name) => {
    const end = name.length - last.length;
    if (end < first.length || !fits(name, 0, first) || !fits(name, end, last)) return false;
    let at = first.length;
    for (const segment of middle) {
      const found = find(name, segment, at, end);
      if (found < 0) return false;
      at = found + segment.length;
    }
    return true;
  };
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

/** The leftmost place from `from` where `segment` fits and ends by `end`; -1 when none. */
function find(name: string, segment: Segment, from: number, end: number): number {
  if (segment.length === 0) return from;
  if (!segment.includes(undefined)) {
    const found = name.indexOf(segment.join(""), from);
    return found >= 0 && found + segment.length <= end ? found : -1;
  }
  return shiftAnd(name, segment, from, end);
}

/**
 * Shift-and: bit j of the state is set when the segment's first j + 1 positions fit the text
 * ending here. Each character shifts the state by one and keeps the bits its mask allows (a `?`
 * allows every character). Linear in the text, times the segment's length in 32-bit words.
 */
function shiftAnd(name: string, segment: Segment, from: number, end: number): number {
  const words = Math.ceil(segment.length / 32);
  const anyChar = new Uint32Array(words);
  const masks = new Map<string, Uint32Array>();
  segment.forEach((c, j) => {
    if (c === undefined) anyChar[j >>> 5]! |= 1 << (j & 31);
  });
  segment.forEach((c, j) => {
    if (c === undefined) return;
    let mask = masks.get(c);
    if (!mask) masks.set(c, (mask = Uint32Array.from(anyChar)));
    mask[j >>> 5]! |= 1 << (j & 31);
  });
  const state = new Uint32Array(words);
  const last = segment.length - 1;
  for (let i = from; i < end; i++) {
    const mask = masks.get(name[i] ?? "") ?? anyChar;
    let carry = 1;
    for (let w = 0; w < words; w++) {
      const word = state[w]!;
      state[w] = ((word << 1) | carry) & mask[w]!;
      carry = word >>> 31;
    }
    if (state[last >>> 5]! & (1 << (last & 31))) return i - last;
  }
  return -1;
}
