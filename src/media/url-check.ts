import { bareMime, seconds, sizeLimit, typeFromMime, typeFromName } from "./formats.js";
import { urlFilename } from "./filename.js";
import type { Followed, HttpResponse, HttpSession } from "./http.js";
import {
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
import { tooLargeProblem, unknownTypeProblem } from "./problems.js";
import { sniffAudio, sniffPicture } from "./sniff.js";
import type {
  MediaCheckOptions,
  MediaKind,
  MediaProblem,
  ReleaseAssetInfo,
  SniffedType,
  UrlMedia,
} from "./types.js";
import { redactUrl, urlProblem } from "./url-policy.js";

// Checks a URL medium without downloading it: HEAD for size and type; when a server refuses
// HEAD, a ranged GET of the first 64 KiB, which also lets the content itself be sniffed.

export const PROBE_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_REDIRECTS = 5;
/** Answers to HEAD that mean "ask with GET": presigned links (403), servers without HEAD (405, 501). */
const HEAD_REFUSED = new Set([403, 405, 501]);

export interface UrlCheck {
  media?: UrlMedia;
  problems: MediaProblem[];
}

interface Probe {
  kind: MediaKind;
  label: string;
  original: URL;
  session: HttpSession;
  options: MediaCheckOptions;
  signal: AbortSignal;
}

export async function checkUrl(
  kind: MediaKind,
  rawUrl: string,
  options: MediaCheckOptions,
): Promise<UrlCheck> {
  const label = `the ${kind} URL ${redactUrl(rawUrl)}`;
  let original: URL;
  try {
    original = new URL(rawUrl);
  } catch {
    return fail("url-invalid", `the ${kind} URL \`${rawUrl}\` is not a valid URL`);
  }
  const refused = urlProblem(original, label);
  if (refused !== undefined) return { problems: [refused] };
  const asset = await options.findReleaseAsset?.(rawUrl);
  if (asset !== undefined) return checkReleaseAsset(kind, rawUrl, asset, label);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const session = await openHttpSession({
    connectMs: timeoutMs,
    headersMs: timeoutMs,
    bodyMs: timeoutMs,
  });
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let checked: UrlCheck;
  try {
    checked = await probe({ kind, label, original, session, options, signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const why = deadline.aborted
      ? `it did not answer within ${seconds(timeoutMs)}`
      : describeNetworkError(error);
    return fail("url-unreachable", `${label} could not be reached: ${why}`);
  } finally {
    await session.close();
  }
  return withRangedLength(checked, label, options);
}

async function probe(p: Probe): Promise<UrlCheck> {
  const extra = (url: URL): Record<string, string> => p.options.fetchHeaders?.(url) ?? {};
  const follow = {
    signal: p.signal,
    maxRedirects: p.options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    label: p.label,
  };
  const head = await requestFollowingRedirects(p.session, p.original, {
    ...follow,
    method: "HEAD",
    headersFor: extra,
  });
  if (!head.ok || !HEAD_REFUSED.has(head.response.statusCode)) return fromHead(p, head);
  await discardBody(head.response);
  const get = await requestFollowingRedirects(
    p.session,
    head.url,
    {
      ...follow,
      method: "GET",
      headersFor: (url) => ({ ...extra(url), range: `bytes=0-${PROBE_BYTES - 1}` }),
    },
    head.redirects,
  );
  return fromRangedGet(p, get);
}

async function fromHead(p: Probe, followed: Followed): Promise<UrlCheck> {
  if (!followed.ok) return { problems: [followed.problem] };
  const { response, url } = followed;
  await discardBody(response);
  const statusProblem = badStatus(p.label, response.statusCode);
  if (statusProblem !== undefined) return { problems: [statusProblem] };
  const mime = bareMime(headerValue(response.headers, "content-type") ?? "");
  if (isWrongMime(p.kind, mime)) {
    return fail(
      "url-unknown-type",
      `${p.label} is served as \`${mime}\`, not as ${p.kind}: link to the file itself`,
    );
  }
  const type = typeFromMime(p.kind, mime) ?? typeFromName(p.kind, url.pathname);
  const size = integerHeader(response.headers, "content-length");
  return finish(p, {
    url,
    response,
    size,
    type,
    acceptsRanges: acceptsByteRanges(response.headers),
  });
}

async function fromRangedGet(p: Probe, followed: Followed): Promise<UrlCheck> {
  if (!followed.ok) return { problems: [followed.problem] };
  const { response, url } = followed;
  const range = parseContentRange(headerValue(response.headers, "content-range"));
  if (response.statusCode === 416 && range?.total === 0) {
    await discardBody(response);
    return finish(p, { url, response, size: 0, type: undefined, acceptsRanges: true });
  }
  const statusProblem = badStatus(p.label, response.statusCode);
  if (statusProblem !== undefined) {
    await discardBody(response);
    return { problems: [statusProblem] };
  }
  const head = await readPrefix(response, PROBE_BYTES);
  const partial = response.statusCode === 206;
  const size = partial ? range?.total : integerHeader(response.headers, "content-length");
  const acceptsRanges = partial || acceptsByteRanges(response.headers);
  if (head.length === 0)
    return finish(p, { url, response, size: size ?? 0, type: undefined, acceptsRanges });
  const type = p.kind === "audio" ? sniffAudio(head) : sniffPicture(head);
  if (type === undefined) {
    return {
      problems: [{ ...unknownTypeProblem(p.kind, p.label, head), rule: "url-unknown-type" }],
    };
  }
  return finish(p, { url, response, size, type, acceptsRanges });
}

interface Found {
  url: URL;
  response: HttpResponse;
  size: number | undefined;
  type: SniffedType | undefined;
  acceptsRanges: boolean;
}

function finish(p: Probe, found: Found): UrlCheck {
  const problems = sizeProblems(p.kind, p.label, found.size);
  if (problems.length > 0) return { problems };
  const media: UrlMedia = {
    kind: "url",
    url: found.url.href,
    originalUrl: p.original.href,
    filename: urlFilename(p.kind, [found.url, p.original], found.response, found.type),
    acceptsRanges: found.acceptsRanges,
    ...(found.size === undefined ? {} : { size: found.size }),
    ...(found.type ?? {}),
  };
  return { media, problems };
}

function sizeProblems(kind: MediaKind, label: string, size: number | undefined): MediaProblem[] {
  const limit = sizeLimit(kind);
  if (size === 0) return [{ rule: "url-empty", message: `${label} gives an empty file (0 bytes)` }];
  if (size !== undefined && size > limit)
    return [tooLargeProblem("url-too-large", label, size, limit)];
  return [];
}

function badStatus(label: string, status: number): MediaProblem | undefined {
  if (status >= 200 && status < 300) return undefined;
  return { rule: "url-status", message: `${label} answered ${describeStatus(status)}` };
}

/**
 * A Content-Type that says the URL is not the medium: a web page (a share link rather than a
 * download link), JSON or XML (an API or error answer), or the other kind of medium.
 * Generic types (application/octet-stream) say nothing and are let through.
 */
function isWrongMime(kind: MediaKind, mime: string): boolean {
  const top = mime.split("/")[0] ?? "";
  if (
    top === "text" ||
    ["application/json", "application/xml", "application/xhtml+xml"].includes(mime)
  ) {
    return true;
  }
  if (kind === "audio") return top === "image";
  return (
    top === "audio" ||
    top === "video" ||
    (top === "image" && typeFromMime(kind, mime) === undefined)
  );
}

/** Reads at most `max` bytes of a body, then drops the connection rather than read on. */
async function readPrefix(response: HttpResponse, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let got = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    got += chunk.length;
    if (got >= max) break;
  }
  response.body.destroy();
  return Buffer.concat(chunks).subarray(0, max);
}

/**
 * A release asset of the run's repository is judged by what the API says of it (its link may
 * need the job's token, as in a private repository): size by the API, type by name or MIME type.
 */
function checkReleaseAsset(
  kind: MediaKind,
  url: string,
  asset: ReleaseAssetInfo,
  label: string,
): UrlCheck {
  const limit = sizeLimit(kind);
  if (asset.size > limit)
    return { problems: [tooLargeProblem("url-too-large", label, asset.size, limit)] };
  if (asset.size === 0)
    return fail("url-empty", `${label} is an empty release asset: upload the file again`);
  const type = typeFromName(kind, asset.name) ?? typeFromMime(kind, asset.contentType);
  if (type === undefined) {
    return fail(
      "url-unknown-type",
      `${label} is a release asset named \`${asset.name}\` (${asset.contentType}), not ${kind === "audio" ? "audio" : "a picture"} by its name or type`,
    );
  }
  return {
    media: {
      kind: "url",
      url,
      originalUrl: url,
      filename: asset.name,
      size: asset.size,
      ...type,
      acceptsRanges: false,
    },
    problems: [],
  };
}

function fail(rule: string, message: string): UrlCheck {
  return { problems: [{ rule, message }] };
}

/**
 * The length of URL audio from ranged reads, as for a file in Git LFS, so the length rules
 * (`start-after-audio`, `show-too-short`) hold for it too. A server that does not answer Range
 * requests (or a file whose size is not told) is not read whole for it: the rules are skipped,
 * with a note in the log. Loaded only for URL audio.
 */
async function withRangedLength(
  checked: UrlCheck,
  label: string,
  options: MediaCheckOptions,
): Promise<UrlCheck> {
  const media = checked.media;
  if (media === undefined || media.type === undefined || !AUDIO_TYPES.has(media.type))
    return checked;
  const skipped = (why: string): UrlCheck => {
    options.note?.(`${label}: its length is not known (${why}), so the length rules are skipped`);
    return checked;
  };
  if (!media.acceptsRanges || media.size === undefined)
    return skipped("the server does not say it answers Range requests");
  const { readUrlAudioLength } = await import("./url-length.js");
  const length = await readUrlAudioLength(label, media, options);
  if (typeof length === "string") return skipped(length);
  if (length.truncated !== undefined) {
    return fail(
      "url-truncated",
      `${label} looks cut short: ${length.truncated}; upload the file again`,
    );
  }
  return length.durationSeconds === undefined
    ? checked
    : { ...checked, media: { ...media, durationSeconds: length.durationSeconds } };
}

const AUDIO_TYPES = new Set(["mp3", "m4a", "aac", "flac", "ogg", "opus", "wav", "aiff"]);
