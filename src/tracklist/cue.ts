// CUE sheets: Mixxx and rekordbox recordings, Myriad playout logs, foobar2000/EAC, hand-made.
//
// Rules chosen here (the README says the same):
// - A track starts at its `INDEX 01`; `INDEX 00` (the pregap) is not the start.
// - `mm:ss:ff` counts frames of 1/75 s; they round to the nearest second, half up: ff 0–37 keep
//   the second, ff 38–74 (≥ half a second) make it the next. Minutes may exceed 99 (Myriad).
//   Frame 75 (Myriad rounds up without carrying) is the next second, with a warning.
// - A sheet that says `REM RECORDED_BY "rekordbox…"` writes `INDEX 01 hh:mm:ss` (no frames).
// - Starts are positions in the recording, kept as written: a first index that is not 0 (Mixxx
//   after a recording restart) stays where it is, since that is where the track plays.
// - Artist: the track's PERFORMER; else its TITLE split at ` - ` (rekordbox writes `Artist -
//   Title` there); else the sheet-level PERFORMER (for a DJ's recording that is the DJ, so a
//   title that names its artist wins). A TITLE starting with its own PERFORMER and ` - ` loses
//   that prefix.
// - The same track twice in a row (rekordbox, when two decks blend it) is one track, at the first
//   start.
import type { Span } from "../diagnostic.js";
import { formatStartTime } from "../cloudcast/start-time.js";
import { Findings, MAX_TRACKLIST_ENTRIES, escapeText, quote } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { lineSpan, linesSpan, partSpan, splitLines } from "./lines.js";
import type { Line } from "./lines.js";
import { isSpace, splitArtistTitle } from "./names.js";

/** Commands read or knowingly passed over; anything else is reported as a warning. */
const KNOWN = new Set([
  "REM",
  "FILE",
  "TRACK",
  "TITLE",
  "PERFORMER",
  "INDEX",
  "CATALOG",
  "CDTEXTFILE",
  "FLAGS",
  "ISRC",
  "PREGAP",
  "POSTGAP",
  "SONGWRITER",
  "GENRE",
  "DATE",
  "COMPOSER",
  "ARRANGER",
  "MESSAGE",
  "DISC_ID",
  "UPC_EAN",
  "TOC_INFO1",
  "TOC_INFO2",
  "SIZE_INFO",
]);

/** Commands that belong to the TRACK above them (FILE and REM may also open the next one). */
const IN_TRACK = new Set([
  "TITLE",
  "PERFORMER",
  "INDEX",
  "ISRC",
  "FLAGS",
  "PREGAP",
  "POSTGAP",
  "SONGWRITER",
]);

interface CueTrack {
  number: string;
  first: Line;
  last: Line;
  file: string | undefined;
  title?: string;
  performer?: string;
  index01?: { seconds: number; line: Line };
  /** INDEX 01 was there but unreadable (already reported). */
  index01Broken?: boolean;
  index00?: Line;
}

interface Sheet {
  performer?: string;
  rekordbox: boolean;
  file?: string;
  tracks: CueTrack[];
  /**
   * TRACKs past one more than the cap on entries: counted, not read, so that a hostile sheet of
   * 400,000 tracks costs no more than one the cap refuses anyway.
   */
  skipped: number;
}

/** True when the text looks like a CUE sheet: a `TRACK nn AUDIO` line and an `INDEX` or `FILE` line. */
export function looksLikeCue(text: string): boolean {
  return /^[ \t]*TRACK[ \t]+\d+[ \t]+\w+/im.test(text) && /^[ \t]*(INDEX|FILE)[ \t]/im.test(text);
}

export function readCue(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const lines = splitLines(text);
  const sheet: Sheet = { rekordbox: lines.some(isRekordboxRem), tracks: [], skipped: 0 };
  for (const line of lines) readLine(line, sheet, findings);
  const placed: Placed = { start: 0 };
  for (const track of sheet.tracks) placeTrack(track, sheet, placed, findings);
  findings.countSkipped(sheet.skipped);
  return findings.result();
}

/** What the tracks before this one left: the last start, its FILE, and the last entry taken. */
interface Placed {
  start: number;
  file?: string | undefined;
  entry?: { artist: string; song: string };
}

