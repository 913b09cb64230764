// Serato's own history file, `_Serato_/History/Sessions/<n>.session`: one a session, rewritten as
// Serato plays, so a DJ can commit it without exporting anything. Serato does not document it;
// the layout here is the one the open-source programs that read it agree on (the README names
// them, and says the fixtures are built from this layout, not captured from Serato):
//
// - chunks of `[tag: 4 ASCII bytes][length: u32 big-endian][payload]`, the first a `vrsn` whose
//   payload is UTF-16BE text (`1.0/Serato Scratch LIVE Review`);
// - then an `oent` for each track loaded on a deck, holding one `adat` chunk of numbered fields,
//   `[field: u32][length: u32][value]`; texts are UTF-16BE ending in a NUL, numbers u32;
// - `oren` chunks hold a `uent` naming (by its row, field 1) an entry the DJ deleted from the
//   history; Serato drops them itself when it closes the session [what `uent` holds: read as a
//   u32 row by one reader only, unverified].
//
// Fields read: 1 row, 2 full path, 4 file name, 6 title, 7 artist, 8 album, 28 start time (Unix
// seconds; one reader allows a u64 there, so 8 bytes are read too), 50 played (one byte). An entry
// whose `played` is 0 was loaded on a deck but never played to the room: it is left out, as
// Traktor's headphone pre-listens are. Without the field, the entry is taken (the file does not
// say). Entries are put in order of their start time (the file lists them as they were loaded),
// and starts count from the first entry played.
//
// A binary file has no lines: every entry and problem is placed at line 1, and messages name the
// entry by its number and byte offset.
//
// The npm package seratolibraryparser reads these files too, but does not earn a place: it
// decodes the UTF-16BE texts as UTF-8, gives titles and artists without any time, reads past the
// end of a cut file (a throw), and the registry here does not serve it. The layout is small
// enough that a bounded reader of our own is shorter than the checks its answers would need.
import type { Span } from "../diagnostic.js";
import { FILE_START } from "../diagnostic.js";
import { Findings, MAX_TRACKLIST_ENTRIES, quote } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { MAX_LINE_LENGTH } from "./lines.js";
import { splitArtistTitle } from "./names.js";

const FIELD = {
  row: 1,
  path: 2,
  fileName: 4,
  title: 6,
  artist: 7,
  album: 8,
  startTime: 28,
  played: 50,
} as const;

/** True when the bytes start as a Serato session (or any Serato database file) does: `vrsn`. */
export function looksLikeSeratoSession(bytes: Uint8Array): boolean {
  return bytes[0] === 0x76 && bytes[1] === 0x72 && bytes[2] === 0x73 && bytes[3] === 0x6e;
}

interface Chunk {
  tag: string;
  /** Where its payload starts and ends in the file. */
  start: number;
  end: number;
}

interface SessionEntry {
  number: number;
  offset: number;
  row?: number;
  path?: string;
  fileName?: string;
  title?: string;
  artist?: string;
  album?: string;
  start?: number;
  played?: number;
}

export function readSeratoSession(bytes: Uint8Array, file: string): ReadResult {
  const findings = new Findings(file);
  const { chunks, damage } = readChunks(bytes, 0, bytes.length);
  const problem = versionProblem(bytes, chunks[0]);
  if (problem !== undefined) {
    findings.error(FILE_START, "serato-session", problem);
    return findings.result();
  }
  const { entries, count, skipped } = playedEntries(bytes, chunks);
  if (damage !== undefined) reportDamage(damage, count, findings);
  if (entries.length === 0) {
    const what = count === 0 ? "no track" : `${count} tracks loaded, none played to the room`;
    findings.error(
      FILE_START,
      "serato-session",
      `this session has ${what}: commit the session of the set, the newest in _Serato_/History/Sessions after playing`,
    );
  }
  findings.countSkipped(skipped);
  const timed = entries
    .filter((entry) => hasStart(entry, findings))
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const first = timed[0]?.start ?? 0;
  for (const entry of timed) takeEntry(entry, first, findings);
  return findings.result();
}

/**
 * Why the first chunk is no session header: Serato's crates and its library database share the
 * chunk format, with other version texts (`1.0/Serato ScratchLive Crate`, `2.0/Serato Scratch
 * LIVE Database`).
 */
function versionProblem(bytes: Uint8Array, version: Chunk | undefined): string | undefined {
  const text = version?.tag === "vrsn" ? utf16(bytes, version) : "";
  if (/Review/i.test(text)) return undefined;
  const what = /Crate/i.test(text)
    ? "a Serato crate"
    : /Database/i.test(text)
      ? "Serato's library database"
      : "a file that starts like Serato's but has no session header";
  return `this is ${what}, not a session history: commit the session file, _Serato_/History/Sessions/<n>.session`;
}

/**
 * The entries played to the room and not deleted, in file order; past one more than the cap they
 * are counted for the message, not kept. `count` is every entry loaded.
 */
function playedEntries(
  bytes: Uint8Array,
  chunks: readonly Chunk[],
): { entries: SessionEntry[]; count: number; skipped: number } {
  const deleted = new Set<number>();
  for (const chunk of chunks) if (chunk.tag === "oren") deletedRows(bytes, chunk, deleted);
  const entries: SessionEntry[] = [];
  let count = 0;
  let skipped = 0;
  for (const chunk of chunks) {
    if (chunk.tag !== "oent") continue;
    const entry = readEntry(bytes, chunk, ++count);
    if (entry.played === 0 || (entry.row !== undefined && deleted.has(entry.row))) continue;
    if (entries.length > MAX_TRACKLIST_ENTRIES) skipped++;
    else entries.push(entry);
  }
  return { entries, count, skipped };
}

