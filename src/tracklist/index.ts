// The entry point: which DJ program wrote a tracklist file, told by its content (the extension
// only breaks a tie), and its entries read by that format's reader.
import { FILE_START, compareDiagnostics, diagnosticAt } from "../diagnostic.js";
import { decodeTracklist } from "./decode.js";
import type { ReadResult } from "./findings.js";
import { looksLikeCue, readCue } from "./cue.js";
import { looksLikeText, readText } from "./text.js";
import type { ParsedTracklist, TracklistFormat } from "./types.js";

export type { ParsedTracklist, TracklistEntry, TracklistFormat } from "./types.js";

/** The formats read, as messages name them. */
export const FORMATS_READ =
  'a CUE sheet (.cue), a Traktor history (.nml), a Serato history (.csv), a VirtualDJ history (.m3u with #EXTVDJ lines, or tracklist.txt), or plain text with one "0:00 Artist - Title" a line';

interface Reader {
  format: TracklistFormat;
  /** Extensions that make this format win a tie. */
  extensions: readonly string[];
  matches(text: string): boolean;
  read(text: string, file: string): ReadResult;
}

/** In the order they are tried: the most distinctive content first, plain text last. */
const READERS: readonly Reader[] = [
  { format: "cue", extensions: ["cue"], matches: looksLikeCue, read: readCue },
  { format: "text", extensions: ["txt"], matches: looksLikeText, read: readText },
];

/** Reads a tracklist file of any format read; never throws. */
export function parseTracklist(bytes: Uint8Array, file: string): ParsedTracklist {
  const decoded = decodeTracklist(bytes);
  if (decoded.binary) {
    return failed(file, "tracklist-binary", binaryMessage(file, decoded.binary));
  }
  const text = decoded.text;
  const reader = pickReader(text, extension(file));
  if (!reader) return failed(file, "tracklist-format", unknownMessage(file, text));
  const { entries, diagnostics, warnings } = reader.read(text, file);
  return {
    format: reader.format,
    entries,
    diagnostics: diagnostics.sort(compareDiagnostics),
    warnings: warnings.sort(compareDiagnostics),
  };
}

function pickReader(text: string, ext: string): Reader | undefined {
  const matching = READERS.filter((reader) => reader.matches(text));
  return matching.find((reader) => reader.extensions.includes(ext)) ?? matching[0];
}

function extension(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function failed(file: string, rule: string, message: string): ParsedTracklist {
  return {
    entries: [],
    diagnostics: [diagnosticAt(file, FILE_START, rule, message)],
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
  return `${what}${hint}; a tracklist is ${FORMATS_READ}`;
}

/** What a file with this extension lacked, when its content matched nothing. */
const EXTENSION_HINTS: Record<string, string> = {
  cue: " (no TRACK with an INDEX line, as a CUE sheet has)",
  nml: " (no Traktor <NML> document)",
  csv: ' (no Serato header with "name", "artist" and "start time" columns)',
  m3u: " (an M3U playlist without VirtualDJ's #EXTVDJ lines has no start times)",
  m3u8: " (an M3U playlist without VirtualDJ's #EXTVDJ lines has no start times)",
  txt: ' (no line starts with a time, as in "0:00 Artist - Title")',
};