function placeTrack(track: CueTrack, sheet: Sheet, placed: Placed, findings: Findings): void {
  const entry = trackEntry(track, sheet, findings);
  if (!entry || !track.index01) return;
  const start = track.index01.seconds;
  if (placed.entry && track.file !== placed.file && start <= placed.start) {
    findings.error(
      lineSpan(track.index01.line),
      "cue-file",
      `TRACK ${track.number} starts at ${formatStartTime(start)} in another FILE, not after the previous track's ${formatStartTime(placed.start)}: this sheet splits an album into files; use the CUE sheet of the one recording of the show`,
    );
    return;
  }
  const repeated = placed.entry && sameTrack(placed.entry, entry);
  Object.assign(placed, { start, file: track.file, entry });
  if (!repeated) {
    findings.track(linesSpan(track.first, track.last), start, entry.artist, entry.song);
  }
}

function isRekordboxRem(line: Line): boolean {
  return /^\s*REM\s+RECORDED_BY\s+"?rekordbox/i.test(line.text);
}

function readLine(line: Line, sheet: Sheet, findings: Findings): void {
  const trimmed = line.text.trim();
  if (!trimmed) return;
  const space = trimmed.search(/\s/);
  const word = space === -1 ? trimmed : trimmed.slice(0, space);
  const command = word.toUpperCase();
  if (sheet.skipped > 0 && (command === "TRACK" || IN_TRACK.has(command))) {
    if (command === "TRACK") sheet.skipped++;
    return;
  }
  const rest = space === -1 ? "" : trimmed.slice(space + 1).trimStart();
  const track = sheet.tracks[sheet.tracks.length - 1];
  if (track && IN_TRACK.has(command)) track.last = line;
  switch (command) {
    case "FILE":
      sheet.file = fileName(rest);
      return;
    case "TRACK":
      if (sheet.tracks.length > MAX_TRACKLIST_ENTRIES) {
        sheet.skipped = 1;
        return;
      }
      sheet.tracks.push({
        number: escapeText((rest.split(/\s+/)[0] ?? "").slice(0, 12)),
        first: line,
        last: line,
        file: sheet.file,
      });
      return;
    case "TITLE":
      if (track) track.title = value(rest);
      return;
    case "PERFORMER":
      if (track) track.performer = value(rest);
      else sheet.performer = value(rest);
      return;
    case "INDEX":
      if (track) readIndex(line, track, sheet.rekordbox, findings);
      else
        findings.error(
          lineSpan(line),
          "cue-index",
          "INDEX before any TRACK: put it under the TRACK it starts",
        );
      return;
    default:
      if (!KNOWN.has(command)) {
        findings.warn(
          lineSpan(line),
          "cue-command",
          () => `${quote(word)} is not a CUE command; the line is left out`,
        );
      }
  }
}

/** A quoted value runs to the last quote of the line (names may hold quotes); else the rest of the line. */
function value(rest: string): string {
  if (!rest.startsWith('"')) return rest.trim();
  const end = rest.lastIndexOf('"');
  return (end > 0 ? rest.slice(1, end) : rest.slice(1)).trim();
}

/** `FILE "name.wav" WAVE` or `FILE name.wav WAVE`: the name without the type. */
function fileName(rest: string): string {
  if (rest.startsWith('"')) return value(withoutType(rest));
  return withoutType(rest).trim();
}

/**
 * The text without its last word when white space comes before it. By hand: `/\s+\w+$/` retries
 * its `\s+` from every space of a long run, which is quadratic in the run.
 */
function withoutType(rest: string): string {
  let word = rest.length;
  while (word > 0 && WORD.test(rest.charAt(word - 1))) word--;
  let space = word;
  while (space > 0 && isSpace(rest, space - 1)) space--;
  return word === rest.length || space === word ? rest : rest.slice(0, space);
}

const WORD = /^\w$/;

const INDEX = /^(\d+)\s+(\d+):(\d+):(\d+)$/;