/** Where the chunks of `[start, end)` stop making sense, if they do. */
interface Damage {
  offset: number;
  reason: string;
}

/** The chunks one after another, up to the first that does not fit (named in `damage`). */
function readChunks(
  bytes: Uint8Array,
  start: number,
  end: number,
): { chunks: Chunk[]; damage?: Damage } {
  const chunks: Chunk[] = [];
  let at = start;
  while (at < end) {
    if (end - at < 8) return { chunks, damage: { offset: at, reason: "a chunk header cut short" } };
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    if (!/^[a-z]{4}$/.test(tag))
      return { chunks, damage: { offset: at, reason: "bytes that are no chunk tag" } };
    const length = u32(bytes, at + 4);
    if (length > end - at - 8)
      return {
        chunks,
        damage: {
          offset: at,
          reason: `a ${tag} chunk of ${length} bytes with ${end - at - 8} left`,
        },
      };
    chunks.push({ tag, start: at + 8, end: at + 8 + length });
    at += 8 + length;
  }
  return { chunks };
}

function u32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}

const UTF16BE = new TextDecoder("utf-16be");

/** UTF-16BE text without its closing NUL(s). */
function utf16(bytes: Uint8Array, span: { start: number; end: number }): string {
  const text = UTF16BE.decode(bytes.subarray(span.start, span.end));
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return text.slice(0, end);
}

/** The fields of an `oent`'s `adat`; fields past a damaged one are not read. */
function readEntry(bytes: Uint8Array, chunk: Chunk, number: number): SessionEntry {
  const entry: SessionEntry = { number, offset: chunk.start - 8 };
  const adat = readChunks(bytes, chunk.start, chunk.end).chunks.find((c) => c.tag === "adat");
  if (!adat) return entry;
  let at = adat.start;
  while (adat.end - at >= 8) {
    const id = u32(bytes, at);
    const length = u32(bytes, at + 4);
    if (length > adat.end - at - 8) break;
    readField(bytes, { start: at + 8, end: at + 8 + length }, id, entry);
    at += 8 + length;
  }
  return entry;
}

function readField(
  bytes: Uint8Array,
  value: { start: number; end: number },
  id: number,
  entry: SessionEntry,
): void {
  const length = value.end - value.start;
  const text = () =>
    utf16(bytes, {
      start: value.start,
      end: Math.min(value.end, value.start + 2 * MAX_LINE_LENGTH),
    });
  switch (id) {
    case FIELD.row:
      if (length === 4) entry.row = u32(bytes, value.start);
      return;
    case FIELD.path:
      entry.path = text();
      return;
    case FIELD.fileName:
      entry.fileName = text();
      return;
    case FIELD.title:
      entry.title = text().trim();
      return;
    case FIELD.artist:
      entry.artist = text().trim();
      return;
    case FIELD.album:
      entry.album = text().trim();
      return;
    case FIELD.startTime:
      if (length === 4) entry.start = u32(bytes, value.start);
      else if (length === 8)
        entry.start = u32(bytes, value.start) * 2 ** 32 + u32(bytes, value.start + 4);
      return;
    case FIELD.played:
      if (length >= 1) entry.played = bytes[value.start];
      return;
  }
}

/** Rows named by the `uent` chunks of an `oren`: entries deleted from the history. */
function deletedRows(bytes: Uint8Array, chunk: Chunk, deleted: Set<number>): void {
  for (const inner of readChunks(bytes, chunk.start, chunk.end).chunks) {
    if (inner.tag === "uent" && inner.end - inner.start === 4) deleted.add(u32(bytes, inner.start));
  }
}

/**
 * Serato rewrites the file while it plays: a copy taken then can end inside an entry. The
 * entries before are read, and a warning says what was lost, as a player would go on.
 */
function reportDamage(damage: Damage, read: number, findings: Findings): void {
  findings.warn(
    FILE_START,
    "serato-session",
    `the file stops making sense at byte ${damage.offset} (${damage.reason}), after ${read} entries: they are read, anything after is not; if tracks are missing, copy the session again from _Serato_/History/Sessions once Serato is closed`,
  );
}

function hasStart(entry: SessionEntry, findings: Findings): boolean {
  if (entry.start !== undefined && entry.start > 0) return true;
  findings.error(
    FILE_START,
    "serato-session-start",
    `entry ${entry.number} (at byte ${entry.offset}${entry.title ? `, ${quote(entry.title)}` : ""}) has no start time (field 28): copy the session again from _Serato_/History/Sessions`,
  );
  return false;
}

function takeEntry(entry: SessionEntry, first: number, findings: Findings): void {
  const at: Span = FILE_START;
  const names = entryNames(entry);
  if (!names) {
    findings.error(
      at,
      "serato-artist",
      `entry ${entry.number} (at byte ${entry.offset}, ${quote(entry.title || entry.fileName || fileName(entry.path ?? ""))}) has no artist, and neither its title nor its file name is "Artist - Title": tag the track in Serato`,
    );
    return;
  }
  findings.track(
    at,
    (entry.start ?? first) - first,
    names.artist,
    names.song,
    entry.album || undefined,
  );
}

/** Artist and title from the tags; else a title or file name written `Artist - Title`. */
function entryNames(entry: SessionEntry): { artist: string; song: string } | undefined {
  if (entry.artist && entry.title) return { artist: entry.artist, song: entry.title };
  const name = (entry.fileName || fileName(entry.path ?? "")).replace(/\.[^.]+$/, "");
  return splitArtistTitle(entry.title ?? "") ?? splitArtistTitle(name);
}

/** The last part of a Windows or POSIX path. */
function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
