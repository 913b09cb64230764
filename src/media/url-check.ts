import { URL_CHECK_BUDGET_MS } from "../constants.js";
import { bareMime, duration, seconds, sizeLimit, typeFromMime, typeFromName } from "./formats.js";
import { retypedFilename, urlFilename } from "./filename.js";
import type { Followed, HttpResponse, HttpSession } from "./http.js";
import {
  acceptsByteRanges,
  describeNetworkError,
  describeStatus,
  discardBody,
  headerValue,
  integerHeader,
  isNameResolutionError,
  openHttpSession,
  parseContentRange,
  requestFollowingRedirects,
} from "./http.js";
import { audioWarnings, tooLargeProblem, unknownTypeProblem } from "./problems.js";
import type { KeptBlocks } from "./remote-object.js";
import type { UrlAudioFacts } from "./url-length.js";
import type { SniffedContent } from "./sniff.js";
import { contentOf, sniffAudio, sniffPicture } from "./sniff.js";
import type {
  MediaCheckOptions,
  MediaKind,
  MediaProblem,
  ReleaseAssetInfo,
  SniffedType,
  UrlMedia,
} from "./types.js";
import type { UrlPolicy } from "./url-policy.js";
import {
  PUBLIC_ONLY,
  findAddressRefusal,
  redactUrl,
  refusedConnectionProblem,
  urlProblem,
} from "./url-policy.js";

// Checks a URL medium without downloading it: HEAD for size and type; when a server refuses
// HEAD, a ranged GET of the first 64 KiB, which also lets the content itself be sniffed.
// What a server answers is judged, never repeated: a message names the kind of a wrong answer
// (a web page, JSON), not its bytes, so a check cannot be used to read a service.

export const PROBE_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_REDIRECTS = 5;
/** Answers to HEAD that mean "ask with GET": presigned links (403), servers without HEAD (405, 501). */
const HEAD_REFUSED = new Set([403, 405, 501]);

export interface UrlCheck {
  media?: UrlMedia;
  problems: MediaProblem[];
  /** What is odd about the audio but does not stop it (a defect read past, a length unknown). */
  warnings?: MediaProblem[];
}

/** A probe's answer; for URL audio sniffed by ranges, the blocks read, for its length read. */
interface Probed extends UrlCheck {
  blocks?: KeptBlocks;
}

interface Probe {
  kind: MediaKind;
  label: string;
  original: URL;
  session: HttpSession;
  options: MediaCheckOptions;
  signal: AbortSignal;
}

/** The URL checks of one run: each URL checked once, all of them within one time budget. */
export interface UrlCheckRun {
  check(kind: MediaKind, rawUrl: string, options: MediaCheckOptions): Promise<UrlCheck>;
}

export function createUrlCheckRun(budgetMs = URL_CHECK_BUDGET_MS): UrlCheckRun {
  // Keyed by kind too: the same bytes are judged as audio or as a picture.
  const done = new Map<string, Promise<UrlCheck>>();
  let budget: AbortSignal | undefined;
  return {
    check(kind, rawUrl, options) {
      const key = `${kind} ${rawUrl}`;
      let found = done.get(key);
      if (found === undefined) {
        // The budget runs from the first check (the timer does not keep the process alive).
        budget ??= AbortSignal.timeout(budgetMs);
        found = checkUrl(kind, rawUrl, options, { signal: budget, ms: budgetMs });
        done.set(key, found);
      }
      return found;
    },
  };
}

interface Budget {
  signal: AbortSignal;
  ms: number;
}

