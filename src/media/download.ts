import { mkdtemp, open, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { safeFilename } from "./filename.js";
import { formatBytePair, formatBytes, seconds } from "./formats.js";
import type { HttpResponse, HttpSession } from "./http.js";
import {
  backoffMs,
  acceptsByteRanges,
  describeNetworkError,
  describeStatus,
  discardBody,
  headerValue,
  integerHeader,
  openHttpSession,
  parseContentRange,
  requestFollowingRedirects,
} from "./http.js";
import { errorCode } from "./workspace-path.js";
import { notOfKindMessage } from "./problems.js";
import { HEAD_BYTES, fileSource } from "./local-file.js";
import { sniffSource } from "./sniff.js";
import type { MediaKind, SniffedType, UrlMedia } from "./types.js";
import type { UrlPolicy } from "./url-policy.js";
import {
  PUBLIC_ONLY,
  findAddressRefusal,
  redactUrl,
  refusedConnectionProblem,
} from "./url-policy.js";
import { errorMessage } from "../errors.js";

// Fetches a URL medium to a temporary file, so the upload can stream it from disk with a known
// size. Streamed (memory does not grow with the file), capped while streaming (a server cannot
// fill the disk), watched for stalls, resumed with a Range request after a dropped connection
// where the server allows it, and never leaves a partial file behind.

export interface DownloadOptions {
  tempDir: string;
  maxBytes: number;
  signal?: AbortSignal;
  /** No data for this long counts as a dropped connection. Default 30 s. */
  stallMs?: number;
  /** Tries in all, resumptions included. Default 3. */
  attempts?: number;
  /** Sent only to the origin of the URL, never to a host it redirects to. */
  headers?: Record<string, string>;
  onProgress?: (got: number, total?: number) => void;
  kind: MediaKind;
  /** Which addresses the URL may lead to. Default: public addresses only, over https. */
  urlPolicy?: UrlPolicy;
}

export interface DownloadedMedia {
  path: string;
  size: number;
  type: string;
  contentType: string;
  cleanup(): Promise<void>;
}

/** A download that failed; `retryable` says whether another try could succeed. */
export class MediaDownloadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "MediaDownloadError";
  }
}

const DEFAULT_STALL_MS = 30_000;
const DEFAULT_ATTEMPTS = 3;
const MAX_REDIRECTS = 5;

/** Where a download stands; shared by the attempts so each can resume where the last stopped. */
interface Progress {
  written: number;
  /** Full length of the file, once a response told it. */
  total?: number;
  /** The server takes Range requests and told the total, so a resumed body can be spliced on. */
  resumable: boolean;
}

interface Job {
  media: UrlMedia;
  options: DownloadOptions;
  label: string;
  session: HttpSession;
  file: FileHandle;
  progress: Progress;
}

export async function downloadToTemp(
  media: UrlMedia,
  options: DownloadOptions,
): Promise<DownloadedMedia> {
  const dir = await mkdtemp(join(options.tempDir, "mixcloud-media-"));
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
  const path = join(dir, safeFilename(media.filename) || options.kind);
  try {
    const { size, type } = await downloadInto(path, media, options);
    return { path, size, ...type, cleanup };
  } catch (error) {
    await cleanup();
    throw options.signal?.aborted ? (options.signal.reason ?? error) : error;
  }
}

async function downloadInto(
  path: string,
  media: UrlMedia,
  options: DownloadOptions,
): Promise<{ size: number; type: SniffedType }> {
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  const session = await openHttpSession(
    { connectMs: stallMs, headersMs: stallMs, bodyMs: stallMs },
    options.urlPolicy ?? PUBLIC_ONLY,
  );
  const file = await open(path, "w+");
  const label = `the ${options.kind} URL ${redactUrl(media.url)}`;
  const job: Job = {
    media,
    options,
    label,
    session,
    file,
    progress: { written: 0, resumable: false },
  };
  try {
    await withAttempts(job);
    return { size: job.progress.written, type: await sniffDownloaded(job) };
  } finally {
    await file.close();
    await session.close();
  }
}

async function withAttempts(job: Job): Promise<void> {
  const attempts = Math.max(1, job.options.attempts ?? DEFAULT_ATTEMPTS);
  for (let attempt = 1; ; attempt++) {
    job.options.signal?.throwIfAborted();
    try {
      await attemptOnce(job);
      return;
    } catch (error) {
      job.options.signal?.throwIfAborted();
      const failure = asDownloadError(error, job);
      if (!failure.retryable || attempt >= attempts) throw failure;
      await sleep(backoffMs(attempt), undefined, { signal: job.options.signal });
    }
  }
}

/** One request: from the start, or from where the last attempt stopped when that is safe. */
async function attemptOnce(job: Job): Promise<void> {
  const stallMs = job.options.stallMs ?? DEFAULT_STALL_MS;
  const stalled = new AbortController();
  const watchdog = setTimeout(() => stalled.abort(), stallMs);
  const signal = job.options.signal
    ? AbortSignal.any([job.options.signal, stalled.signal])
    : stalled.signal;
  try {
    const response = await requestBody(job, signal);
    if (response === "complete") return;
    await streamBody(job, response, watchdog);
  } catch (error) {
    if (stalled.signal.aborted && !job.options.signal?.aborted) {
      throw new MediaDownloadError(`${job.label} stalled: no data for ${seconds(stallMs)}`, true);
    }
    throw error;
  } finally {
    clearTimeout(watchdog);
  }
}

