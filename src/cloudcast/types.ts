import type { Diagnostic, SourceSpan, Span } from "../diagnostic.js";

/** Where a cloudcast's audio or picture comes from, as written in the file. */
export type MediaRef =
  | {
      kind: "path";
      /** Repo-relative, `/`-separated, normalised, never escaping the repo. */ path: string;
    }
  | { kind: "url"; url: string };

/**
 * A section of the tracklist: a track (artist + song) or a chapter. `start` is in seconds.
 * `album` is never sent to Mixcloud: it is there for the licensing rules (at most 3 tracks from
 * one album), from the file's `album:` key or a DJ export that carries it.
 */
export type Section =
  | { kind: "track"; start: number; artist: string; song: string; album?: string }
  | { kind: "chapter"; start: number; chapter: string };

/** A valid cloudcast file, in the terms of the Mixcloud API. Optional keys absent from the file are undefined. */
export interface Cloudcast {
  /** `title`, trimmed. Mixcloud `name`. */
  title: string;
  /** `desc`, after YAML folding. Mixcloud `description`. */
  description?: string;
  tags: string[];
  sections: Section[];
  /**
   * `tracklist`: the DJ software export the sections come from, as written (relative to the
   * cloudcast file's folder, `/`-separated, normalised). Undefined: `tracks:`, or the export
   * beside the file with the same stem, if there is one (found by the tracklist stage).
   */
  tracklist?: string;
  /** `tracklist_exclude`: glob patterns on `Artist - Title` of tracklist entries to leave out. */
  tracklistExclude?: string[];
  /** As written; undefined means "the sibling file with the same stem" (resolved by the media checks). */
  audio?: MediaRef;
  picture?: MediaRef;
  unlisted?: boolean;
  /** Normalised to UTC `YYYY-MM-DDTHH:MM:SSZ`. */
  publishDate?: string;
  disableComments?: boolean;
  hideStats?: boolean;
  hosts: string[];
  /** `/user/slug/` of an existing upload this file describes. */
  key?: string;
}

/** The top-level keys of the file format (SPEC §2), in the order the reference lists them. */
export const CLOUDCAST_KEYS = [
  "title",
  "desc",
  "tags",
  "tracks",
  "tracklist",
  "tracklist_exclude",
  "audio",
  "picture",
  "unlisted",
  "publish_date",
  "disable_comments",
  "hide_stats",
  "hosts",
  "key",
] as const;
export type CloudcastKey = (typeof CLOUDCAST_KEYS)[number];

/** The outcome of reading one file: a cloudcast, or the problems that stop it being one. */
export interface ParsedCloudcast {
  file: string;
  /** Present only when `diagnostics` is empty. */
  cloudcast?: Cloudcast;
  /** The title, when it is valid though something else in the file is not (for reports). */
  title?: string;
  diagnostics: Diagnostic[];
  /** Where each top-level key's value sits (falls back to the key), for later diagnostics on media. */
  spans: Partial<Record<CloudcastKey, Span>>;
  /**
   * Where each of `cloudcast.sections` was written, index for index: a `tracks:` item of this
   * file, or a line of the tracklist file it came from. Rules about one track (licensing, a start
   * past the end of the audio) are reported there.
   */
  sectionSpans?: SourceSpan[];
  /** Where each of `cloudcast.tracklistExclude` is written, index for index (for "matches nothing"). */
  excludeSpans?: Span[];
  /** What Mixcloud may hold against the show without refusing it; never makes the file invalid. */
  warnings?: Diagnostic[];
}
