// The lines of a tracklist file with their numbers, and the spans that point at them: every
// reader reports entries and problems at the tracklist file's own line and column.
import type { Span } from "../diagnostic.js";

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its line break (CRLF, LF or a lone CR). */
  text: string;
}

/** Splits at CRLF, LF and lone CR (old Mac exports), so line numbers match what editors show. */
export function splitLines(text: string): Line[] {
  const parts = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start another.
  if (parts[parts.length - 1] === "") parts.pop();
  return parts.map((part, i) => ({ number: i + 1, text: part }));
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
export class Offsets {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      if (c === 0x0a || c === 0x0d) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
