import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import type { RepoRef } from "./types.js";

/** A release download link, taken apart. */
export interface ReleaseDownloadLink {
  owner: string;
  repo: string;
  tag: string;
  name: string;
}

/**
 * Reads `https://<server>/{owner}/{repo}/releases/download/{tag}/{name}`. Only links of this
 * server are taken (on GitHub Enterprise Server, `GITHUB_SERVER_URL`); undefined for anything else.
 */
export function parseReleaseDownloadUrl(
  url: string,
  serverUrl: string,
): ReleaseDownloadLink | undefined {
  let parsed: URL;
  let server: URL;
  try {
    parsed = new URL(url);
    server = new URL(serverUrl);
  } catch {
    return undefined;
  }
  if (parsed.origin !== server.origin || parsed.search || parsed.hash) return undefined;
  const prefix = server.pathname.replace(/\/+$/, "");
  if (!parsed.pathname.startsWith(`${prefix}/`)) return undefined;
  const parts = parsed.pathname.slice(prefix.length + 1).split("/");
  if (parts.length !== 6 || parts[2] !== "releases" || parts[3] !== "download") return undefined;
  const [owner, repo, , , tag, name] = parts.map(safeDecode);
  if (!owner || !repo || !tag || !name) return undefined;
  return { owner, repo, tag, name };
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** GitHub's owner and repository names are case-insensitive. */
export function isSameRepo(link: ReleaseDownloadLink, repo: RepoRef): boolean {
  return (
    link.owner.toLowerCase() === repo.owner.toLowerCase() &&
    link.repo.toLowerCase() === repo.repo.toLowerCase()
  );
}

/** A download that passed its size cap; the partial file is already gone. */
export class AssetTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the release asset sent more than ${maxBytes} bytes, the most it may have`);
    this.name = "AssetTooLargeError";
  }
}

/**
 * Writes a response body to `destPath` through a `.part` file renamed at the end, so a
 * download cut short never leaves a file that looks complete. Memory stays flat: the body is
 * piped, never buffered; past `maxBytes` it stops, so the disk cannot be filled.
 */
export async function streamToFile(
  body: ReadableStream<Uint8Array>,
  destPath: string,
  signal?: AbortSignal,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ bytes: number }> {
  const partPath = `${destPath}.part`;
  let bytes = 0;
  const count = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new AssetTooLargeError(maxBytes);
      yield chunk;
    }
  };
  try {
    await pipeline(
      Readable.fromWeb(body),
      count,
      createWriteStream(partPath),
      signal ? { signal } : {},
    );
    await rename(partPath, destPath);
  } catch (error) {
    await rm(partPath, { force: true });
    throw error;
  }
  return { bytes };
}
