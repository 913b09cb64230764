import { Limits } from "../constants.js";
import type { SourceSpan, Span } from "../diagnostic.js";
import type { RuleId } from "./rules.js";

/** A problem located by character offsets in the decoded text; turned into a Diagnostic at the end. */
export interface Problem {
  start: number;
  end: number;
  rule: RuleId;
  message: string;
}

/** The decoded text of a file, or the one problem that stops it being read as YAML at all. */
export type DecodedSource =
  { text: string; problem?: undefined } | { text: string; problem: Problem };

const BOM = "\uFEFF";

/**
 * Characters YAML does not allow in a stream (outside c-printable): C0 controls other than tab,
 * LF and CR; DEL and C1 controls other than NEL; U+FFFE/U+FFFF; lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Turns the bytes (or text) of a file into text the YAML parser may see: checks the size limit
 * before anything else, requires UTF-8, drops a BOM, and refuses control characters — which is
 * also how binary files that happen to be valid UTF-8 are caught.
 */
export function decodeSource(source: string | Uint8Array): DecodedSource {
  const bytes = typeof source === "string" ? Buffer.byteLength(source, "utf8") : source.byteLength;
  if (bytes > Limits.fileBytes) {
    return {
      text: "",
      problem: {
        start: 0,
        end: 0,
        rule: "file-too-large",
        message: fileTooLargeMessage(bytes),
      },
    };
  }
  const decoded = typeof source === "string" ? { text: source } : decodeUtf8(source);
  if (decoded.problem) return decoded;
  const text = decoded.text.startsWith(BOM) ? decoded.text.slice(1) : decoded.text;
  const problem = findNonPrintable(text);
  return problem ? { text, problem } : { text };
}

/** Shared with `validate`, which reports a big file from its size without reading it. */
export function fileTooLargeMessage(bytes: number): string {
  return `the file is ${bytes} bytes; a cloudcast file may be at most 1 MiB (${Limits.fileBytes} bytes): is this the right file?`;
}

function decodeUtf8(bytes: Uint8Array): DecodedSource {
  try {
    // ignoreBOM keeps the BOM in the text, so it is stripped the same way for bytes and strings.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const offset = text.startsWith(BOM) ? text.length - 1 : text.length;
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return {
      text: text.startsWith(BOM) ? text.slice(1) : text,
      problem: {
        start: offset,
        end: offset,
        rule: "invalid-utf8",
        message: `the file is not valid UTF-8 (byte 0x${hex} here): save it with UTF-8 encoding`,
      },
    };
  }
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), or 0 if there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The same characters without the `u` flag (surrogate pairs match too): a quick first pass, several times faster. */
const MAYBE_NON_PRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

function findNonPrintable(text: string): Problem | undefined {
  if (!MAYBE_NON_PRINTABLE.test(text)) return undefined;
  NON_PRINTABLE.lastIndex = 0;
  const first = NON_PRINTABLE.exec(text);
  if (!first) return undefined;
  const more = (text.match(NON_PRINTABLE)?.length ?? 1) - 1;
  const code = first[0].codePointAt(0) ?? 0;
  const what =
    code === 0
      ? "a NUL byte"
      : `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const others = more > 0 ? ` (and ${more} more)` : "";
  return {
    start: first.index,
    end: first.index + first[0].length,
    rule: "control-character",
    message: `${what}${others} is not allowed in a YAML file: is this a binary file? A cloudcast file must be UTF-8 text`,
  };
}

/**
 * Maps character offsets of a text to 1-based line and column. Lines split at `\n`, as the yaml
 * package counts them, unless the caller gives other line starts (a tracklist file also splits at
 * a lone CR, as old Mac exports end their lines).
 */
export class LineIndex {
  constructor(
    private readonly text: string,
    private readonly starts: readonly number[] = lineFeedStarts(text),
  ) {}

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.starts[lo] ?? 0) + 1 };
  }

  span(start: number, end: number): Span {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** The same span naming its file, built in one go: one is made for every section of a file. */
  sourceSpan(file: string, start: number, end: number): SourceSpan {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

function lineFeedStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Moves `end` back over trailing whitespace and line breaks, so a span ends at its last visible character. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    e--;
  }
  return e;
}
