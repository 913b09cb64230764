// Carries out the plan for each file: upload a new cloudcast or edit an existing one, exactly
// once, `concurrency` at a time. One file's failure never stops the others.
import type { Cloudcast } from "../cloudcast/types.js";
import type { Diagnostic, Span } from "../diagnostic.js";
import { toFormFields } from "../cloudcast/fields.js";
import type { IfExists } from "../settings.js";
import type { FileResult } from "../results.js";
import type { ResolvedMedia } from "../media/index.js";
import type { FilePart, MixcloudClient, UploadResult } from "../mixcloud/index.js";
import { OutcomeUnknownError, formatDuration, realSleep } from "../mixcloud/index.js";
import { editFields, unseenDifferences, visibleDifferences } from "./compare.js";
import type { AccountListing } from "./plan.js";
import { matchExisting, sameName, uploadBlockers } from "./plan.js";
import { ProgressReporter } from "./progress.js";
import {
  keysOf,
  matchAgainBeforeUpload,
  sameShowAfterListingLag,
  sameShowFromAnotherRun,
} from "./overlap.js";
import type { UploadToRecheck } from "./overlap.js";
import type { PublishLog } from "./log.js";
import { mapLimit } from "../concurrency.js";
import { errorMessage } from "../errors.js";

/** A valid file, its media checked, ready to publish. */
export interface PublishItem {
  file: string;
  cloudcast: Cloudcast;
  /** The file's previous version (modified or renamed in this event), when it parsed. */
  previous?: Cloudcast;
  /**
   * The previous version's title, also when that version was invalid for another reason (its
   * tracklist file gone or unreadable): a retitled show is still found by it.
   */
  previousTitle?: string;
  audio: ResolvedMedia;
  picture?: ResolvedMedia;
  /** The picture is new or changed in this event: an edit sends it again. */
  pictureChanged: boolean;
  /** Where the file names its media (line 1 for a default audio): a failed fetch points there. */
  mediaAt: { audio: Span; picture?: Span };
  details: FileResult["details"];
  /** What Mixcloud may hold against the show, found so far: reported with its result. */
  warnings: Diagnostic[];
}

/** A medium the checkout holds as a Git LFS pointer: its object is fetched for the upload. */
export type LfsMedia = Extract<ResolvedMedia, { kind: "file" }> & {
  lfs: NonNullable<Extract<ResolvedMedia, { kind: "file" }>["lfs"]>;
};

/** A local copy of a medium, and how to get rid of it. */
export interface LocalMedia {
  path: string;
  /** The type its content shows, when the download read it (over what the check found). */
  contentType?: string;
  cleanup(): Promise<void>;
}

export interface PublishContext {
  client: MixcloudClient;
  account: AccountListing;
  ifExists: IfExists;
  concurrency: number;
  /** Attempts at an upload or edit whose answer was lost (see uploadExactlyOnce). */
  attempts: number;
  /**
   * How long Mixcloud is given to finish storing an upload whose answer was lost, before a second
   * look (the client's answer timeout: it may have been storing it then). Such an upload is never
   * sent again in the same run.
   */
  settleMs: number;
  /**
   * How long the account's listing may lag behind what Mixcloud stored (MixcloudClient.listingLagMs):
   * the same wait when an upload's connection was lost instead (reset or closed: the server
   * stopped reading, so only a lagging listing is waited for before a resend), and the wait after
   * the run's last upload before its last look for the same show from another run.
   */
  listingLagMs: number;
  signal: AbortSignal;
  log: PublishLog;
  /** Fetches a URL medium to a temporary file (release assets with the GitHub token). */
  download: (
    media: Extract<ResolvedMedia, { kind: "url" }>,
    kind: "audio" | "picture",
  ) => Promise<LocalMedia>;
  /** Downloads a Git LFS object to a temporary file, verified against its pointer. */
  downloadLfs?: (media: LfsMedia, kind: "audio" | "picture") => Promise<LocalMedia>;
  now: () => Date;
}

