import type { Diagnostic } from "../diagnostic.js";

/** Which of a cloudcast's two media a check is about; also the prefix of every rule id. */
export type MediaKind = "audio" | "picture";

export interface MediaCheckOptions {
  /** The repository checkout; every repo path must stay inside it (after resolving symlinks). */
  workspace: string;
  signal?: AbortSignal;
  /** Per URL check (connect, headers, and the whole check). Default 30 s. */
  timeoutMs?: number;
  /** Redirects followed per URL. Default 5. */
  maxRedirects?: number;
  /**
   * Extra request headers for one URL (e.g. a token for a release asset). Called again for
   * every redirect hop, so a credential is only sent where the caller decides it belongs.
   */
  fetchHeaders?: (url: URL) => Record<string, string> | undefined;
  /**
   * Looks a URL up as a release asset of the run's own repository (through the GitHub API, so
   * assets of private repositories can be checked); undefined when it is no such asset.
   */
  findReleaseAsset?: (url: string) => Promise<ReleaseAssetInfo | undefined>;
}

/** What the GitHub API tells of a release asset. */
export interface ReleaseAssetInfo {
  name: string;
  size: number;
  contentType: string;
}

export type ResolvedMedia =
  | {
      kind: "file";
      /** Absolute real path (symlinks resolved, inside the workspace). */
      path: string;
      /** Repo-relative path as the cloudcast names it (or the default audio found beside it). */
      relPath: string;
      filename: string;
      size: number;
      type: string;
      contentType: string;
      durationSeconds?: number;
    }
  | {
      kind: "url";
      /** The final URL, after redirects. */
      url: string;
      originalUrl: string;
      filename: string;
      size?: number;
      type?: string;
      contentType?: string;
      acceptsRanges: boolean;
    };

export type FileMedia = Extract<ResolvedMedia, { kind: "file" }>;
export type UrlMedia = Extract<ResolvedMedia, { kind: "url" }>;

export interface MediaCheck {
  audio?: ResolvedMedia;
  picture?: ResolvedMedia;
  diagnostics: Diagnostic[];
  /** What is odd about the media but does not stop them (each with `severity: "warning"`). */
  warnings: Diagnostic[];
}

/** A detected format: a short name (`mp3`, `png`) and the MIME type to upload it with. */
export interface SniffedType {
  type: string;
  contentType: string;
}

/**
 * One problem with one medium, before it is placed in a file: `rule` is the part after the
 * kind (`missing` becomes `audio-missing`), so one checker serves both kinds.
 */
export interface MediaProblem {
  rule: string;
  message: string;
}
