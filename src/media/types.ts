import type { Diagnostic } from "../diagnostic.js";
import type { UrlCheckRun } from "./url-check.js";
import type { UrlPolicy } from "./url-policy.js";
import type { LfsObjectId } from "./lfs.js";
import type { RemoteObject } from "./remote-object.js";

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
  /** Which addresses a URL may lead to. Default: public addresses only, over https. */
  urlPolicy?: UrlPolicy;
  /** The run's URL checks (each URL once, all within one time budget); without it, each on its own. */
  urlChecks?: UrlCheckRun;
  /** Fetches Git LFS objects; without it a pointer is refused with a message to run `git lfs pull`. */
  lfs?: LfsAccess;
  /** A line for the log about one medium (why a whole object is read, how much of it was read). */
  note?: (message: string) => void;
}

/**
 * The repository's Git LFS server, as a run reaches it (src/media/lfs-access.ts builds it; the
 * client itself is loaded on first use, so a run without pointers never loads it).
 */
export interface LfsAccess {
  /** Asks the LFS server for the object (a batch request): no byte of the object is read yet. */
  open(id: LfsObjectId, label: string, signal?: AbortSignal): Promise<RemoteObject>;
  /** Downloads and verifies the object into a new temporary folder, for an upload. */
  download(
    id: LfsObjectId,
    label: string,
    filename: string,
    signal?: AbortSignal,
  ): Promise<{ path: string; cleanup(): Promise<void> }>;
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
      /**
       * Set when the workspace holds a Git LFS pointer: `size`, type and duration are the
       * object's (read by ranges), and the upload downloads it first.
       */
      lfs?: LfsObjectId;
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
      /** Read by ranged requests, where the server answers them (206). */
      durationSeconds?: number;
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
