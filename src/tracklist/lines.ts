// The lines of a tracklist file with their numbers, and the spans that point at them: every
// reader reports entries and problems at the tracklist file's own line and column.
import type { Span } from "../diagnostic.js";
import { LineIndex } from "../cloudcast/source.js";

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its line break (CRLF, LF or a lone CR). */
  text: string;
}

/**
 * The longest line a tracklist export may hold: 64 KiB of characters. The longest real line is a
 * Traktor ENTRY or a VirtualDJ `#EXTVDJ:` line of a few hundred characters; a line far past that is
 * not a tracklist, and refusing it up front bounds the work every pattern does on one line.
 */
export const MAX_LINE_LENGTH = 64 * 1024;

/**
 * The most lines a tracklist export may hold. The longest real one per entry is a Traktor history
 * (a collection entry with its cue points, and the playlist entry: about 25 lines a track), so
 * 5,000 entries fit in well under half of this. A million blank lines would otherwise cost a
 * second and 60 MB of line objects for nothing, and 32 MiB of them 30 s and 2 GB.
 */
export const MAX_LINES = 500_000;

export type LineProblem =
  { kind: "long"; number: number; length: number } | { kind: "many"; count: number };

/**
 * The first line longer than {@link MAX_LINE_LENGTH}, or, when the text has more than
 * {@link MAX_LINES} lines, their count. Lines are split as {@link splitLines} splits them, in one
 * pass by indexOf (each break searched for once), without slicing the text.
 */
export function lineProblem(text: string): LineProblem | undefined {
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (let number = 1; ; number++) {
    const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    if (end - start > MAX_LINE_LENGTH) return { kind: "long", number, length: end - start };
    // A final line break ends the last line; it does not start another.
    if (
      end === text.length ||
      end + 1 === text.length ||
      (end === cr && lf === cr + 1 && lf + 1 === text.length)
    )
      return number > MAX_LINES ? { kind: "many", count: number } : undefined;
    start = end === cr && lf === cr + 1 ? lf + 1 : end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
  }
}

/**
 * Splits at CRLF, LF and lone CR (old Mac exports), so line numbers match what editors show. The
 * last text split is remembered until {@link forgetLines}: telling the format apart and reading
 * it split the same text up to six times, which on a file of a million blank lines is most of
 * the work. Callers never change the array.
 */
export function splitLines(text: string): readonly Line[] {
  if (remembered?.text === text) return remembered.lines;
  const parts = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start another.
  if (parts[parts.length - 1] === "") parts.pop();
  const lines = parts.map((part, i) => ({ number: i + 1, text: part }));
  remembered = { text, lines };
  return lines;
}

let remembered: { text: string; lines: readonly Line[] } | undefined;

/** Lets the lines of the last text split go: called when a file has been read. */
export function forgetLines(): void {
  remembered = undefined;
}

/** The visible part of a line: from its first to just past its last non-blank character. */
export function lineSpan(line: Line): Span {
  const text = line.text;
  const first = text.length - text.trimStart().length;
  const end = Math.max(first, text.trimEnd().length);
  return { line: line.number, column: first + 1, endLine: line.number, endColumn: end + 1 };
}

/** From the start of one line's visible text to the end of another's. */
export function linesSpan(first: Line, last: Line): Span {
  const a = lineSpan(first);
  const b = lineSpan(last);
  return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}

/** A part of one line, by character offsets within it. */
export function partSpan(line: Line, start: number, end: number): Span {
  return { line: line.number, column: start + 1, endLine: line.number, endColumn: end + 1 };
}

/** Maps character offsets of a whole text to 1-based lines and columns (lines split as above). */
export class Offsets extends LineIndex {
  constructor(text: string) {
    super(text, anyBreakStarts(text));
  }
}

/**
 * Where each line starts, after CRLF, LF or a lone CR. By indexOf rather than a character loop:
 * a Traktor history runs to megabytes, and the native search skips a line's text several times
 * faster.
 */
function anyBreakStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (lf >= 0 || cr >= 0) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    const next = at === cr && lf === cr + 1 ? lf + 1 : at + 1;
    starts.push(next);
    if (lf >= 0 && lf < next) lf = text.indexOf("\n", next);
    if (cr >= 0 && cr < next) cr = text.indexOf("\r", next);
  }
  return starts;
}
