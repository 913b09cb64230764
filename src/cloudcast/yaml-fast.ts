import type { YKey, YMap, YNode, YPair, YScalar, YSeq } from "./tree.js";

/**
 * A fast reader for the plain YAML cloudcast files are nearly always written in: block mappings
 * and lists indented with spaces, one-line lists of words (`[a, b]`), plain, single-line quoted,
 * multi-line plain and simple block scalars, comments. Anything else — other flow collections,
 * anchors, tags, escapes, odd indentation, empty values, duplicate keys, errors of any kind —
 * makes it give up (`undefined`) and the caller reads the file with the full `yaml` package.
 *
 * Why it exists: the full parser reads about 3 MB/s, which alone would spend more than a second
 * on the thousand files `validate` must check in under one. Whatever this reader accepts it must
 * read exactly as the `yaml` package does; a property test compares the two on generated files.
 */
export function parseFastYaml(text: string): YNode | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new FastReader(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Thrown (pre-allocated, so cheap) when the text is outside the subset this reader handles. */
const GIVE_UP = new Error("not simple YAML");

/** Beyond this nesting the full parser (with its depth guard) takes over. */
const MAX_DEPTH = 16;

/** Tabs, a stray BOM and the characters YAML versions disagree on as line breaks (NEL, LS, PS). */
const UNUSUAL = /[\t\uFEFF\x85\u2028\u2029]/;
/** Characters that may not start a plain scalar here (YAML indicators, and `-` to keep it simple). */
const INDICATORS = new Set("-?:,[]{}#&*!|>'\"%@`");
/** Characters that make a flow list item more than a plain word (nesting, pairs, quotes, comments). */
const FLOW_UNSAFE = /[[\]{}:#"'`]/;
const NON_TEXT_START = /^[-+.~0-9nNtTfF]|^$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/**
 * Keys the core schema reads as something other than their text: `True:` is the key `true`,
 * `Null:` the empty key (so `True:` beside `true:` is a duplicate). Only these spellings can
 * start a key here (keys start with a letter or `_`); numbers, `~` and `.inf` never reach them.
 */
const RESOLVED_KEYS = new Set(
  ["true", "false", "null"].flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()]),
);
/** The yaml package refuses an implicit key whose `:` stands further than this from its start. */
const MAX_KEY_LENGTH = 1024;
const CORE_DECIMAL = /^[0-9]+$/;
/** Other plain scalars the core schema does not read as text: null, signed/octal/hex ints, floats. */
const CORE_OTHER =
  /^(?:~|[Nn]ull|NULL|[-+][0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)?$/;

class FastReader {
  private readonly starts: number[] = [];
  /** End of each line's content, before `\r\n` or `\n`. */
  private readonly ends: number[] = [];
  /** Leading spaces of each line; equal to the line's length for a blank line. */
  private readonly indents: number[] = [];
  /** The first line not yet consumed by the last node read. */
  private next = 0;

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      const newline = text.indexOf("\n", start);
      const lineEnd = newline === -1 ? text.length : newline;
      const crlf = newline !== -1 && lineEnd > start && text.charCodeAt(lineEnd - 1) === 13;
      const end = crlf ? lineEnd - 1 : lineEnd;
      let indent = start;
      while (indent < end && text.charCodeAt(indent) === 32) indent++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(indent - start);
      if (newline === -1) break;
      start = newline + 1;
    }
    if (
      text.includes("\r") &&
      this.ends.some((end, i) => text.slice(this.starts[i], end).includes("\r"))
    ) {
      throw GIVE_UP;
    }
  }

  document(): YNode {
    const first = this.nextContent(0);
    if (first === undefined) throw GIVE_UP;
    const root = this.block(first, this.indent(first), 0);
    if (this.nextContent(this.next) !== undefined) throw GIVE_UP;
    return root;
  }

  // ── lines ─────────────────────────────────────────────────────────────────────────────────

  private indent(line: number): number {
    return this.indents[line] ?? 0;
  }

  private lineStart(line: number): number {
    return this.starts[line] ?? 0;
  }

  private lineEnd(line: number): number {
    return this.ends[line] ?? 0;
  }

  private isBlank(line: number): boolean {
    return this.lineStart(line) + this.indent(line) === this.lineEnd(line);
  }

  private isComment(line: number): boolean {
    return this.text.charCodeAt(this.lineStart(line) + this.indent(line)) === 35; // '#'
  }

  /** The first line from `from` on that holds content (not blank, not a comment). */
  private nextContent(from: number): number | undefined {
    for (let line = from; line < this.starts.length; line++) {
      if (!this.isBlank(line) && !this.isComment(line)) return line;
    }
    return undefined;
  }

  /** Whether a list item's `-` stands at `offset` (followed by a space or the end of the line). */
  private isDash(offset: number, end: number): boolean {
    if (this.text.charCodeAt(offset) !== 45) return false;
    return offset + 1 === end || this.text.charCodeAt(offset + 1) === 32;
  }

  /** The key at `offset` if one stands there (`word:` then a space or the end of the line). */
  private keyAt(offset: number, end: number): YKey | undefined {
    const colon = this.keyColon(offset, end);
    if (colon === -1) return undefined;
    const length = colon - offset;
    const text = this.text.slice(offset, colon);
    // Resolved keys are rare enough to leave to the full parser, which also words their errors.
    if (length > MAX_KEY_LENGTH || RESOLVED_KEYS.has(text)) throw GIVE_UP;
    return { text, start: offset, end: colon };
  }

  /** The offset of the colon ending a key that starts at `offset`, or -1 (hand-rolled: this runs for every line). */
  private keyColon(offset: number, end: number): number {
    const t = this.text;
    const first = t.charCodeAt(offset) | 0x20; // lower-cased letter, or `_` (0x5f) stays 0x7f
    if (!((first >= 0x61 && first <= 0x7a) || first === 0x7f)) return -1;
    let p = offset + 1;
    while (p < end) {
      const c = t.charCodeAt(p);
      const lower = c | 0x20;
      if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d)
        p++;
      else break;
    }
    if (t.charCodeAt(p) !== 58) return -1; // ':'
    if (p + 1 < end && t.charCodeAt(p + 1) !== 32) return -1;
    return p;
  }

  private skipSpaces(offset: number, end: number): number {
    let p = offset;
    while (p < end && this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  // ── collections ───────────────────────────────────────────────────────────────────────────

  /** A mapping or list whose first line is `line`, at column `column`. */
  private block(line: number, column: number, depth: number): YNode {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const offset = this.lineStart(line) + column;
    if (this.isDash(offset, this.lineEnd(line))) return this.list(line, column, depth);
    if (this.keyColon(offset, this.lineEnd(line)) !== -1) return this.mapping(line, column, depth);
    throw GIVE_UP;
  }

  private mapping(firstLine: number, column: number, depth: number): YMap {
    const items: YPair[] = [];
    const seen = new Set<string>();
    for (let line: number | undefined = firstLine; line !== undefined;) {
      const end = this.lineEnd(line);
      const key = this.keyAt(this.lineStart(line) + column, end);
      if (!key || seen.has(key.text)) throw GIVE_UP;
      seen.add(key.text);
      const valueAt = this.skipSpaces(key.end + 1, end);
      const value =
        valueAt === end || this.text.charCodeAt(valueAt) === 35
          ? this.nestedValue(line, column, depth)
          : this.inline(line, valueAt, column);
      items.push({ key, value });
      line = this.continues(
        column,
        (next) => this.keyColon(this.lineStart(next) + column, this.lineEnd(next)) !== -1,
      );
    }
    const first = items[0] as YPair;
    const last = items.at(-1) as YPair;
    return { kind: "map", items, start: first.key.start, end: (last.value as YNode).end };
  }

  /** The value of `key:` with nothing after it: a block on the following lines, never empty here. */
  private nestedValue(line: number, column: number, depth: number): YNode {
    const next = this.nextContent(line + 1);
    if (next === undefined) throw GIVE_UP;
    const indent = this.indent(next);
    if (indent > column) return this.block(next, indent, depth + 1);
    // A list may stand at the same indentation as its key.
    if (indent === column && this.isDash(this.lineStart(next) + indent, this.lineEnd(next))) {
      return this.list(next, column, depth + 1);
    }
    throw GIVE_UP;
  }

  private list(firstLine: number, column: number, depth: number): YSeq {
    const items: YNode[] = [];
    for (let line: number | undefined = firstLine; line !== undefined;) {
      const end = this.lineEnd(line);
      const dash = this.lineStart(line) + column;
      const at = this.skipSpaces(dash + 1, end);
      items.push(this.listItem(line, at, column, depth));
      line = this.continues(column, (next) =>
        this.isDash(this.lineStart(next) + column, this.lineEnd(next)),
      );
    }
    const last = items.at(-1) as YNode;
    return { kind: "seq", items, start: this.lineStart(firstLine) + column, end: last.end };
  }

  private listItem(line: number, at: number, column: number, depth: number): YNode {
    const end = this.lineEnd(line);
    if (at === end || this.text.charCodeAt(at) === 35) {
      const next = this.nextContent(line + 1);
      if (next === undefined || this.indent(next) <= column) throw GIVE_UP;
      return this.block(next, this.indent(next), depth + 1);
    }
    if (this.isDash(at, end)) throw GIVE_UP;
    if (this.keyColon(at, end) !== -1)
      return this.mapping(line, at - this.lineStart(line), depth + 1);
    return this.inline(line, at, column);
  }

  /**
   * After an entry of a collection at `column`: the line of the next entry, or undefined when
   * the collection ends (end of text, or a line indented less). Anything else is not simple.
   */
  private continues(column: number, isEntry: (line: number) => boolean): number | undefined {
    const next = this.nextContent(this.next);
    if (next === undefined) return undefined;
    const indent = this.indent(next);
    if (indent < column) return undefined;
    if (indent > column) throw GIVE_UP;
    if (isEntry(next)) return next;
    // A list at its key's indentation ends at the key that follows it.
    if (this.keyColon(this.lineStart(next) + column, this.lineEnd(next)) !== -1) return undefined;
    throw GIVE_UP;
  }

  // ── scalars ───────────────────────────────────────────────────────────────────────────────

  /** A scalar starting at `offset` on `line`; continuation lines must be indented beyond `parent`. */
  private inline(line: number, offset: number, parent: number): YScalar | YSeq {
    const c = this.text[offset] ?? "";
    if (c === "[") return this.flowList(line, offset);
    if (c === '"') return this.doubleQuoted(line, offset);
    if (c === "'") return this.singleQuoted(line, offset);
    if (c === "|" || c === ">") return this.blockScalar(line, offset, parent);
    if (INDICATORS.has(c)) throw GIVE_UP;
    return this.plain(line, offset, parent);
  }

  /** `[a, b, c]` on one line, of plain words (the common way to write tags). */
  private flowList(line: number, offset: number): YSeq {
    const close = this.indexInLine("]", offset + 1, this.lineEnd(line));
    if (close === this.lineEnd(line)) throw GIVE_UP;
    const items: YScalar[] = [];
    if (this.skipSpaces(offset + 1, close) < close) {
      for (let from = offset + 1; from <= close;) {
        const comma = this.indexInLine(",", from, close);
        items.push(this.flowWord(from, comma));
        from = comma + 1;
      }
    }
    this.endOfLine(line, close + 1);
    return { kind: "seq", items, start: offset, end: close + 1 };
  }

  /** One item of a flow list: a plain scalar without any character that means something in flow. */
  private flowWord(from: number, to: number): YScalar {
    const start = this.skipSpaces(from, to);
    let end = to;
    while (end > start && this.text.charCodeAt(end - 1) === 32) end--;
    const text = this.text.slice(start, end);
    if (text === "" || INDICATORS.has(text[0] ?? "") || FLOW_UNSAFE.test(text)) throw GIVE_UP;
    return { kind: "scalar", value: resolvePlain(text), start, end };
  }

  /** Where `needle` first occurs in [from, lineEnd), or lineEnd: searches never run past the line. */
  private indexInLine(needle: string, from: number, lineEnd: number): number {
    const first = needle.charCodeAt(0);
    const second = needle.length > 1 ? needle.charCodeAt(1) : -1;
    for (let p = from; p + needle.length <= lineEnd; p++) {
      if (this.text.charCodeAt(p) !== first) continue;
      if (second === -1 || this.text.charCodeAt(p + 1) === second) return p;
    }
    return lineEnd;
  }

  private doubleQuoted(line: number, offset: number): YScalar {
    const close = this.indexInLine('"', offset + 1, this.lineEnd(line));
    if (close === this.lineEnd(line)) throw GIVE_UP;
    const value = this.text.slice(offset + 1, close);
    if (value.includes("\\")) throw GIVE_UP;
    this.endOfLine(line, close + 1);
    return { kind: "scalar", value, start: offset, end: close + 1 };
  }

  private singleQuoted(line: number, offset: number): YScalar {
    const end = this.lineEnd(line);
    let p = offset + 1;
    for (;;) {
      const quote = this.indexInLine("'", p, end);
      if (quote === end) throw GIVE_UP;
      if (this.text.charCodeAt(quote + 1) !== 39) {
        const value = this.text.slice(offset + 1, quote).replaceAll("''", "'");
        this.endOfLine(line, quote + 1);
        return { kind: "scalar", value, start: offset, end: quote + 1 };
      }
      p = quote + 2;
    }
  }

  /** After a quoted scalar only spaces and a comment may follow on its line. */
  private endOfLine(line: number, offset: number): void {
    const end = this.lineEnd(line);
    const p = this.skipSpaces(offset, end);
    if (p < end && !(p > offset && this.text.charCodeAt(p) === 35)) throw GIVE_UP;
    this.next = line + 1;
  }

  private plain(line: number, offset: number, parent: number): YScalar {
    const first = this.plainLine(offset, this.lineEnd(line), false);
    const parts = [first.text];
    let end = first.end;
    let next = line + 1;
    // A comment ends a plain scalar: what follows on more indented lines is not part of it.
    for (; next < this.starts.length && !first.comment; next++) {
      if (this.isBlank(next) || this.isComment(next) || this.indent(next) <= parent) break;
      const part = this.plainLine(
        this.lineStart(next) + this.indent(next),
        this.lineEnd(next),
        true,
      );
      parts.push(part.text);
      end = part.end;
    }
    this.checkNoIndentedComment(next, parent);
    this.next = next;
    const value = resolvePlain(parts.join(" "));
    return { kind: "scalar", value, start: offset, end };
  }

  /** One line of a plain scalar, without a trailing comment; what YAML would read otherwise is not simple. */
  private plainLine(
    offset: number,
    lineEnd: number,
    continuation: boolean,
  ): { text: string; end: number; comment: boolean } {
    if (continuation && INDICATORS.has(this.text[offset] ?? "")) throw GIVE_UP;
    const hash = this.indexInLine(" #", offset, lineEnd);
    if (continuation && hash !== lineEnd) throw GIVE_UP;
    const cut = hash;
    let end = cut;
    while (end > offset && this.text.charCodeAt(end - 1) === 32) end--;
    const text = this.text.slice(offset, end);
    if (text.includes(": ") || text.endsWith(":")) throw GIVE_UP;
    return { text, end, comment: cut < lineEnd };
  }

  /** A comment indented into a plain scalar's territory reads differently across parsers: leave it to the full one. */
  private checkNoIndentedComment(from: number, parent: number): void {
    for (let line = from; line < this.starts.length; line++) {
      if (this.isBlank(line)) continue;
      if (this.isComment(line) && this.indent(line) > parent) throw GIVE_UP;
      if (!this.isComment(line)) return;
    }
  }

  /** `|` or `>` (optionally `-`), with every content line at one indentation and no trailing spaces. */
  private blockScalar(line: number, offset: number, parent: number): YScalar {
    const folded = this.text[offset] === ">";
    let p = offset + 1;
    const strip = this.text[p] === "-";
    if (strip) p++;
    this.endOfLine(line, p);
    const first = line + 1;
    if (first >= this.starts.length || this.isBlank(first)) throw GIVE_UP;
    const indent = this.indent(first);
    if (indent <= parent) throw GIVE_UP;
    const lines: string[] = [];
    const gaps: number[] = [];
    let blanks = 0;
    let last = first;
    for (let l = first; l < this.starts.length; l++) {
      if (this.isBlank(l)) {
        if (this.lineEnd(l) - this.lineStart(l) > indent) throw GIVE_UP;
        blanks++;
        continue;
      }
      if (this.indent(l) < indent) break;
      if (this.indent(l) > indent || this.text.charCodeAt(this.lineEnd(l) - 1) === 32)
        throw GIVE_UP;
      gaps.push(blanks);
      lines.push(this.text.slice(this.lineStart(l) + indent, this.lineEnd(l)));
      blanks = 0;
      last = l;
    }
    this.next = last + 1;
    let value = lines[0] ?? "";
    for (let i = 1; i < lines.length; i++) {
      const gap = gaps[i] ?? 0;
      const join = folded ? (gap === 0 ? " " : "\n".repeat(gap)) : "\n".repeat(gap + 1);
      value += join + (lines[i] ?? "");
    }
    if (!strip) value += "\n";
    return { kind: "scalar", value, start: offset, end: this.lineEnd(last) };
  }
}

/** A plain scalar as the YAML 1.2 core schema reads it; gives up on the rarer kinds. */
function resolvePlain(text: string): string | number | boolean {
  // Only these can start a non-text scalar (digits, sign, `.`, `~`, null/true/false in any case).
  if (!NON_TEXT_START.test(text)) return text;
  if (CORE_BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (CORE_DECIMAL.test(text)) return parseInt(text, 10);
  if (CORE_OTHER.test(text)) throw GIVE_UP;
  return text;
}
