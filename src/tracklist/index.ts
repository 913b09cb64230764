// The entry point: which DJ program wrote a tracklist file, told by its content (the extension
// only breaks a tie), and its entries read by that format's reader.
import { FILE_START, compareDiagnostics, diagnosticAt } from "../diagnostic.js";
import { decodeTracklist } from "./decode.js";
import type { ReadResult } from "./findings.js";
import { looksLikeCue, readCue } from "./cue.js";
import { looksLikeText, readText } from "./text.js";
import { looksLikeNml, readTraktor } from "./traktor.js";
import { looksLikeSerato, readSerato } from "./serato.js";
import {
  looksLikeVirtualDjM3u,
  looksLikeVirtualDjTxt,
  readVirtualDjM3u,
  readVirtualDjTxt,
} from "./virtualdj.js";
import { looksLikeRekordboxTxt, readRekordboxTxt } from "./rekordbox.js";
import { looksLikeSeratoSession, readSeratoSession } from "./serato-session.js";
import { MAX_LINES, MAX_LINE_LENGTH, forgetLines, lineProblem } from "./lines.js";
import type { TracklistRule } from "./rules.js";
import type { ParsedTracklist, TracklistFormat } from "./types.js";

export type { ParsedTracklist, TracklistEntry, TracklistFormat } from "./types.js";
export { TRACKLIST_RULES } from "./rules.js";
export type { TracklistRule } from "./rules.js";

/** The formats read, as messages name them. */
export const FORMATS_READ =
  'a CUE sheet (.cue), a Traktor history (.nml), a Serato history (.csv export, or the .session file itself), a VirtualDJ history (.m3u with #EXTVDJ lines, or tracklist.txt), or plain text with one "0:00 Artist - Title" a line';

interface Reader {
  format: TracklistFormat;
  /** Extensions that make this format win a tie. */
  extensions: readonly string[];
  matches(text: string): boolean;
  read(text: string, file: string): ReadResult;
}

/** In the order they are tried: the most distinctive content first, plain text last. */
const READERS: readonly Reader[] = [
  { format: "traktor-nml", extensions: ["nml"], matches: looksLikeNml, read: readTraktor },
  { format: "cue", extensions: ["cue"], matches: looksLikeCue, read: readCue },
  {
    format: "virtualdj-m3u",
    extensions: ["m3u", "m3u8"],
    matches: looksLikeVirtualDjM3u,
    read: readVirtualDjM3u,
  },
  {
    format: "rekordbox-txt",
    extensions: ["txt"],
    matches: looksLikeRekordboxTxt,
    read: readRekordboxTxt,
  },
  { format: "serato-csv", extensions: ["csv"], matches: looksLikeSerato, read: readSerato },
  {
    format: "virtualdj-txt",
    extensions: ["txt"],
    matches: looksLikeVirtualDjTxt,
    read: readVirtualDjTxt,
  },
  { format: "text", extensions: ["txt"], matches: looksLikeText, read: readText },
];

/** Reads a tracklist file of any format read; never throws. */
export function parseTracklist(bytes: Uint8Array, file: string): ParsedTracklist {
  if (looksLikeSeratoSession(bytes))
    return sorted("serato-session", readSeratoSession(bytes, file));
  const decoded = decodeTracklist(bytes);
  if (decoded.binary) {
    return failed(file, "tracklist-binary", binaryMessage(file, decoded.binary));
  }
  const text = decoded.text;
  const lines = lineProblem(text);
  if (lines?.kind === "long")
    return failed(file, "tracklist-long-line", longLineMessage(lines.length), lines.number);
  if (lines?.kind === "many") return failed(file, "tracklist-lines", manyLinesMessage(lines.count));
  try {
    const reader = pickReader(text, extension(file));
    if (!reader) return failed(file, "tracklist-format", unknownMessage(file, text));
    return sorted(reader.format, reader.read(text, file));
  } finally {
    forgetLines();
  }
}

function sorted(format: TracklistFormat, { entries, diagnostics, warnings }: ReadResult) {
  return {
    format,
    entries,
    diagnostics: diagnostics.sort(compareDiagnostics),
    warnings: warnings.sort(compareDiagnostics),
  };
}

function manyLinesMessage(count: number): string {
  return `this file has ${count.toLocaleString("en")} lines; a tracklist may have at most ${MAX_LINES.toLocaleString("en")} (a Traktor history, the longest, has about 25 a track): is this the right file?`;
}

function longLineMessage(length: number): string {
  const size = `${Math.round(length / 1024).toLocaleString("en")} KiB`;
  return `this line is ${size} long; no DJ program writes a line longer than a few hundred characters, and a tracklist line may be at most ${MAX_LINE_LENGTH / 1024} KiB: is this the right file?`;
}

/**
 * The first reader, in order, whose format the content matches; when that format does not own the
 * file's extension, a later match that does wins the tie (so a file that reads both as a
 * VirtualDJ 7 history and as plain text is whichever its name says).
 */
function pickReader(text: string, ext: string): Reader | undefined {
  const first = READERS.findIndex((reader) => reader.matches(text));
  const found = READERS[first];
  if (!found || found.extensions.includes(ext)) return found;
  const owner = READERS.slice(first + 1).find(
    (reader) => reader.extensions.includes(ext) && reader.matches(text),
  );
  return owner ?? found;
}

function extension(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function failed(file: string, rule: TracklistRule, message: string, line = 1): ParsedTracklist {
  const at = line === 1 ? FILE_START : { line, column: 1, endLine: line, endColumn: 1 };
  return {
    entries: [],
    diagnostics: [diagnosticAt(file, at, rule, message)],
    warnings: [],
  };
}

function binaryMessage(file: string, at: { offset: number; byte: number }): string {
  const hex = at.byte.toString(16).toUpperCase().padStart(2, "0");
  const ext = extension(file);
  const renamed = ext ? `: is it another file (audio, a picture) renamed .${ext}?` : ".";
  return `this is not a text file (byte 0x${hex} at offset ${at.offset})${renamed} A tracklist is ${FORMATS_READ}`;
}

function unknownMessage(file: string, text: string): string {
  const ext = extension(file);
  const what =
    text.trim() === "" ? "the file is empty" : "the file is none of the tracklist formats read";
  const hint = EXTENSION_HINTS[ext] ?? "";
  return `${what}${hint}: use one of the formats read, ${FORMATS_READ}`;
}

/** What a file with this extension lacked, when its content matched nothing. */
const EXTENSION_HINTS: Record<string, string> = {
  cue: " (no TRACK with an INDEX line, as a CUE sheet has)",
  nml: " (no Traktor <NML> document)",
  csv: ' (no Serato header with a "name" column and another of Serato\'s, such as "start time")',
  m3u: " (an M3U playlist without VirtualDJ's #EXTVDJ lines has no start times)",
  m3u8: " (an M3U playlist without VirtualDJ's #EXTVDJ lines has no start times)",
  txt: ' (no line starts with a time, as in "0:00 Artist - Title")',
};
