// Traktor history (`History/history_*.nml`, XML). The PLAYLIST's ENTRY elements are the history
// in play order; each names its track by PRIMARYKEY (VOLUME + DIR + FILE, joined as Traktor
// writes them), which is looked up in the COLLECTION for artist, title and album.
//
// - STARTTIME is seconds since midnight; starts count from the first entry played to the room,
//   across midnight. STARTDATE is not used: its packing (y << 16 | m << 8 | d) is not documented,
//   and a set is shorter than the twelve hours by which a step back means the next day.
// - PLAYEDPUBLIC="0" is a headphone pre-listen: left out.
// - A playlist exported from Traktor's browser is an NML too, with the same PLAYLIST of ENTRY
//   elements but no EXTENDEDDATA: when no entry has a STARTTIME, one error says it is a playlist
//   and where the history is, instead of one error an entry.
// - The XML is read as events with offsets (./xml.ts): each entry's span is where its element is.
import { DayClock } from "./clock.js";
import { Findings, escapeText, quote } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { Offsets } from "./lines.js";
import { splitArtistTitle } from "./names.js";
import { readXml } from "./xml.js";
import type { Attributes, XmlHandler } from "./xml.js";
import { FILE_START } from "../diagnostic.js";
import type { Span } from "../diagnostic.js";

interface Track {
  artist?: string;
  title?: string;
  album?: string;
  file: string;
}

/** A PLAYLIST's ENTRY: its PRIMARYKEY and EXTENDEDDATA attributes, and where it is. */
interface HistoryEntry {
  key?: Attributes;
  data?: Attributes;
  start: number;
  end: number;
}

/**
 * Only the attributes read: the rest of Traktor's metadata (tempo, key, loudness, cue points) is
 * most of a file.
 */
const ATTRIBUTES_READ = new Set([
  "ARTIST",
  "TITLE",
  "VOLUME",
  "DIR",
  "FILE",
  "KEY",
  "PLAYEDPUBLIC",
  "STARTTIME",
]);

export function looksLikeNml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?<NML[\s>]/.test(text);
}

export function readTraktor(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const offsets = new Offsets(text);
  const nml = new NmlReader();
  const problem = readXml(text, ATTRIBUTES_READ, nml);
  if (problem) {
    findings.error(
      offsets.span(problem.offset, problem.offset),
      "traktor-xml",
      `${escapeText(problem.message)}: the file is cut short or damaged; copy it again from Traktor's History folder`,
    );
    return findings;
  }
  const history = findHistory(nml.playlists, offsets, findings);
  if (!history) return findings;
  const first = history[0];
  if (first && history.every((entry) => entry.data?.STARTTIME === undefined)) {
    findings.error(
      offsets.span(first.start, first.end),
      "traktor-playlist",
      "this is a Traktor playlist export, not a history: none of its entries has a play time (STARTTIME); commit the history Traktor writes for each session instead, Documents/Native Instruments/Traktor <version>/History/history_YYYY_MM_DD_hh_mmss.nml",
    );
    return findings;
  }
  const clock = new DayClock();
  for (const entry of history)
    readEntry(entry, offsets.span(entry.start, entry.end), nml.tracks, clock, findings);
  return findings.result();
}

/**
 * What the history needs out of the NML: the tracks of `NML > COLLECTION > ENTRY` by their key
 * (VOLUME + DIR + FILE of their LOCATION), and the entries of every PLAYLIST under
 * `NML > PLAYLISTS`, at any depth of NODEs, in document order.
 */
class NmlReader implements XmlHandler {
  readonly tracks = new Map<string, Track>();
  readonly playlists: HistoryEntry[][] = [];
  private section: "COLLECTION" | "PLAYLISTS" | undefined;
  private track: { entry: Attributes; location?: Attributes; album?: Attributes } | undefined;
  private playlist: { depth: number; entries: HistoryEntry[] } | undefined;
  private entry: HistoryEntry | undefined;

  open(name: string, attributes: Attributes, depth: number, start: number): void {
    if (depth === 2 && (name === "COLLECTION" || name === "PLAYLISTS")) this.section = name;
    else if (this.section === "COLLECTION") this.openInCollection(name, attributes, depth);
    else if (this.section === "PLAYLISTS") this.openInPlaylists(name, attributes, depth, start);
  }

