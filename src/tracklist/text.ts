// Plain text, as pasted into descriptions: one track a line with its start.
//   0:00 Artist - Title            [00:00:00] Artist – Title        01. Artist - Title (4:30)
// The time is always the start. A numbering (`01.`, `1)`, `#1`) is passed over; en and em dashes
// separate artist and title like a hyphen. A timed line without a dash is a chapter (`0:00 Intro`).
//
// Lines that are not tracks are never dropped silently:
// - a heading (`Tracklist:`, `Setlist`) is passed over, as are blank lines;
// - a line that reads as a track (`Artist - Title`) but has no time is an error: a track would
//   otherwise go missing from the show, and only the DJ knows its start;
// - any other line (a greeting, a link, a credit) is a warning: the tracklist is still whole, the
//   line is named so it can be removed or given a time.
import { Findings, quote } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { lineSpan, splitLines } from "./lines.js";
import type { Line } from "./lines.js";
import { splitArtistTitle } from "./names.js";

const TIME = String.raw`\d{1,3}:\d{2}(?::\d{2})?`;
const NUMBERING = /^(?:#\s*)?\d{1,3}\s*[.)]\s+|^#\d{1,3}\s+/;
const LEADING = new RegExp(String.raw`^[[(]?(${TIME})[\])]?(?:\s*[-–—|.]\s+|\s+)`);
/**
 * A time in brackets at the end, matched on the line's last characters only: over the whole line,
 * a leading `\s*` retried from every space of a long run is quadratic in the run.
 */
const TRAILING = new RegExp(String.raw`[[(](${TIME})[\])]$`);
/** The longest bracketed time: `(123:45:67)`. */
const TRAILING_LENGTH = 11;
const HEADING =
  /^(?:(?:the\s+)?(?:track\s*list(?:ing)?|set\s*list|playlist|tracks)\b[^:]*:?|[^:]{1,40}:)$/i;

type Parsed =
  | { kind: "timed"; time: string; body: string }
  | { kind: "untimed"; body: string }
  | { kind: "blank" };

/** True when some line reads as a timed track or chapter. */
export function looksLikeText(text: string): boolean {
  return splitLines(text).some((line) => parseLine(line.text).kind === "timed");
}

export function readText(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  for (const line of splitLines(text)) readLine(line, findings);
  return findings.result();
}

function readLine(line: Line, findings: Findings): void {
  const parsed = parseLine(line.text);
  if (parsed.kind === "blank") return;
  const at = lineSpan(line);
  if (parsed.kind === "untimed") {
    if (HEADING.test(parsed.body)) return;
    if (splitArtistTitle(parsed.body)) {
      findings.error(
        at,
        "text-start-missing",
        `${quote(parsed.body)} reads as a track but has no start time: write it as "m:ss Artist - Title" (the time it starts in the show)`,
      );
    } else {
      findings.warn(
        at,
        "text-not-a-track",
        () =>
          `${quote(parsed.body)} is not a track (no start time, no "Artist - Title"): it is left out; remove the line, or give it a start to make it a chapter`,
      );
    }
    return;
  }
  const seconds = startSeconds(parsed.time);
  if (seconds === undefined) {
    findings.error(
      at,
      "text-start",
      `${quote(parsed.time)} is not a start time: write m:ss or h:mm:ss, with minutes and seconds below 60`,
    );
    return;
  }
  const names = splitArtistTitle(parsed.body);
  if (names) findings.track(at, seconds, names.artist, names.song);
  else if (parsed.body) findings.chapter(at, seconds, parsed.body);
  else
    findings.error(
      at,
      "text-title",
      `the start ${parsed.time} has nothing after it: write "${parsed.time} Artist - Title"`,
    );
}

function parseLine(raw: string): Parsed {
  const text = raw.trim();
  if (!text) return { kind: "blank" };
  const unnumbered = text.replace(NUMBERING, "");
  const leading = LEADING.exec(unnumbered);
  if (leading)
    return {
      kind: "timed",
      time: leading[1] ?? "",
      body: unnumbered.slice(leading[0].length).trim(),
    };
  const tailStart = Math.max(0, unnumbered.length - TRAILING_LENGTH);
  const trailing = TRAILING.exec(unnumbered.slice(tailStart));
  if (trailing)
    return {
      kind: "timed",
      time: trailing[1] ?? "",
      body: unnumbered.slice(0, tailStart + trailing.index).trim(),
    };
  return { kind: "untimed", body: text };
}

/** `m:ss` (minutes may pass 59 in long mixes: `75:30`) or `h:mm:ss`; seconds below 60. */
function startSeconds(time: string): number | undefined {
  const parts = time.split(":").map(Number);
  const [a = 0, b = 0, c] = parts;
  if (c === undefined) return b > 59 ? undefined : a * 60 + b;
  return b > 59 || c > 59 ? undefined : a * 3600 + b * 60 + c;
}