function readIndex(line: Line, track: CueTrack, rekordbox: boolean, findings: Findings): void {
  const rest = line.text.trim().replace(/^INDEX\s*/i, "");
  const at = timeSpan(line);
  const m = INDEX.exec(rest);
  if (!m) {
    track.index01Broken = true;
    findings.error(
      at,
      "cue-index",
      `INDEX must be a number and a time, as in INDEX 01 04:31:50 (minutes:seconds:frames), not ${quote(rest)}`,
    );
    return;
  }
  const number = Number(m[1]);
  if (number === 0) track.index00 = line;
  if (number !== 1) return;
  const seconds = rekordbox ? clockSeconds(m, findings, at) : frameSeconds(m, findings, at);
  if (seconds === undefined) track.index01Broken = true;
  else track.index01 ??= { seconds, line };
}

/** The span of the time on an INDEX line (its last word). */
function timeSpan(line: Line): Span {
  const trimmed = line.text.trimEnd();
  // By hand: `search(/\S+$/)` retries from every character of a long last-but-one word.
  let start = trimmed.length;
  while (start > 0 && !isSpace(trimmed, start - 1)) start--;
  return partSpan(line, start, trimmed.length);
}

function frameSeconds(m: RegExpExecArray, findings: Findings, at: Span): number | undefined {
  const [minutes, seconds, frames] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (seconds <= 59 && frames === 75) {
    // Myriad rounds a time up to frame 75 without carrying it into the seconds: the next second.
    findings.warn(
      at,
      "cue-frame",
      `INDEX 01 ${m[2]}:${m[3]}:${m[4]} has frame 75, one past the last (74): it is read as the next second, as the program that wrote it meant; frames run 00–74`,
    );
    return minutes * 60 + seconds + 1;
  }
  if (seconds > 59 || frames > 74) {
    findings.error(
      at,
      "cue-index",
      `INDEX 01 ${m[2]}:${m[3]}:${m[4]} is not a time: it is minutes:seconds:frames, with seconds 00–59 and frames 00–74 (75 a second)`,
    );
    return undefined;
  }
  return minutes * 60 + seconds + (frames >= 38 ? 1 : 0);
}

function clockSeconds(m: RegExpExecArray, findings: Findings, at: Span): number | undefined {
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (minutes > 59 || seconds > 59) {
    findings.error(
      at,
      "cue-index",
      `INDEX 01 ${m[2]}:${m[3]}:${m[4]} is not a time: rekordbox sheets write hours:minutes:seconds, with minutes and seconds 00–59`,
    );
    return undefined;
  }
  return hours * 3600 + minutes * 60 + seconds;
}

function trackEntry(
  track: CueTrack,
  sheet: Sheet,
  findings: Findings,
): { artist: string; song: string } | undefined {
  const at = lineSpan(track.first);
  if (!track.index01 && !track.index01Broken) {
    const pregap = track.index00 ? " (INDEX 00 is the pregap before it, not its start)" : "";
    findings.error(
      at,
      "cue-index",
      `TRACK ${track.number} has no INDEX 01, its start${pregap}: add INDEX 01 mm:ss:ff`,
    );
  }
  const title = track.title ?? "";
  if (!title) {
    findings.error(
      at,
      "cue-title",
      `TRACK ${track.number} has no TITLE: add TITLE "…" with the track's name`,
    );
    return undefined;
  }
  const split = splitArtistTitle(title);
  if (track.performer) {
    // rekordbox may write `Artist - Title` in TITLE beside PERFORMER "Artist": the artist once.
    const repeated = split && split.artist.toLowerCase() === track.performer.toLowerCase();
    return { artist: track.performer, song: repeated ? split.song : title };
  }
  if (split) return split;
  if (sheet.performer) return { artist: sheet.performer, song: title };
  findings.error(
    at,
    "cue-performer",
    `TRACK ${track.number} (${quote(title)}) has no PERFORMER: add PERFORMER "…", or write its TITLE as "Artist - Title"`,
  );
  return undefined;
}

function sameTrack(
  a: { artist: string; song: string },
  b: { artist: string; song: string },
): boolean {
  return (
    a.artist.toLowerCase() === b.artist.toLowerCase() &&
    a.song.toLowerCase() === b.song.toLowerCase()
  );
}