  close(_name: string, depth: number, end: number): void {
    if (depth === 2) {
      this.section = undefined;
    } else if (this.track && depth === 3) {
      this.addTrack(this.track);
      this.track = undefined;
    } else if (this.playlist && this.entry && depth === this.playlist.depth + 1) {
      this.entry.end = end;
      this.playlist.entries.push(this.entry);
      this.entry = undefined;
    } else if (this.playlist && depth === this.playlist.depth) {
      if (this.playlist.entries.length > 0) this.playlists.push(this.playlist.entries);
      this.playlist = undefined;
    }
  }

  private openInCollection(name: string, attributes: Attributes, depth: number): void {
    if (depth === 3 && name === "ENTRY") this.track = { entry: attributes };
    else if (this.track && depth === 4 && name === "LOCATION") this.track.location ??= attributes;
    else if (this.track && depth === 4 && name === "ALBUM") this.track.album ??= attributes;
  }

  private openInPlaylists(
    name: string,
    attributes: Attributes,
    depth: number,
    start: number,
  ): void {
    const playlist = this.playlist;
    if (!playlist) {
      if (name === "PLAYLIST") this.playlist = { depth, entries: [] };
    } else if (depth === playlist.depth + 1 && name === "ENTRY") {
      this.entry = { start, end: start };
    } else if (this.entry && depth === playlist.depth + 2) {
      if (name === "PRIMARYKEY") this.entry.key ??= attributes;
      else if (name === "EXTENDEDDATA") this.entry.data ??= attributes;
    }
  }

  private addTrack(track: { entry: Attributes; location?: Attributes; album?: Attributes }): void {
    const location = track.location;
    if (!location) return;
    this.tracks.set(`${location.VOLUME ?? ""}${location.DIR ?? ""}${location.FILE ?? ""}`, {
      artist: text(track.entry.ARTIST),
      title: text(track.entry.TITLE),
      album: text(track.album?.TITLE),
      file: location.FILE ?? "",
    });
  }
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The history: the first PLAYLIST with entries (a warning when there are more). */
function findHistory(
  playlists: HistoryEntry[][],
  offsets: Offsets,
  findings: Findings,
): HistoryEntry[] | undefined {
  const [entries, next] = playlists;
  if (!entries) {
    findings.error(
      FILE_START,
      "traktor-history",
      "this Traktor file has no PLAYLIST with entries: use a history file from Traktor's History folder (history_YYYY_MM_DD_….nml)",
    );
    return undefined;
  }
  const second = next?.[0];
  if (second) {
    findings.warn(
      offsets.span(second.start, second.end),
      "traktor-history",
      `this file has ${playlists.length} playlists with entries; only the first (${entries.length} entries) is read: commit the history file of the one set`,
    );
  }
  return entries;
}

function readEntry(
  entry: HistoryEntry,
  span: Span,
  collection: Map<string, Track>,
  clock: DayClock,
  findings: Findings,
): void {
  const data = entry.data ?? {};
  if (data.PLAYEDPUBLIC === "0") return;
  const key = entry.key?.KEY ?? "";
  const startTime = data.STARTTIME;
  if (startTime === undefined || !/^\d+$/.test(startTime) || Number(startTime) >= 86_400) {
    findings.error(
      span,
      "traktor-starttime",
      `this history entry has no STARTTIME (seconds since midnight)${startTime === undefined ? "" : `, ${quote(startTime)}`}: export the history again from Traktor`,
    );
    return;
  }
  const start = clock.next(Number(startTime));
  const track = collection.get(key);
  if (!track) {
    findings.error(
      span,
      "traktor-key",
      `the track ${quote(key, 120)} of this history entry is not in the file's COLLECTION: export the history again from Traktor`,
    );
    return;
  }
  const names = trackNames(track);
  if (!names) {
    findings.error(
      span,
      "traktor-artist",
      `${quote(track.title ?? track.file)} has no artist in Traktor: tag the file (or name it "Artist - Title"), then export the history again`,
    );
    return;
  }
  findings.track(span, start, names.artist, names.song, track.album);
}

/** Artist and title from the tags; an untagged track from its title or file name as `Artist - Title`. */
function trackNames(track: Track): { artist: string; song: string } | undefined {
  if (track.artist && track.title) return { artist: track.artist, song: track.title };
  return (
    splitArtistTitle(track.title ?? "") ?? splitArtistTitle(track.file.replace(/\.[^.]+$/, ""))
  );
}
