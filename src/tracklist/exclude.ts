// `tracklist_exclude` (and `mixcloud-publish tracklist --exclude`): the entries of a tracklist
// file to leave out — a radio playout log's jingles, station idents and adverts.
import picomatch from "picomatch";
import type { TracklistEntry } from "./types.js";
import { errorMessage } from "../errors.js";

export interface Exclusion {
  kept: TracklistEntry[];
  /** The entries left out, in order, each with the first pattern (its index) that matched it. */
  left: Array<{ entry: TracklistEntry; pattern: number }>;
  /** How many entries each pattern matched, index for index. */
  hits: number[];
  /** Patterns that cannot be compiled, with why; they match nothing. */
  unreadable: Array<{ index: number; reason: string }>;
}

/**
 * Leaves out the entries whose `Artist - Title` (a chapter: its text) matches one of the glob
 * patterns, ignoring case. `*` matches any text, `/` included (as in `AC/DC`): names are not
 * paths. A leading `!` is a character like any other, not a negation.
 */
export function excludeEntries(
  entries: readonly TracklistEntry[],
  patterns: readonly string[],
): Exclusion {
  const unreadable: Exclusion["unreadable"] = [];
  const matchers = patterns.map((pattern, index) => {
    try {
      return picomatch(noSlash(pattern), { nocase: true, dot: true, nonegate: true });
    } catch (error) {
      unreadable.push({ index, reason: errorMessage(error) });
      return () => false;
    }
  });
  const hits = patterns.map(() => 0);
  const left: Exclusion["left"] = [];
  const kept = entries.filter((entry) => {
    const name = noSlash(entryName(entry));
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

/** picomatch keeps `*` from crossing `/`; a name's slashes become a look-alike that it crosses. */
function noSlash(text: string): string {
  return text.replaceAll("/", "\u2215");
}
