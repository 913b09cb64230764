// Mixcloud's licensing rules (MIXCLOUD_API.md, "Mixcloud's rules"): the US sound recording
// performance complement, which Mixcloud applies to every upload. At most 4 tracks by one
// artist and 3 of them in a row; at most 3 tracks from one album and 2 of them in a row. A show
// that breaks them can be muted or taken down, so each breach is reported at the track that
// breaks the limit, before anything is uploaded.
import type { Diagnostic } from "../../diagnostic.js";
import { warningAt } from "../../diagnostic.js";
import type { Section } from "../types.js";
import { artistKey, comparableName, primaryArtist } from "./artist.js";
import type { MixcloudRuleId } from "./ids.js";
import type { LocatedCloudcast } from "./located.js";
import { sectionPlace } from "./located.js";

export const LICENSING_LIMITS = {
  artistPerShow: 4,
  artistInARow: 3,
  albumPerShow: 3,
  albumInARow: 2,
} as const;

type Track = Extract<Section, { kind: "track" }>;

/** A track with its place in the show's sections (chapters are not recordings: they are skipped). */
interface Indexed {
  track: Track;
  index: number;
}

/** What one rule groups tracks by, and how it names the group and the limit. */
interface Grouping {
  key: (track: Track) => string | undefined;
  /** `by "Moodymann"`, `from the album "Silentintroduction"`. */
  phrase: (track: Track) => string;
  /** `by one artist`, `from one album`. */
  one: string;
  what: "artist" | "album";
}

const BY_ARTIST: Grouping = {
  key: (t) => artistKey(t.artist),
  phrase: (t) => `by ${quoted(primaryArtist(t.artist))}`,
  one: "by one artist",
  what: "artist",
};

const BY_ALBUM: Grouping = {
  key: (t) => (t.album === undefined ? undefined : comparableName(t.album)),
  phrase: (t) => `from the album ${quoted(t.album ?? "")}`,
  one: "from one album",
  what: "album",
};

/** Every breach of the licensing rules in one show, as warnings in the order of its tracks. */
export function licensingWarnings(located: LocatedCloudcast): Diagnostic[] {
  const tracks: Indexed[] = [];
  located.cloudcast.sections.forEach((section, index) => {
    if (section.kind === "track") tracks.push({ track: section, index });
  });
  const byArtist = keyed(tracks, BY_ARTIST);
  const byAlbum = keyed(tracks, BY_ALBUM);
  const found = [
    ...perShow(byArtist, BY_ARTIST, LICENSING_LIMITS.artistPerShow),
    ...inARow(byArtist, BY_ARTIST, LICENSING_LIMITS.artistInARow),
    ...perShow(byAlbum, BY_ALBUM, LICENSING_LIMITS.albumPerShow),
    ...inARow(byAlbum, BY_ALBUM, LICENSING_LIMITS.albumInARow),
  ];
  found.sort((a, b) => a.at.index - b.at.index);
  return found.map(({ at, rule, message }) => {
    const place = sectionPlace(located, at.index);
    return warningAt(place.file, place, rule, message);
  });
}

/** A track with the key it counts under for one rule ("" when it does not count: no album). */
interface Keyed extends Indexed {
  key: string;
}

/** Each track's key, worked out once for both rules of a grouping. */
function keyed(tracks: readonly Indexed[], by: Grouping): Keyed[] {
  return tracks.map(({ track, index }) => ({ track, index, key: by.key(track) ?? "" }));
}

interface Breach {
  at: Indexed;
  rule: MixcloudRuleId;
  message: string;
}

/** The track past the limit for each group that has more tracks in the show than it allows. */
function perShow(tracks: readonly Keyed[], by: Grouping, limit: number): Breach[] {
  const seen = new Map<string, Keyed[]>();
  for (const entry of tracks) {
    if (entry.key === "") continue;
    const list = seen.get(entry.key) ?? [];
    list.push(entry);
    seen.set(entry.key, list);
  }
  const breaches: Breach[] = [];
  for (const list of seen.values()) {
    const first = list[limit];
    if (first === undefined) continue;
    breaches.push({
      at: first,
      rule: `licensing-${by.what}` as const,
      message: `the ${ordinal(limit + 1)} track ${by.phrase(first.track)} in this show (${list.length} in all): Mixcloud's licensing rules allow at most ${limit} tracks ${by.one} per show, and a show that breaks them can be muted or taken down; leave ${list.length - limit === 1 ? "one" : list.length - limit} out`,
    });
  }
  return breaches;
}

/** The track past the limit in each run of consecutive tracks of one group longer than it allows. */
function inARow(tracks: readonly Keyed[], by: Grouping, limit: number): Breach[] {
  const breaches: Breach[] = [];
  let runKey = "";
  let runLength = 0;
  for (const entry of tracks) {
    const key = entry.key;
    runLength = key !== "" && key === runKey ? runLength + 1 : 1;
    runKey = key;
    if (key === "" || runLength !== limit + 1) continue;
    breaches.push({
      at: entry,
      rule: `licensing-${by.what}-in-a-row` as const,
      message: `the ${ordinal(limit + 1)} track in a row ${by.phrase(entry.track)}: Mixcloud's licensing rules allow at most ${limit} tracks ${by.one} in a row, and a show that breaks them can be muted or taken down; play something else in between`,
    });
  }
  return breaches;
}

/** `3rd`, `4th`, `5th`: the limits here are small numbers. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** A name from the file, on one line and short enough for a message: `"Moodymann"`. */
function quoted(name: string): string {
  const line = name.replace(/\s+/gu, " ").trim();
  const chars = [...line];
  return JSON.stringify(chars.length > 100 ? `${chars.slice(0, 99).join("")}…` : line);
}
