import type { CloudcastDiff } from "./cloudcast/diff-result.js";
import type { Section } from "./cloudcast/types.js";
import type { Diagnostic, Span } from "./diagnostic.js";
import type { LeftOutEntry } from "./tracklist/resolve.js";

/** What became of one selected file (SPEC §3 `results`). */
export type Status =
  "published" | "updated" | "unchanged" | "skipped" | "dry-run" | "invalid" | "failed";

/** What the media checks learned about a file's audio or picture, for the summary. */
export interface MediaInfo {
  /** Repo-relative path or URL (redacted of any query string credentials). */
  source: string;
  /** Bytes, when known (always for repo files; from headers for URLs). */
  size?: number;
  /** Detected container/format, e.g. `mp3`, `m4a`, `flac`, `jpeg`. */
  type?: string;
  /** Length in seconds, where the format tells it cheaply. */
  durationSeconds?: number;
}

export interface FileResult {
  /** Workspace-relative path, `/`-separated. */
  file: string;
  status: Status;
  title?: string;
  /** Mixcloud key `/user/slug/` once known. */
  key?: string;
  url?: string;
  /** One line for `failed` (and a summary line for `invalid`). */
  error?: string;
  /**
   * Where a `failed` file's error belongs, when it belongs to a line: the `audio:` or `picture:`
   * line for a medium that could not be fetched for its upload. Absent: the file as a whole.
   */
  errorAt?: Span;
  /** Every problem found in the file or its media (empty unless `invalid`). */
  diagnostics: Diagnostic[];
  /**
   * What Mixcloud may hold against the show without refusing it (licensing, length, the
   * account), each with `severity: "warning"`. Reported and counted, never a reason to fail.
   */
  warnings: Diagnostic[];
  /** Details shown in the summary and the PR comment. */
  details?: {
    tags: string[];
    tracks: number;
    /** The sections as Mixcloud gets them, in order (absent: only the count is known). */
    sections?: SectionRow[];
    /**
     * The tracklist file the tracks came from, and how many of its entries `tracklist_exclude`
     * left out: which, and the pattern that matched each.
     */
    tracklist?: { file: string; excluded: number; left?: LeftOutEntry[] };
    audio?: MediaInfo;
    picture?: MediaInfo;
    /** For a file the event modified or renamed: what Mixcloud gets differently from before. */
    change?: Change;
  };
}

/** A section of the tracklist, and where it was written (a warning about it is placed there). */
export interface SectionRow {
  section: Section;
  at?: { file: string; line: number; column: number };
}

/**
 * The difference from the previous version, or why there is none to show (it was invalid); and
 * the file's previous path when the event renamed it.
 */
export type Change = ({ diff: CloudcastDiff } | { unreadable: string }) & { renamedFrom?: string };

/** The JSON shape of each entry of the `results` output: exactly SPEC §3's fields. */
export function toOutputResult(r: FileResult): {
  file: string;
  status: Status;
  title: string | null;
  key: string | null;
  url: string | null;
  error: string | null;
} {
  return {
    file: r.file,
    status: r.status,
    title: r.title ?? null,
    key: r.key ?? null,
    url: r.url ?? null,
    error: r.error ?? null,
  };
}