export async function publishAll(items: PublishItem[], ctx: PublishContext): Promise<FileResult[]> {
  const uploads: UploadToRecheck[] = [];
  const results = await mapLimit(items, ctx.concurrency, async (item) => {
    ctx.log.begin?.(item.file);
    const result = await publishOne(item, ctx, uploads);
    ctx.log.end?.(
      item.file,
      `${result.status}${result.url ? ` ${result.url}` : ""}${result.error ? `: ${result.error}` : ""}`,
    );
    return result;
  });
  const twins = await sameShowAfterListingLag(uploads, ctx.listingLagMs, ctx, () =>
    performance.now(),
  );
  return results.map((result) => {
    const error = twins.get(result.file);
    if (error === undefined) return result;
    // Its group said "published" already; the error itself is reported with the result.
    ctx.log.info(result.file, `failed after all: ${error}`);
    return { ...result, status: "failed", error };
  });
}

async function publishOne(
  item: PublishItem,
  ctx: PublishContext,
  uploads: UploadToRecheck[],
): Promise<FileResult> {
  const base = {
    file: item.file,
    title: item.cloudcast.title,
    diagnostics: [],
    warnings: item.warnings,
    details: item.details,
  };
  if (ctx.signal.aborted) {
    return { ...base, status: "failed", error: "cancelled before it was published" };
  }
  try {
    const match = matchExisting(item.cloudcast, item.previousTitle, ctx.account);
    if (match.kind === "error") return { ...base, status: "failed", error: match.error };
    if (match.kind === "existing")
      return { ...base, ...(await handleExisting(item, match.key, ctx)) };
    return { ...base, ...(await uploadNew(item, ctx, uploads)) };
  } catch (error) {
    const at = error instanceof MediaFetchError ? { errorAt: error.at } : {};
    return { ...base, status: "failed", error: describe(error, ctx.signal), ...at };
  }
}

/** A medium that could not be fetched for its upload, and the line of the file that names it. */
class MediaFetchError extends Error {
  constructor(
    message: string,
    readonly at: Span,
  ) {
    super(message);
  }
}

type Outcome = Pick<FileResult, "status" | "key" | "url" | "error">;

async function handleExisting(
  item: PublishItem,
  key: string,
  ctx: PublishContext,
): Promise<Outcome> {
  const remote = await ctx.client.getCloudcast(key, { signal: ctx.signal });
  if (remote === null) {
    return {
      status: "failed",
      key,
      error: `${key} is not on Mixcloud (deleted, or a typo in \`key\`): fix or remove \`key\` to upload it anew`,
    };
  }
  const existing = { key: remote.key, url: remote.url };
  const where = remote.url ?? remote.key;
  if (ctx.ifExists === "skip") return { status: "skipped", ...existing };
  if (ctx.ifExists === "fail") {
    return {
      status: "failed",
      ...existing,
      error: `already on Mixcloud at ${where} and if-exists is 'fail': set if-exists to 'update' or 'skip', or change the title`,
    };
  }
  const visible = visibleDifferences(item.cloudcast, remote);
  const unseen = unseenDifferences(item.cloudcast, item.previous);
  if (visible.length === 0 && unseen.length === 0 && !item.pictureChanged) {
    ctx.log.info(item.file, `unchanged: ${where}`);
    return { status: "unchanged", ...existing };
  }
  ctx.log.info(
    item.file,
    `editing ${where} (changed: ${[...visible, ...unseen, ...(item.pictureChanged ? ["picture"] : [])].join(", ")})`,
  );
  const picture = item.pictureChanged ? await localPicture(item, ctx) : undefined;
  try {
    const fields = editFields(item.cloudcast, unseen.length > 0 || item.previous === undefined);
    const result = await editIdempotently(remote.key, { fields, picture: picture?.part }, ctx);
    const url =
      result.key === remote.key ? remote.url : await lookUpPageUrl(item.file, result.key, ctx);
    return { status: "updated", key: result.key, url };
  } finally {
    await picture?.local?.cleanup();
  }
}

/** An edit sets fields to given values, so sending it again after a lost answer is harmless. */
async function editIdempotently(
  key: string,
  request: { fields: Array<[string, string]>; picture?: FilePart },
  ctx: PublishContext,
): Promise<UploadResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.client.edit(key, request, { signal: ctx.signal });
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError) || attempt >= ctx.attempts) throw error;
      ctx.log.warning(
        "",
        `${error.message}: sending the edit of ${key} again (an edit is safe to repeat)`,
      );
    }
  }
}

