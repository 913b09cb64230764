import { createHash } from "node:crypto";
import { open, type FileHandle } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { ByteSource } from "./bytes.js";
import { exactBytes, formatBytePair, formatBytes } from "./formats.js";
import { describeNetworkError } from "./http.js";
import { errorCode } from "./workspace-path.js";

// Bytes that live elsewhere — a Git LFS object, audio at a URL — seen the one way the checks and
// the upload need them: a size, ranged reads (so a check reads the few kilobytes it needs), a
// body from an offset (so a download resumes after a dropped connection), and the sha256 the
// bytes must have, when someone vouches for it. Where the bytes come from is the business of
// whoever builds the object (lfs/, url-object.ts); the sniffers and duration readers only ever
// see the ByteSource made here.

/** A body from `start` to the end of the object. */
export interface RemoteBody {
  /** Where the body starts: the offset asked for, or 0 when the server could not resume. */
  start: number;
  chunks: AsyncIterable<Uint8Array>;
  /** Drops the rest of the body (the connection is not kept for it). */
  cancel(): void;
}

export interface RemoteObject {
  /** Names the object in messages, e.g. "the audio `shows/a.mp3`". */
  readonly label: string;
  readonly size: number;
  /** The sha256 (hex) the bytes must have, when it is known beforehand (Git LFS). */
  readonly sha256?: string;
  /** Where the bytes are fetched from, for messages: redacted (a query string may hold a signature). */
  readonly where?: string;
  /** Up to `length` bytes from `at` (fewer at the end). */
  read(at: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
  open(from: number, signal?: AbortSignal): Promise<RemoteBody>;
  /** Bytes received from the network so far, for the log and the bench. */
  readonly bytesFetched: number;
}

/** A fetch that failed; `retryable` when another try could succeed (a dropped connection). */
export class RemoteFetchError extends Error {
  constructor(
    message: string,
    readonly rule: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "RemoteFetchError";
  }
}

/** The blocks a rangedSource keeps, by index (offset / REMOTE_BLOCK_BYTES). */
export type KeptBlocks = Map<number, Uint8Array>;

/** Reads are rounded to blocks this big and kept, so header readers' small reads share one range. */
export const REMOTE_BLOCK_BYTES = 64 * 1024;
/** Reads at least this long (a frame count through a whole file) go straight through, unkept. */
const PASS_THROUGH_BYTES = 512 * 1024;
/**
 * Blocks kept at most (4 MiB): a header walk reads a few, but a fragmented MP4's walk visits one
 * per fragment through the whole file, and memory must not grow with the file.
 */
const MAX_KEPT_BLOCKS = 64;

/**
 * The ByteSource the sniffers and duration readers take, over a remote object: reads are
 * rounded out to 64 KiB blocks, and the missing blocks of one read are asked for in one range,
 * so the dozen small reads of a header walk cost one or two requests; the last 64 are kept. A long read (counting
 * the frames of an MP3 without a length header) is passed through without being kept, so
 * memory stays at one read. `blocks` are the blocks kept so far: a second source over the same
 * bytes (URL audio's length read after its probe) given the first's asks for none of them again.
 */
export function rangedSource(
  object: RemoteObject,
  signal?: AbortSignal,
  blocks: KeptBlocks = new Map(),
): ByteSource {
  return {
    size: object.size,
    async read(offset, length) {
      const end = Math.min(object.size, offset + Math.max(0, length));
      if (offset < 0 || offset >= end) return new Uint8Array(0);
      if (end - offset >= PASS_THROUGH_BYTES) return object.read(offset, end - offset, signal);
      const first = Math.floor(offset / REMOTE_BLOCK_BYTES);
      const last = Math.floor((end - 1) / REMOTE_BLOCK_BYTES);
      await fetchMissingBlocks(object, blocks, first, last, signal);
      const out = new Uint8Array(end - offset);
      for (let index = first; index <= last; index++) {
        const block = blocks.get(index) ?? new Uint8Array(0);
        const blockStart = index * REMOTE_BLOCK_BYTES;
        const from = Math.max(offset, blockStart) - blockStart;
        const to = Math.min(end, blockStart + block.length) - blockStart;
        if (to > from) out.set(block.subarray(from, to), blockStart + from - offset);
      }
      // The oldest first (a Map keeps its insertion order), after the read is served.
      for (const index of blocks.keys()) {
        if (blocks.size <= MAX_KEPT_BLOCKS) break;
        blocks.delete(index);
      }
      return out;
    },
  };
}

async function fetchMissingBlocks(
  object: RemoteObject,
  blocks: KeptBlocks,
  first: number,
  last: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  let missingFrom = first;
  while (missingFrom <= last && blocks.has(missingFrom)) missingFrom++;
  let missingTo = last;
  while (missingTo >= missingFrom && blocks.has(missingTo)) missingTo--;
  if (missingFrom > missingTo) return;
  const at = missingFrom * REMOTE_BLOCK_BYTES;
  const bytes = await object.read(at, (missingTo + 1) * REMOTE_BLOCK_BYTES - at, signal);
  for (let index = missingFrom; index <= missingTo; index++) {
    const from = (index - missingFrom) * REMOTE_BLOCK_BYTES;
    blocks.set(index, bytes.subarray(from, from + REMOTE_BLOCK_BYTES));
  }
}

export interface VerifiedDownloadOptions {
  signal?: AbortSignal;
  /** Tries in all, resumptions included. */
  attempts: number;
  onProgress?: (got: number, total: number) => void;
}

/**
 * Downloads the whole object to `path`, streamed (memory stays at one chunk), resumed from
 * where it stopped after a dropped connection, and checked on arrival: exactly `size` bytes and,
 * when the object has one, the sha256 it must have. A file that fails the check is not kept.
 */
export async function downloadVerified(
  object: RemoteObject,
  path: string,
  options: VerifiedDownloadOptions,
): Promise<void> {
  const file = await open(path, "w");
  const state = { written: 0, hash: createHash("sha256") };
  try {
    for (let attempt = 1; ; attempt++) {
      options.signal?.throwIfAborted();
      try {
        await receive(object, file, state, options);
        break;
      } catch (error) {
        options.signal?.throwIfAborted();
        const failure = asFetchError(error, object, state.written);
        if (!failure.retryable || attempt >= options.attempts) throw failure;
        await sleep(250 * 2 ** (attempt - 1), undefined, { signal: options.signal });
      }
    }
  } finally {
    await file.close();
  }
  verify(object, state.written, state.hash.digest("hex"));
}

async function receive(
  object: RemoteObject,
  file: FileHandle,
  state: { written: number; hash: ReturnType<typeof createHash> },
  options: VerifiedDownloadOptions,
): Promise<void> {
  const body = await object.open(state.written, options.signal);
  if (body.start !== state.written) {
    // The server could not resume: start over, file and hash alike.
    await file.truncate(0);
    state.written = 0;
    state.hash = createHash("sha256");
  }
  try {
    for await (const chunk of body.chunks) {
      if (state.written + chunk.length > object.size) throw tooLarge(object);
      await file.write(chunk, 0, chunk.length, state.written);
      state.hash.update(chunk);
      state.written += chunk.length;
      options.onProgress?.(state.written, object.size);
    }
  } finally {
    body.cancel();
  }
  if (state.written < object.size) {
    // Exact bytes when rounding would show "1.0 GiB of 1.0 GiB".
    const [got, total] = formatBytePair(state.written, object.size);
    throw new RemoteFetchError(
      `${object.label}: the connection ended after ${got} of ${total}`,
      "lfs-unreachable",
      true,
    );
  }
}

/** An object that outgrows the size it must have: against its pointer, where it has one. */
function tooLarge(object: RemoteObject): RemoteFetchError {
  const message =
    object.sha256 === undefined
      ? `${object.label} is larger on the server than the ${exactBytes(object.size)} expected`
      : mismatchMessage(
          object.label,
          { sha256: object.sha256, size: object.size },
          { size: object.size, more: true },
        );
  return new RemoteFetchError(message, "lfs-mismatch", false);
}

function verify(object: RemoteObject, size: number, sha256: string): void {
  if (object.sha256 === undefined || (size === object.size && sha256 === object.sha256)) return;
  throw new RemoteFetchError(
    mismatchMessage(object.label, { sha256: object.sha256, size: object.size }, { sha256, size }),
    "lfs-mismatch",
    false,
  );
}

/**
 * "… does not match its Git LFS pointer: the pointer says sha256 0123456789ab…, 5 bytes, the LFS
 * server sent …": what the server `has` (its batch answer) or `sent` (the bytes), and `more`
 * when it sent more than the size (and was cut off there).
 */
export function mismatchMessage(
  label: string,
  expected: { sha256: string; size: number },
  got: { sha256?: string; size: number; more?: boolean },
  server: "sent" | "has" = "sent",
): string {
  const describe = (o: { sha256?: string; size: number; more?: boolean }) =>
    `${o.sha256 === undefined ? "" : `sha256 ${o.sha256.slice(0, 12)}…, `}${o.more === true ? "more than " : ""}${o.size} bytes`;
  return (
    `${label} does not match its Git LFS pointer: the pointer says ${describe(expected)}, ` +
    `the LFS server ${server} ${describe(got)}; nothing of it was uploaded. ` +
    "Commit the file again with Git LFS (`git lfs track`, then `git add`) and push it with `git lfs push --all origin`"
  );
}

/** Local disk problems end the download; anything else on the way is the network, worth another try. */
function asFetchError(error: unknown, object: RemoteObject, written: number): RemoteFetchError {
  if (error instanceof RemoteFetchError) return error;
  const code = errorCode(error);
  if (code !== undefined && ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM"].includes(code)) {
    const message = error instanceof Error ? error.message : String(error);
    return new RemoteFetchError(
      `${object.label}: could not write the download to disk: ${message}`,
      "lfs-unreachable",
      false,
    );
  }
  const from = object.where === undefined ? "" : ` from ${object.where}`;
  return new RemoteFetchError(
    `${object.label}: the download${from} failed after ${formatBytes(written)}: ${describeNetworkError(error)}`,
    "lfs-unreachable",
    true,
  );
}

/**
 * The whole object in memory, verified like a download: for the small files that are parsed
 * rather than uploaded (a tracklist export). The caller bounds `size` before asking.
 */
export async function readWholeVerified(
  object: RemoteObject,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const bytes = await object.read(0, object.size, signal);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  verify(object, bytes.length, sha256);
  return bytes;
}

/**
 * `length` bytes from offset `at`, out of a body that starts at `body.start` (0 when a server
 * ignored the Range header: the bytes before `at` are read and dropped). The connection is
 * closed as soon as the bytes are in, rather than read on.
 */
export async function collectRange(
  body: RemoteBody,
  at: number,
  length: number,
  count: (n: number) => void,
): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  let position = body.start;
  let filled = 0;
  try {
    for await (const chunk of body.chunks) {
      count(chunk.length);
      const from = Math.max(0, at - position);
      const to = Math.min(chunk.length, at + length - position);
      if (to > from) {
        out.set(chunk.subarray(from, to), position + from - at);
        filled = position + to - at;
      }
      position += chunk.length;
      if (position >= at + length) break;
    }
  } finally {
    body.cancel();
  }
  if (filled < length) {
    throw new RemoteFetchError(
      `the download ended after ${filled} of the ${length} bytes asked for`,
      "lfs-unreachable",
      true,
    );
  }
  return out;
}
