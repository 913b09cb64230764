// What a reader collects while it reads: entries, errors and warnings, all in one tracklist file.
import { diagnosticAt, warningAt } from "../diagnostic.js";
import type { Diagnostic, Span } from "../diagnostic.js";
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

  error(span: Span, rule: string, message: string): void {
    this.diagnostics.push(diagnosticAt(this.file, span, rule, message));
  }

  warn(span: Span, rule: string, message: string): void {
    this.warnings.push(warningAt(this.file, span, rule, message));
  }

  track(span: Span, start: number, artist: string, song: string, album?: string): void {
    const entry: TracklistEntry = { kind: "track", start, artist, song, span };
    if (album) entry.album = album;
    this.entries.push(entry);
  }

  chapter(span: Span, start: number, chapter: string): void {
    this.entries.push({ kind: "chapter", start, chapter, span });
  }
}
