// What a reader collects while it reads: entries, errors and warnings, all in one tracklist file.
import { diagnosticAt, warningAt } from "../diagnostic.js";
import type { Diagnostic, Span } from "../diagnostic.js";
import type { TracklistRule } from "./rules.js";
import type { TracklistEntry } from "./types.js";

export interface ReadResult {
  entries: TracklistEntry[];
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
}

export class Findings implements ReadResult {
  readonly entries: TracklistEntry[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];

  constructor(readonly file: string) {}

  error(span: Span, rule: TracklistRule, message: string): void {
    this.diagnostics.push(diagnosticAt(this.file, span, rule, message));
  }

  warn(span: Span, rule: TracklistRule, message: string): void {
    this.warnings.push(warningAt(this.file, span, rule, message));
  }

  track(span: Span, start: number, artist: string, song: string, album?: string): void {
    if (this.beforeFirst(span, start)) return;
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
    if (this.beforeFirst(span, start)) return;
    this.entries.push({ kind: "chapter", start, chapter, span });
  }
}

/**
 * Text from the file as a message quotes it: in double quotes, on one line, with control and
 * bidirectional-override characters escaped (a message becomes a log line and an annotation), and
 * cut after `max` characters.
 */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return `"${escapeText(cut)}"`;
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
