// VirtualDJ histories.
//
// Version 8 and later (`History/YYYY-MM-DD.m3u`): before each file path, an `#EXTVDJ:` line of
// tags, `<time>21:39</time><lastplaytime>1674884385</lastplaytime><artist>…</artist><title>…</title><remix>…</remix>`.
// - `lastplaytime` is Unix time. VirtualDJ's own files hold seconds; some readers' tests treat it
//   as milliseconds, which no file seen confirms. Both are read: a value above 10^11 (the year
//   5138 in seconds, 1973 in milliseconds) is milliseconds. Starts count from the first entry.
// - Without `lastplaytime` on every entry, `time` (wall-clock, to the minute) gives the starts.
// - `remix` is appended as `Title (Remix)` unless the title already holds it.
//
// Version 7 (`tracklist.txt`): `HH:MM : Artist - Title` lines, to the minute, every session
// appended to the same file under a `VirtualDJ History YYYY/MM/DD` heading. The last session is
// read (the newest: the set just recorded); earlier ones are named in a warning, to be deleted
// from the committed file when the wrong one was read.
import type { Span } from "../diagnostic.js";
import { DayClock, parseWallClock } from "./clock.js";
import { Findings, quote } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { lineSpan, linesSpan, splitLines } from "./lines.js";
import type { Line } from "./lines.js";
import { decodeXmlEntities, isSpace, splitArtistTitle, withRemix } from "./names.js";

/**
 * True when a line starts (after white space) with `#EXTVDJ:`. By indexOf rather than
 * `/^\s*#EXTVDJ:/m`, whose `\s*` runs over line breaks: tried from every line of a long run of
 * blank lines, it is quadratic in the run. Each occurrence looks back over its own line only, and
 * those stretches do not overlap.
 */
export function looksLikeVirtualDjM3u(text: string): boolean {
  for (let at = text.indexOf(EXTVDJ); at >= 0; at = text.indexOf(EXTVDJ, at + 1)) {
    let before = at - 1;
    while (before >= 0 && text[before] !== "\n" && text[before] !== "\r" && isSpace(text, before))
      before--;
    if (before < 0 || text[before] === "\n" || text[before] === "\r") return true;
  }
  return false;
}

const EXTVDJ = "#EXTVDJ:";

interface M3uEntry {
  first: Line;
  last: Line;
  tags: Map<string, string>;
  path?: string;
}

export function readVirtualDjM3u(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const entries = m3uEntries(splitLines(text));
  const first = entries[0];
  if (
    first &&
    entries.every((entry) => !entry.tags.has("lastplaytime") && !entry.tags.has("time"))
  ) {
    findings.error(
      linesSpan(first.first, first.last),
      "virtualdj-playlist",
      "this is a VirtualDJ playlist, not a history: none of its entries has a play time (<lastplaytime> or <time>); commit the history VirtualDJ writes for each day instead, Documents/VirtualDJ/History/YYYY-MM-DD.m3u",
    );
    return findings.result();
  }
  const byPlayTime = entries.every((entry) => entry.tags.has("lastplaytime"));
  const clock = new DayClock();
  let firstPlay: number | undefined;
  for (const entry of entries) {
    const span = linesSpan(entry.first, entry.last);
    const start = byPlayTime
      ? playTimeStart(entry, (firstPlay ??= unixSeconds(entry)))
      : clockStart(entry, clock);
    if (start === undefined) {
      const what = byPlayTime
        ? `<lastplaytime>${entry.tags.get("lastplaytime") ?? ""}`
        : `<time>${entry.tags.get("time") ?? ""}`;
      findings.error(
        span,
        "virtualdj-time",
        `this entry has no readable play time (${quote(what)}): export the history again from VirtualDJ`,
      );
      continue;
    }
    const names = m3uNames(entry, span, findings);
    if (!names) {
      findings.error(
        span,
        "virtualdj-artist",
        `this entry has no <artist> and its title or file name is not "Artist - Title": tag the track in VirtualDJ, then export the history again`,
      );
      continue;
    }
    findings.track(span, start, names.artist, names.song);
  }
  return findings.result();
}

function m3uEntries(lines: readonly Line[]): M3uEntry[] {
  const entries: M3uEntry[] = [];
  let open: M3uEntry | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text.startsWith("#EXTVDJ:")) {
      open = { first: line, last: line, tags: readTags(text.slice("#EXTVDJ:".length)) };
      entries.push(open);
    } else if (text && !text.startsWith("#") && open && open.path === undefined) {
      open.path = text;
      open.last = line;
    }
  }
  return entries;
}

/**
 * `<name>value</name>` pairs in turn, by index (a regex with a back-reference is ten times slower
 * here). VirtualDJ writes them flat, with `<` in values as `&lt;`, so a value runs to the next `<`,
 * which must open its close tag; anything else (a stray `<`, a nested tag) is passed over from
 * there. Every character is looked at a bounded number of times: searching the rest of the line
 * for each tag's close tag, as before, was quadratic on a line of unclosed tags.
 */