async function requestBody(job: Job, signal: AbortSignal): Promise<HttpResponse | "complete"> {
  const { progress } = job;
  const resumeFrom = progress.resumable ? progress.written : 0;
  const origin = new URL(job.media.url).origin;
  const headersFor = (url: URL): Record<string, string> => ({
    ...(url.origin === origin ? job.options.headers : {}),
    ...(resumeFrom > 0 ? { range: `bytes=${resumeFrom}-` } : {}),
  });
  const followed = await requestFollowingRedirects(job.session, new URL(job.media.url), {
    method: "GET",
    headersFor,
    signal,
    maxRedirects: MAX_REDIRECTS,
    label: job.label,
  });
  if (!followed.ok) throw new MediaDownloadError(followed.problem.message, false);
  const { response } = followed;
  if (resumeFrom > 0 && response.statusCode === 206) return resumed(job, response, resumeFrom);
  if (resumeFrom > 0 && response.statusCode === 416 && progress.written === progress.total) {
    await discardBody(response);
    return "complete";
  }
  if (response.statusCode === 200 || response.statusCode === 206) return fromStart(job, response);
  await discardBody(response);
  const retryable = response.statusCode === 429 || response.statusCode >= 500;
  throw new MediaDownloadError(
    `${job.label} answered ${describeStatus(response.statusCode)}`,
    retryable,
  );
}

/** A 206 to `Range: bytes=N-` is spliced on only when it starts at N and agrees on the total. */
async function resumed(
  job: Job,
  response: HttpResponse,
  resumeFrom: number,
): Promise<HttpResponse> {
  const range = parseContentRange(headerValue(response.headers, "content-range"));
  if (range?.start === resumeFrom && range.total === job.progress.total) return response;
  await discardBody(response);
  job.progress.resumable = false;
  throw new MediaDownloadError(
    `${job.label} answered a resumed download with a different range`,
    true,
  );
}

/** A full answer (the server ignored or was not asked for a range): start the file over. */
async function fromStart(job: Job, response: HttpResponse): Promise<HttpResponse> {
  const { progress, options } = job;
  const range = parseContentRange(headerValue(response.headers, "content-range"));
  if (response.statusCode === 206 && range?.start !== 0) {
    await discardBody(response);
    throw new MediaDownloadError(
      `${job.label} answered with part of the file it was not asked for`,
      true,
    );
  }
  await job.file.truncate(0);
  progress.written = 0;
  progress.total =
    response.statusCode === 206 ? range?.total : integerHeader(response.headers, "content-length");
  progress.resumable =
    progress.total !== undefined &&
    (acceptsByteRanges(response.headers) || job.media.acceptsRanges);
  if (progress.total !== undefined && progress.total > options.maxBytes) {
    await discardBody(response);
    throw tooLarge(job, `it announces ${formatBytes(progress.total)}`);
  }
  return response;
}

async function streamBody(
  job: Job,
  response: HttpResponse,
  watchdog: NodeJS.Timeout,
): Promise<void> {
  const { progress, options } = job;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    watchdog.refresh();
    const after = progress.written + chunk.length;
    if (after > options.maxBytes) throw tooLarge(job, "it kept sending past the limit");
    if (progress.total !== undefined && after > progress.total) {
      throw new MediaDownloadError(
        `${job.label} sent more than the ${formatBytes(progress.total)} it announced`,
        false,
      );
    }
    await job.file.write(chunk, 0, chunk.length, progress.written);
    progress.written = after;
    options.onProgress?.(progress.written, progress.total);
  }
  if (progress.total !== undefined && progress.written < progress.total) {
    // Exact bytes when rounding would show "1.0 GiB of 1.0 GiB".
    const [got, total] = formatBytePair(progress.written, progress.total);
    throw new MediaDownloadError(
      `${job.label}: the connection ended after ${got} of ${total}`,
      true,
    );
  }
}

/**
 * What the downloaded file is, by its content as a repository file is judged: past a leading
 * ID3v2 tag that outgrows the head (cover art), so a FLAC behind a big tag is not sent as MP3
 * and a WavPack behind one is named rather than uploaded.
 */
async function sniffDownloaded(job: Job): Promise<SniffedType> {
  const { written } = job.progress;
  if (written === 0)
    throw new MediaDownloadError(`${job.label} gave an empty file (0 bytes)`, false);
  const source = fileSource(job.file, written);
  const head = await source.read(0, HEAD_BYTES);
  const content = await sniffSource(job.options.kind, head, source);
  if (content.type !== undefined) return content.type;
  throw new MediaDownloadError(
    notOfKindMessage(job.options.kind, job.label, content.evidence, { quoteBytes: false }),
    false,
  );
}

function tooLarge(job: Job, detail: string): MediaDownloadError {
  const limit = formatBytes(job.options.maxBytes);
  return new MediaDownloadError(
    `${job.label} is larger than the ${limit} allowed for ${job.options.kind} (${detail})`,
    false,
  );
}

/** Local disk problems end the download; anything else on the way is the network, worth another try. */
function asDownloadError(error: unknown, job: Job): MediaDownloadError {
  if (error instanceof MediaDownloadError) return error;
  const refusal = findAddressRefusal(error);
  if (refusal !== undefined)
    return new MediaDownloadError(refusedConnectionProblem(job.label, refusal).message, false);
  const code = errorCode(error);
  if (
    code !== undefined &&
    ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EISDIR"].includes(code)
  ) {
    const why = errorMessage(error);
    return new MediaDownloadError(
      `${job.label}: could not write the download to disk: ${why}`,
      false,
    );
  }
  const got = formatBytes(job.progress.written);
  return new MediaDownloadError(
    `${job.label}: the download failed after ${got}: ${describeNetworkError(error)}`,
    true,
  );
}
