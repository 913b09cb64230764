// What a reader collects while it reads: entries, errors and warnings, all in one tracklist file.
import {
  FILE_START,
  MAX_DIAGNOSTICS,
  diagnosticAt,
  moreProblems,
  warningAt,
} from "../diagnostic.js";
import type { Diagnostic, Span } from "../diagnostic.js";
import type { TracklistRule } from "./rules.js";
import type { TracklistEntry } from "./types.js";

export interface ReadResult {
  entries: TracklistEntry[];
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
}

/**
 * The most entries one tracklist file gives. A 3-hour DJ set has about 60 tracks; a 24-hour radio
 * playout log that lists every record, station ident, jingle and advert has under 3,000 (one entry
 * every 30 seconds, all day, is 2,880). 5,000 is well past any real show, and low enough that a
 * hostile 32 MiB file of 400,000 tracks is refused before its sections are built (each costs
 * memory in every later stage: rules, preview, upload form).
 */
export const MAX_TRACKLIST_ENTRIES = 5_000;

/**
 * The most warnings one file lists, as errors are capped at 100 (MAX_DIAGNOSTICS): more than
 * anyone reads, and each is a log line and an annotation. A 32 MiB export of 499,000 lines that
 * are no entries gave a warning each: eight of them wrote 4 million workflow commands and took
 * 2.8 GB. Past the cap, warnings are counted, not kept.
 */
export const MAX_WARNINGS = 100;

export const TOO_MANY_WARNINGS = "too-many-warnings";

/** The warning that closes a capped list: how many more there are, and what to do. */
export function moreWarnings(file: string, at: Span, count: number): Diagnostic {
  const more = `${count.toLocaleString("en")} more warning${count === 1 ? "" : "s"}`;
  const message = `and ${more} of this file, not shown: fix the ones above and check again`;
  return warningAt(file, at, TOO_MANY_WARNINGS, message);
}

/**
 * A list of problems that keeps its first `max` and only counts the rest (their messages are not
 * even built), closed by one that says how many more there were.
 */
class CappedList {
  readonly items: Diagnostic[] = [];
  private past = 0;
  private firstPast: Span | undefined;

  constructor(
    private readonly max: number,
    private readonly closing: (at: Span, count: number) => Diagnostic,
  ) {}

  add(span: Span, make: () => Diagnostic): void {
    if (this.items.length < this.max) {
      this.items.push(make());
      return;
    }
    this.past++;
    this.firstPast ??= span;
  }

  /** Adds the closing item, once, when some were only counted. */
  close(): void {
    if (this.firstPast === undefined) return;
    this.items.push(this.closing(this.firstPast, this.past));
    this.firstPast = undefined;
  }
}

export class Findings implements ReadResult {
  readonly entries: TracklistEntry[] = [];
  /**
   * Errors past {@link MAX_DIAGNOSTICS} are only counted, as warnings are past
   * {@link MAX_WARNINGS}: `capped()` would list no more, and a file of 500,000 bad lines would
   * otherwise keep 500,000 of them.
   */
  private readonly errors = new CappedList(MAX_DIAGNOSTICS, (at, n) =>
    moreProblems(this.file, at, n),
  );
  private readonly warningList = new CappedList(MAX_WARNINGS, (at, n) =>
    moreWarnings(this.file, at, n),
  );
  readonly diagnostics: Diagnostic[] = this.errors.items;
  readonly warnings: Diagnostic[] = this.warningList.items;
  /** Entries read, those past the cap included (counted, not kept). */
  private read = 0;
  /** Where the first entry past the cap is. */
  private firstPastCap: Span | undefined;

  constructor(readonly file: string) {}

  /** True once more than {@link MAX_TRACKLIST_ENTRIES} entries were read: stop building them. */
  get full(): boolean {
    return this.read > MAX_TRACKLIST_ENTRIES;
  }

  /** Entries past the cap that a reader counted without reading them. */
  countSkipped(count: number): void {
    this.read += count;
  }

  /** What was read; no entries and one error when there are more than the cap. */
  result(): ReadResult {
    this.errors.close();
    this.warningList.close();
    if (!this.full) return this;
    const message = `this tracklist has ${this.read.toLocaleString("en")} entries; a show takes at most ${MAX_TRACKLIST_ENTRIES.toLocaleString("en")} (a 24-hour radio log of every record, ident and advert has under 3,000): is this the right file? Split a longer log into one file a show`;
    const at = this.firstPastCap ?? FILE_START;
    return {
      entries: [],
      diagnostics: [
        ...this.diagnostics,
        diagnosticAt(this.file, at, "tracklist-too-many", message),
      ],
      warnings: this.warnings,
    };
  }

  /** Counts an entry; true when it is past the cap (and so not kept). */
  private pastCap(span: Span): boolean {
    this.read++;
    if (this.read <= MAX_TRACKLIST_ENTRIES) return false;
    this.firstPastCap ??= span;
    return true;
  }

  error(span: Span, rule: TracklistRule, message: string): void {
    this.errors.add(span, () => diagnosticAt(this.file, span, rule, message));
  }

  /** A warning; `message` may be a function, built only for a warning that is kept. */
  warn(span: Span, rule: TracklistRule, message: string | (() => string)): void {
    this.warningList.add(span, () =>
      warningAt(this.file, span, rule, typeof message === "string" ? message : message()),
    );
  }

  track(span: Span, start: number, artist: string, song: string, album?: string): void {
    if (this.pastCap(span) || this.beforeFirst(span, start)) return;
    const entry: TracklistEntry = { kind: "track", start, artist, song, span };
    if (album) entry.album = album;
    this.entries.push(entry);
  }

  /**
   * Starts count from the first entry of a history; one that played earlier (rows out of order)
   * would get a negative start, which no section may have.
   */
  private beforeFirst(span: Span, start: number): boolean {
    if (start >= 0) return false;
    this.error(
      span,
      "tracklist-before-first",
      `this entry played ${-start} s before the file's first entry: list the entries in the order they played`,
    );
    return true;
  }

  chapter(span: Span, start: number, chapter: string): void {
    if (this.pastCap(span) || this.beforeFirst(span, start)) return;
    this.entries.push({ kind: "chapter", start, chapter, span });
  }
}

/**
 * Text from the file as a message quotes it: in double quotes, on one line, with control and
 * bidirectional-override characters escaped (a message becomes a log line and an annotation), and
 * cut after `max` characters.
 */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, cutAt(text, max))}…` : text;
  return `"${escapeText(cut)}"`;
}

/** `max`, or one less where `max` would fall between the halves of a surrogate pair. */
function cutAt(text: string, max: number): number {
  const before = text.charCodeAt(max - 1);
  return before >= 0xd800 && before <= 0xdbff ? max - 1 : max;
}

/** Control and bidirectional-override characters as `\uXXXX` (line breaks as `\n`, `\r`). */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