function readTags(text: string): Map<string, string> {
  const tags = new Map<string, string>();
  let at = text.indexOf("<");
  let close = text.indexOf(">");
  while (at !== -1) {
    // The first `>` after `at`, searched again only once passed, and the next `<`.
    if (close !== -1 && close < at) close = text.indexOf(">", at);
    const next = text.indexOf("<", at + 1);
    if (close === -1 || next === -1) break;
    if (next < close) {
      at = next; // a `<` inside the tag: start again from it
      continue;
    }
    const name = text.slice(at + 1, close);
    const closing = `</${name}>`;
    if (!name.startsWith("/") && text.startsWith(closing, next)) {
      tags.set(name.toLowerCase(), decodeXmlEntities(text.slice(close + 1, next)).trim());
      at = text.indexOf("<", next + closing.length);
    } else {
      at = next;
    }
  }
  return tags;
}

function unixSeconds(entry: M3uEntry): number | undefined {
  const raw = entry.tags.get("lastplaytime") ?? "";
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 1e11 ? Math.floor(value / 1000) : value;
}

function playTimeStart(entry: M3uEntry, first: number | undefined): number | undefined {
  const at = unixSeconds(entry);
  return at === undefined || first === undefined ? undefined : at - first;
}

function clockStart(entry: M3uEntry, clock: DayClock): number | undefined {
  const time = parseWallClock(entry.tags.get("time") ?? "");
  return time === undefined ? undefined : clock.next(time);
}

/**
 * Artist and title from the tags; else from a title written `Artist - Title`; else from the file
 * name, with a warning, since a file name is often not what the track is called.
 */
function m3uNames(
  entry: M3uEntry,
  span: Span,
  findings: Findings,
): { artist: string; song: string } | undefined {
  const artist = entry.tags.get("artist");
  const title = entry.tags.get("title");
  const remix = entry.tags.get("remix");
  if (artist && title) return { artist, song: withRemix(title, remix) };
  const fromTitle = splitArtistTitle(title ?? "");
  const file = baseName(entry.path ?? "");
  const fromName = fromTitle ?? splitArtistTitle(file);
  if (!fromName) return undefined;
  if (!fromTitle) {
    findings.warn(
      span,
      "virtualdj-file-name",
      `this entry has no ${artist ? "<title>" : title ? "<artist>" : "<artist> or <title>"}: its file name ${quote(file)} gives the artist and title; tag the track in VirtualDJ if that is not what it is called`,
    );
  }
  return { artist: fromName.artist, song: withRemix(fromName.song, remix) };
}

/** The file name of a Windows or POSIX path, without its extension. */
function baseName(path: string): string {
  return path
    .slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1)
    .replace(/\.[^.]+$/, "");
}

// ---- version 7 ----------------------------------------------------------------------------------

/** `HH:MM : Artist - Title`; the time is read by parseWallClock, as `<time>` is. */
const V7_LINE = /^(\d{1,2}:\d{2})\s+:\s+(.*)$/;
const V7_HEADING = /^VirtualDJ History\b/i;

export function looksLikeVirtualDjTxt(text: string): boolean {
  const lines = splitLines(text).filter((line) => line.text.trim() !== "");
  return (
    lines.some((line) => V7_HEADING.test(line.text.trim())) ||
    (lines.length > 0 &&
      lines.every((line) => V7_LINE.test(line.text.trim()) || /^-+$/.test(line.text.trim())))
  );
}

export function readVirtualDjTxt(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const sessions = v7Sessions(splitLines(text));
  const session = sessions[sessions.length - 1] ?? [];
  if (sessions.length > 1) {
    const earlier = sessions.slice(0, -1).filter((s) => s.length > 0);
    const first = earlier[0]?.[0];
    const last = earlier[earlier.length - 1];
    const lastLine = last?.[last.length - 1];
    if (first && lastLine) {
      findings.warn(
        linesSpan(first, lastLine),
        "virtualdj-sessions",
        `the file holds ${sessions.length} sessions; only the last one (from line ${session[0]?.number ?? "?"}) is read: delete the others from the file if it is the wrong one`,
      );
    }
  }
  const clock = new DayClock();
  for (const line of session) readV7Line(line, clock, findings);
  return findings.result();
}

/** Lines under each `VirtualDJ History` heading (or all of them when there is none); sessions without a track are passed over. */
function v7Sessions(lines: readonly Line[]): Line[][] {
  const sessions: Line[][] = [[]];
  for (const line of lines) {
    const text = line.text.trim();
    if (V7_HEADING.test(text)) sessions.push([line]);
    else if (text) sessions[sessions.length - 1]?.push(line);
  }
  return sessions.filter((session) => session.some((line) => V7_LINE.test(line.text.trim())));
}

function readV7Line(line: Line, clock: DayClock, findings: Findings): void {
  const text = line.text.trim();
  if (V7_HEADING.test(text) || /^-+$/.test(text)) return;
  const span: Span = lineSpan(line);
  const m = V7_LINE.exec(text);
  const time = m ? parseWallClock(m[1] ?? "") : undefined;
  if (!m || time === undefined) {
    findings.error(
      span,
      "virtualdj-line",
      `${quote(text)} is not a history line (HH:MM : Artist - Title): fix or remove it`,
    );
    return;
  }
  const start = clock.next(time);
  const names = splitArtistTitle(m[2] ?? "");
  if (!names) {
    findings.error(
      span,
      "virtualdj-artist",
      `${quote(m[2] ?? "")} is not "Artist - Title": tag the track in VirtualDJ, or fix the line`,
    );
    return;
  }
  findings.track(span, start, names.artist, names.song);
}