export async function checkUrl(
  kind: MediaKind,
  rawUrl: string,
  options: MediaCheckOptions,
  budget?: Budget,
): Promise<UrlCheck> {
  const label = `the ${kind} URL ${redactUrl(rawUrl)}`;
  let original: URL;
  try {
    original = new URL(rawUrl);
  } catch {
    return fail("url-invalid", `the ${kind} URL \`${rawUrl}\` is not a valid URL`);
  }
  // A release asset of the run's own repository, on the workflow's own GitHub server, is asked
  // of the GitHub API (trusted, as the workflow names it): the URL itself is not requested.
  const asset = await options.findReleaseAsset?.(rawUrl);
  if (asset !== undefined) return checkReleaseAsset(kind, rawUrl, asset, label);
  const policy = options.urlPolicy ?? PUBLIC_ONLY;
  const refused = urlProblem(original, label, policy);
  if (refused !== undefined) return { problems: [refused] };
  if (budget?.signal.aborted) return notChecked(label, budget);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const session = await openHttpSession(
    { connectMs: timeoutMs, headersMs: timeoutMs, bodyMs: timeoutMs },
    policy,
  );
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any(
    [options.signal, deadline, budget?.signal].filter((s) => s !== undefined),
  );
  let checked: Probed;
  try {
    checked = await probe({ kind, label, original, session, options, signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (budget?.signal.aborted && !deadline.aborted) return notChecked(label, budget);
    return unreachable(label, error, deadline.aborted ? timeoutMs : undefined, policy);
  } finally {
    await session.close();
  }
  return withRangedLength(checked, label, options, budget);
}

function unreachable(
  label: string,
  error: unknown,
  timedOutAfterMs: number | undefined,
  policy: UrlPolicy,
): UrlCheck {
  if (timedOutAfterMs !== undefined) {
    return fail(
      "url-unreachable",
      `${label} could not be reached: it did not answer within ${seconds(timedOutAfterMs)}`,
    );
  }
  const refusal = findAddressRefusal(error);
  if (refusal !== undefined) return { problems: [refusedConnectionProblem(label, refusal)] };
  // Without private addresses, a name that does not resolve gets the same answer as one that
  // resolves to a private address: which internal names exist is not for a pull request to learn.
  if (!policy.allowPrivateAddresses && isNameResolutionError(error)) {
    return { problems: [refusedConnectionProblem(label, { reason: "private" })] };
  }
  return fail("url-unreachable", `${label} could not be reached: ${describeNetworkError(error)}`);
}

function notChecked(label: string, budget: Budget): UrlCheck {
  return fail(
    "url-not-checked",
    `${label} was not checked: the ${duration(budget.ms)} this run has for checking URLs ran out (hosts that answer slowly or not at all); fix or remove the URLs that time out, or split the change into smaller pull requests, and run again`,
  );
}

async function probe(p: Probe): Promise<Probed> {
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
      `${p.label} is served as ${describeMime(p.kind, mime)}, not as ${p.kind === "audio" ? "audio" : "a picture"}: link to the file itself`,
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

async function fromRangedGet(p: Probe, followed: Followed): Promise<Probed> {
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
  const { content, blocks } = await sniffContent(p, url, head, partial ? size : undefined);
  if (content.type === undefined) return notOfKind(p.kind, p.label, content.evidence);
  const found = finish(p, { url, response, size, type: content.type, acceptsRanges });
  return blocks === undefined ? found : { ...found, blocks };
}

/**
 * What the first bytes are; for audio at a URL that takes ranges, read past a big ID3v2 tag,
 * with the blocks read for it.
 */
async function sniffContent(
  p: Probe,
  url: URL,
  head: Uint8Array,
  rangedSize: number | undefined,
): Promise<{ content: SniffedContent; blocks?: KeptBlocks }> {
  // Only a file longer than its head can have more past a tag to read.
  if (p.kind === "audio" && rangedSize !== undefined && rangedSize > head.length) {
    const { sniffUrlAudio } = await import("./url-length.js");
    return sniffUrlAudio(p.label, url.href, rangedSize, head, p.options, p.signal);
  }
  return { content: contentOf(p.kind === "audio" ? sniffAudio(head) : sniffPicture(head), head) };
}

/** A server's bytes that are not of the kind asked for: named by kind, never quoted. */
function notOfKind(kind: MediaKind, label: string, evidence: Uint8Array): UrlCheck {
  const problem = unknownTypeProblem(kind, label, evidence, { quoteBytes: false });
  return { problems: [{ ...problem, rule: "url-unknown-type" }] };
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

/** What a Content-Type says the answer is, in words; the header itself is never repeated. */
function describeMime(kind: MediaKind, mime: string): string {
  const top = mime.split("/")[0] ?? "";
  if (kind === "picture" && top === "image") return "a type of picture Mixcloud does not take";
  if (mime === "text/html" || mime === "application/xhtml+xml") return "a web page";
  if (mime === "application/json") return "JSON";
  if (mime.endsWith("/xml")) return "XML";
  const names: Record<string, string> = {
    text: "text",
    image: "a picture",
    audio: "audio",
    video: "a video",
  };
  return names[top] ?? "something else";
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
    // Its bytes are not read before the upload: the length rules are skipped, and said to be.
    warnings:
      kind === "audio"
        ? audioWarnings(label, {
            lengthUnknown: `it is a release asset, checked by what the GitHub API says of it, and ${NOT_READ}`,
          })
        : [],
  };
}

function fail(rule: string, message: string): UrlCheck {
  return { problems: [{ rule, message }] };
}

/**
 * The length of URL audio from ranged reads, as for a file in Git LFS, so the length rules
 * (`start-after-audio`, `show-too-short`) hold for it too; what the readers find (a defect read
 * past, a length they cannot read) becomes the check's warnings, as for a file. A server that
 * does not answer Range requests (or does not tell the size) is not read whole for it: the
 * length-unknown warning says the rules were skipped. Loaded only for URL audio.
 */
async function withRangedLength(
  probed: Probed,
  label: string,
  options: MediaCheckOptions,
  budget: Budget | undefined,
): Promise<UrlCheck> {
  const { blocks, ...checked } = probed;
  const media = checked.media;
  if (media === undefined || media.type === undefined || !AUDIO_TYPES.has(media.type))
    return checked;
  const { content, ...facts } = await readRanged(label, media, { ...options, blocks }, budget);
  // The content decides, not the Content-Type or the name (as for a file).
  if (content !== undefined && content.type === undefined)
    return notOfKind("audio", label, content.evidence);
  if (facts.truncated !== undefined) {
    return fail(
      "url-truncated",
      `${label} looks cut short: ${facts.truncated}; upload the file again`,
    );
  }
  const durationSeconds = facts.durationSeconds;
  const typed = content?.type === undefined ? media : retyped(media, content.type);
  return {
    ...checked,
    media: durationSeconds === undefined ? typed : { ...typed, durationSeconds },
    warnings: audioWarnings(label, facts),
  };
}

/** The content's type wins over the Content-Type's or the name's (as for a file). */
function retyped(media: UrlMedia, type: SniffedType): UrlMedia {
  const filename =
    media.type === undefined
      ? media.filename
      : retypedFilename(media.filename, media.type, type.type);
  return { ...media, ...type, filename };
}

/** Why the length of URL audio is not read in full when ranges cannot tell it. */
const NOT_READ = "audio at a URL is downloaded only for its upload";

async function readRanged(
  label: string,
  media: UrlMedia,
  options: MediaCheckOptions & { blocks?: KeptBlocks },
  budget: Budget | undefined,
): Promise<UrlAudioFacts> {
  const unranged = !media.acceptsRanges
    ? "its server does not say it answers Range requests"
    : media.size === undefined
      ? "its server does not tell its size"
      : undefined;
  if (unranged !== undefined) return { lengthUnknown: `${unranged}, and ${NOT_READ}` };
  // The ranged reads count against the run's time for URLs too: a server that answers HEAD at
  // once and then holds every GET open must not get 30 s per URL beyond it.
  const spent = `the ${duration(budget?.ms ?? 0)} this run has for checking URLs ran out`;
  if (budget?.signal.aborted) return { lengthUnknown: spent };
  const { readUrlAudio } = await import("./url-length.js");
  return readUrlAudio(label, media, {
    ...options,
    notReadWhole: NOT_READ,
    ...(budget === undefined ? {} : { budget: { signal: budget.signal, spent } }),
  });
}

const AUDIO_TYPES = new Set(["mp3", "m4a", "aac", "flac", "ogg", "opus", "wav", "aiff"]);