/** `uploads` collects what was uploaded with no twin in sight, for the run's last look. */
async function uploadNew(
  item: PublishItem,
  ctx: PublishContext,
  uploads: UploadToRecheck[],
): Promise<Outcome> {
  const blockers = uploadBlockers(item.cloudcast, ctx.account, ctx.now());
  if (blockers.length > 0) return { status: "failed", error: blockers.join("; ") };
  const temporary: LocalMedia[] = [];
  try {
    const audio = await filePart(item.audio, "audio", item.mediaAt.audio, ctx, temporary);
    const picture = item.picture
      ? await filePart(item.picture, "picture", item.mediaAt.picture, ctx, temporary)
      : undefined;
    const meanwhile = await matchAgainBeforeUpload(item, ctx);
    if (meanwhile.kind === "existing") return handleExisting(item, meanwhile.key, ctx);
    if (meanwhile.kind === "error") return { status: "failed", error: meanwhile.error };
    const knownBefore = keysOf(ctx.account);
    const result = await uploadExactlyOnce(
      item,
      { fields: toFormFields(item.cloudcast), audio, picture },
      ctx,
    );
    ctx.account.cloudcasts.push({ key: result.key, name: item.cloudcast.title });
    const url = result.url ?? (await lookUpPageUrl(item.file, result.key, ctx));
    const twin = await sameShowFromAnotherRun(item, { key: result.key, url }, knownBefore, ctx);
    if (twin !== undefined) return { status: "failed", key: result.key, url, error: twin };
    uploads.push({
      item,
      uploaded: { key: result.key, url },
      knownBefore,
      doneAt: performance.now(),
    });
    return { status: "published", key: result.key, url };
  } finally {
    await Promise.all(temporary.map((local) => local.cleanup()));
  }
}

/** A cloudcast's key, and its page as Mixcloud gave it, when an answer held one. */
interface Located {
  key: string;
  url?: string;
}

/**
 * Mixcloud's answer to an upload or an edit holds the key but no URL, and the URL is never built
 * from the key: the cloudcast is read back for the `url` Mixcloud gives it. The upload is done
 * whatever this look-up says, so a failure here costs the link, with a warning, not the file.
 */
async function lookUpPageUrl(
  file: string,
  key: string,
  ctx: PublishContext,
): Promise<string | undefined> {
  let why: string;
  try {
    const found = await ctx.client.getCloudcast(key, { signal: ctx.signal });
    if (found?.url !== undefined) return found.url;
    why = found === null ? "Mixcloud does not show it yet" : "Mixcloud's answer has no url";
  } catch (error) {
    why = errorMessage(error);
  }
  ctx.log.warning(file, `${key} is on Mixcloud, but its page URL could not be read: ${why}`);
  return undefined;
}

/**
 * Sends the upload (the client itself retries only what cannot duplicate it). When the answer is
 * lost after the whole body went out, nobody knows whether Mixcloud stored it: the account is
 * looked up at once and, if it is not there, looked up again after a settle wait (as long as the
 * client waited for the answer when none came; one backoff delay when the connection was lost).
 * Found: that is the upload. Not found:
 * - the connection was lost: a server stores an upload before it answers, so it never arrived
 *   whole, and it is sent again (at most `attempts` times in all);
 * - no answer came in time, or a gateway gave up (504): the server may still be storing it, so it
 *   is NOT sent again in this run — the file fails, and a re-run finds it by its title if it
 *   arrived, or uploads it if not. Nothing may make a cloudcast appear twice.
 */
async function uploadExactlyOnce(
  item: PublishItem,
  request: { fields: Array<[string, string]>; audio: FilePart; picture?: FilePart },
  ctx: PublishContext,
): Promise<Located> {
  const known = new Set(ctx.account.cloudcasts.map((c) => c.key));
  for (let attempt = 1; ; attempt++) {
    const progress = new ProgressReporter(
      (line) => ctx.log.info(item.file, line),
      Date.now,
      10_000,
      ctx.log.progressStepPercent,
    );
    try {
      const again = attempt > 1 ? ` (attempt ${attempt})` : "";
      ctx.log.info(item.file, `uploading "${item.cloudcast.title}"${again}`);
      return await ctx.client.upload(request, {
        signal: ctx.signal,
        onProgress: (sent, total) => progress.update(sent, total),
      });
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError)) throw error;
      ctx.log.warning(item.file, error.message);
      ctx.log.info(item.file, "looking the upload up on Mixcloud");
      const settleMs = error.serverMayStillBeWorking ? ctx.settleMs : ctx.listingLagMs;
      const found = await lookUpLostUpload(item, known, settleMs, ctx);
      if (found !== undefined) {
        ctx.log.info(item.file, `the interrupted upload did arrive: ${found.url ?? found.key}`);
        return found;
      }
      if (error.serverMayStillBeWorking || attempt >= ctx.attempts) {
        throw new LostUploadError(settleMs, error.serverMayStillBeWorking);
      }
      ctx.log.warning(item.file, "it never arrived (the connection was lost): sending it again");
    }
  }
}

