// Fetches a cloudcast's audio or picture named by URL to a temporary file before it is uploaded.
// A release asset of the run's own repository goes through the GitHub API with the job's token,
// so assets of private repositories work; every other URL is downloaded as it is. A file the
// checkout holds as a Git LFS pointer is fetched from the repository's LFS server.
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { Limits } from "./constants.js";
import type { GitHubApi } from "./github/index.js";
import type { LfsAccess, UrlMedia } from "./media/types.js";
import type { UrlPolicy } from "./media/index.js";
import { downloadToTemp } from "./media/index.js";
import { formatBytes } from "./media/formats.js";
import type { LfsMedia, LocalMedia } from "./publish/execute.js";

export interface DownloaderOptions {
  tempDir: string;
  signal: AbortSignal;
  attempts: number;
  /** Present when a GitHub token is at hand. */
  github?: Pick<GitHubApi, "findReleaseAssetByUrl" | "downloadReleaseAsset">;
  onProgress?: (url: string, got: number, total?: number) => void;
  /** Which addresses a URL may lead to (release assets go through the trusted GitHub API). */
  urlPolicy?: UrlPolicy;
}

export function createDownloader(options: DownloaderOptions) {
  return async (media: UrlMedia, kind: "audio" | "picture"): Promise<LocalMedia> => {
    const maxBytes = kind === "audio" ? Limits.audioBytes : Limits.pictureBytes;
    const asset = await options.github?.findReleaseAssetByUrl(media.originalUrl);
    if (asset !== undefined && options.github !== undefined) {
      if (asset.size > maxBytes) {
        throw new Error(
          `the ${kind} release asset ${asset.name} is ${formatBytes(asset.size)}; Mixcloud takes at most ${formatBytes(maxBytes)}`,
        );
      }
      const dir = await mkdtemp(join(options.tempDir, "mixcloud-asset-"));
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        const path = join(dir, kind);
        await options.github.downloadReleaseAsset(asset.id, path, options.signal, maxBytes);
        return { path, cleanup };
      } catch (error) {
        await cleanup();
        throw error;
      }
    }
    const downloaded = await downloadToTemp(media, {
      tempDir: options.tempDir,
      maxBytes,
      signal: options.signal,
      attempts: options.attempts,
      kind,
      ...(options.urlPolicy === undefined ? {} : { urlPolicy: options.urlPolicy }),
      onProgress: (got, total) => options.onProgress?.(media.originalUrl, got, total),
    });
    // The type the download's content shows: the check may not have read past a large ID3 tag.
    return {
      path: downloaded.path,
      contentType: downloaded.contentType,
      cleanup: downloaded.cleanup,
    };
  };
}

/**
 * Fetches a Git LFS object for an upload: downloaded to a temporary folder and checked against
 * its pointer (size and sha256) before the upload may read a byte of it.
 */
export function createLfsDownloader(lfs: LfsAccess, signal: AbortSignal) {
  return (media: LfsMedia, kind: "audio" | "picture"): Promise<LocalMedia> =>
    lfs.download(media.lfs, `the ${kind} \`${media.relPath}\``, media.filename, signal);
}
