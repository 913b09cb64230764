// Traktor history (`History/history_*.nml`, XML). The PLAYLIST's ENTRY elements are the history
// in play order; each names its track by PRIMARYKEY (VOLUME + DIR + FILE, joined as Traktor
// writes them), which is looked up in the COLLECTION for artist, title and album.
//
// - STARTTIME is seconds since midnight; starts count from the first entry played to the room,
//   across midnight. STARTDATE is not used: its packing (y << 16 | m << 8 | d) is not documented,
//   and a set is shorter than the twelve hours by which a step back means the next day.
// - PLAYEDPUBLIC="0" is a headphone pre-listen: left out.
// - fast-xml-parser gives no positions, so each entry's line comes from the offset of its `<ENTRY`
//   in the text, matched in order with the parsed entries.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DayClock } from "./clock.js";
import { Findings } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { Offsets } from "./lines.js";
import { decodeXmlEntities, splitArtistTitle } from "./names.js";
import type { Span } from "../diagnostic.js";

type Attrs = Record<string, string | undefined>;
interface XmlEntry {
  ARTIST?: string;
  TITLE?: string;
  LOCATION?: Attrs;
  ALBUM?: Attrs;
  PRIMARYKEY?: Attrs;
  EXTENDEDDATA?: Attrs;
}
interface Track {
  artist?: string;
  title?: string;
  album?: string;
  file: string;
}

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

/** Elements that may repeat, as arrays even when there is one. */
const ARRAYS = new Set(["ENTRY", "NODE", "PLAYLIST"]);

const parser = new XMLParser({
  // Only the attributes read below: the rest of Traktor's metadata (tempo, key, loudness, cue
  // points) is most of a file and a fifth of the time spent building objects.
  ignoreAttributes: (name: string) => !ATTRIBUTES_READ.has(name),
  attributeNamePrefix: "",
  // Entities are decoded below, numeric references included, which the parser leaves as written.
  processEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ARRAYS.has(name),
});

export function looksLikeNml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?<NML[\s>]/.test(text);
}

export function readTraktor(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const offsets = new Offsets(text);
  const invalid = XMLValidator.validate(text);
  if (invalid !== true) {
    reportBrokenXml(invalid.err, text, offsets, findings);
    return findings;
  }
  const nml = (
    parser.parse(text) as { NML?: { COLLECTION?: { ENTRY?: XmlEntry[] }; PLAYLISTS?: unknown } }
  ).NML;
  const collection = collectionByKey(nml?.COLLECTION?.ENTRY ?? []);
  const playlists = findPlaylists(nml?.PLAYLISTS);
  const spans = playlistEntrySpans(text, offsets);
  const played = playlists[0] ?? [];
  if (played.length === 0) {
    findings.error(
      offsets.span(0, 0),
      "traktor-history",
      "this Traktor file has no PLAYLIST with entries: use a history file from Traktor's History folder (history_YYYY_MM_DD_….nml)",
    );
    return findings;
  }
  if (playlists.length > 1) {
    findings.warn(
      spans[played.length] ?? offsets.span(0, 0),
      "traktor-history",
      `this file has ${playlists.length} playlists; only the first (the history, ${played.length} entries) is read`,
    );
  }
  const clock = new DayClock();
  played.forEach((entry, i) =>
    readEntry(entry, spans[i] ?? offsets.span(0, 0), collection, clock, findings),
  );
  return findings;
}

function reportBrokenXml(
  err: { code: string; msg: string; line: number; col: number },
  text: string,
  offsets: Offsets,
  findings: Findings,
): void {
  // An element left open (the usual sign of a file cut short) is reported by the validator at
  // 1:1; the place where it shows is the end of the file.
  const unclosed = err.code === "InvalidXml" && /^Invalid '\[/.test(err.msg);
  const end = text.trimEnd().length;
  const at: Span = unclosed
    ? offsets.span(end, end)
    : { line: err.line, column: err.col, endLine: err.line, endColumn: err.col + 1 };
  const what = unclosed
    ? "the XML ends before its elements are closed"
    : `the XML is broken here (${err.msg.replace(/\s+/g, " ")})`;
  findings.error(
    at,
    "traktor-xml",
    `${what}: the file is cut short or damaged; copy it again from Traktor's History folder`,
  );
}

function collectionByKey(entries: XmlEntry[]): Map<string, Track> {
  const tracks = new Map<string, Track>();
  for (const entry of entries) {
    const location = entry.LOCATION;
    if (!location) continue;
    const key = `${location.VOLUME ?? ""}${location.DIR ?? ""}${location.FILE ?? ""}`;
    tracks.set(decodeXmlEntities(key), {
      artist: text(entry.ARTIST),
      title: text(entry.TITLE),
      album: text(entry.ALBUM?.TITLE),
      file: decodeXmlEntities(location.FILE ?? ""),
    });
  }
  return tracks;
}

function text(value: string | undefined): string | undefined {
  const decoded = value === undefined ? undefined : decodeXmlEntities(value).trim();
  return decoded ? decoded : undefined;
}

/** The PLAYLIST entry lists under NODE elements, at any depth, in document order. */
function findPlaylists(node: unknown): XmlEntry[][] {
  const found: XmlEntry[][] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    for (const [name, child] of Object.entries(value)) {
      if (name === "PLAYLIST") {
        for (const playlist of child as Array<{ ENTRY?: XmlEntry[] }>)
          if (playlist.ENTRY?.length) found.push(playlist.ENTRY);
      } else visit(child);
    }
  };
  visit(node);
  return found;
}

/** Spans of the `<ENTRY …>…</ENTRY>` elements inside PLAYLIST elements, in document order. */
function playlistEntrySpans(text: string, offsets: Offsets): Span[] {
  const spans: Span[] = [];
  const playlists = /<PLAYLIST[\s>][\s\S]*?<\/PLAYLIST>/g;
  for (let list = playlists.exec(text); list; list = playlists.exec(text)) {
    const entries = /<ENTRY[\s>][\s\S]*?<\/ENTRY>|<ENTRY[^>]*\/>/g;
    const body = list[0];
    for (let e = entries.exec(body); e; e = entries.exec(body)) {
      spans.push(offsets.span(list.index + e.index, list.index + e.index + e[0].length));
    }
  }
  return spans;
}

function readEntry(
  entry: XmlEntry,
  span: Span,
  collection: Map<string, Track>,
  clock: DayClock,
  findings: Findings,
): void {
  const data = entry.EXTENDEDDATA ?? {};
  if (data.PLAYEDPUBLIC === "0") return;
  const key = decodeXmlEntities(entry.PRIMARYKEY?.KEY ?? "");
  const startTime = data.STARTTIME;
  if (startTime === undefined || !/^\d+$/.test(startTime) || Number(startTime) >= 86_400) {
    findings.error(
      span,
      "traktor-starttime",
      `this history entry has no STARTTIME (seconds since midnight)${startTime === undefined ? "" : `, "${startTime}"`}: export the history again from Traktor`,
    );
    return;
  }
  const start = clock.next(Number(startTime));
  const track = collection.get(key);
  if (!track) {
    findings.error(
      span,
      "traktor-key",
      `the track "${key}" of this history entry is not in the file's COLLECTION: export the history again from Traktor`,
    );
    return;
  }
  const names = trackNames(track);
  if (!names) {
    findings.error(
      span,
      "traktor-artist",
      `"${track.title ?? track.file}" has no artist in Traktor: tag the file (or name it "Artist - Title"), then export the history again`,
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