/** An upload whose answer was lost and which Mixcloud does not show: the file fails. */
export class LostUploadError extends Error {
  constructor(settleMs: number, serverMayStillBeWorking: boolean) {
    const why = serverMayStillBeWorking
      ? "it was not sent again, as Mixcloud may still be storing it and nothing may make it appear twice"
      : "the connection was lost on every attempt";
    super(
      `the upload's answer was lost and Mixcloud did not show it ${formatDuration(settleMs)} later; ${why}: re-run the workflow to finish (the re-run finds it by its title if it arrived, or uploads it if not)`,
    );
    this.name = "LostUploadError";
  }
}

async function lookUpLostUpload(
  item: PublishItem,
  known: Set<string>,
  settleMs: number,
  ctx: PublishContext,
): Promise<Located | undefined> {
  const now = await findNewUpload(item.cloudcast.title, known, ctx);
  if (now !== undefined) return now;
  ctx.log.info(
    item.file,
    `not there yet: looking again in ${formatDuration(settleMs)}, in case Mixcloud is still storing it`,
  );
  await realSleep(settleMs, ctx.signal);
  return findNewUpload(item.cloudcast.title, known, ctx);
}

async function findNewUpload(
  title: string,
  known: Set<string>,
  ctx: PublishContext,
): Promise<Located | undefined> {
  const all = await ctx.client.listCloudcasts(ctx.account.username, { signal: ctx.signal });
  const fresh = all.find((c) => !known.has(c.key) && sameName(c.name, title));
  return fresh === undefined ? undefined : { key: fresh.key, url: fresh.url };
}

async function filePart(
  media: ResolvedMedia,
  kind: "audio" | "picture",
  at: Span | undefined,
  ctx: PublishContext,
  temporary: LocalMedia[],
): Promise<FilePart> {
  if (media.kind === "file" && media.lfs === undefined) {
    return { path: media.path, filename: media.filename, contentType: media.contentType };
  }
  try {
    if (media.kind === "file") {
      return await lfsFilePart(
        { ...media, lfs: media.lfs as LfsMedia["lfs"] },
        kind,
        ctx,
        temporary,
      );
    }
    ctx.log.info("", `downloading ${kind} ${media.url}`);
    const local = await ctx.download(media, kind);
    temporary.push(local);
    return {
      path: local.path,
      filename: media.filename,
      contentType: local.contentType ?? media.contentType ?? "application/octet-stream",
    };
  } catch (error) {
    if (ctx.signal.aborted || at === undefined) throw error;
    throw new MediaFetchError(errorMessage(error), at);
  }
}

/** The object is downloaded only here, for an upload that is really sent (never for an edit's audio). */
async function lfsFilePart(
  media: LfsMedia,
  kind: "audio" | "picture",
  ctx: PublishContext,
  temporary: LocalMedia[],
): Promise<FilePart> {
  if (ctx.downloadLfs === undefined)
    throw new Error(`${media.relPath} is in Git LFS, and no LFS server is set up for this run`);
  ctx.log.info("", `downloading ${kind} ${media.relPath} from Git LFS`);
  const local = await ctx.downloadLfs(media, kind);
  temporary.push(local);
  return { path: local.path, filename: media.filename, contentType: media.contentType };
}

async function localPicture(
  item: PublishItem,
  ctx: PublishContext,
): Promise<{ part: FilePart; local?: LocalMedia } | undefined> {
  if (item.picture === undefined) return undefined;
  const temporary: LocalMedia[] = [];
  const part = await filePart(item.picture, "picture", item.mediaAt.picture, ctx, temporary);
  return { part, local: temporary[0] };
}

function describe(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) {
    return "cancelled while publishing: re-run to finish (a re-run never uploads a cloudcast twice)";
  }
  return errorMessage(error);
}
