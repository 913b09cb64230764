// Another workflow run may publish the same show while this one works (a run without the shared
// `concurrency:` group, or a re-run started beside it), and Mixcloud keeps both uploads. The
// account is looked at again right before each upload, right after it, and once more when the
// listing has had time to catch up: only what appeared since this run's first listing, with the
// API's `since`. A show published meanwhile is then handled as an existing one; a show published
// at the very same time is reported.
import type { Cloudcast } from "../cloudcast/types.js";
import type { MixcloudClient, RemoteCloudcast } from "../mixcloud/index.js";
import { formatDuration, realSleep } from "../mixcloud/index.js";
import { errorMessage } from "../errors.js";
import type { PublishLog } from "./log.js";
import type { AccountListing, Match } from "./plan.js";
import { matchExisting, sameName } from "./plan.js";

/** What these checks need of a publishing run. */
export interface OverlapContext {
  client: Pick<MixcloudClient, "listCloudcasts" | "listCloudcastsSince">;
  account: AccountListing;
  signal: AbortSignal;
  log: PublishLog;
}

/** The lines that keep publishing runs from overlapping, as the README's workflows have them. */
export const CONCURRENCY_ADVICE =
  "give every workflow that publishes the same constant group, `concurrency: {group: mixcloud-publish, cancel-in-progress: false}`";

/**
 * Right before an upload: what appeared on the account since the run's first listing joins the
 * run's view of it, and the file is matched again. `existing` means another run published the
 * show meanwhile: the caller handles it by `if-exists` instead of uploading it a second time.
 * A listing that fails costs only this narrowing: the upload goes ahead, with a warning.
 */
export async function matchAgainBeforeUpload(
  item: { file: string; cloudcast: Cloudcast; previousTitle?: string },
  ctx: OverlapContext,
): Promise<Match> {
  const appeared = await appearedOrWarn(
    ctx,
    item.file,
    (why) => `could not look at the account again before uploading (${why}): uploading it`,
  );
  if (appeared === undefined) return { kind: "new" };
  const known = keysOf(ctx.account);
  for (const cloudcast of appeared) {
    if (!known.has(cloudcast.key))
      ctx.account.cloudcasts.push({ key: cloudcast.key, name: cloudcast.name });
  }
  const match = matchExisting(item.cloudcast, item.previousTitle, ctx.account);
  if (match.kind === "existing") {
    ctx.log.info(
      item.file,
      `${match.key} appeared on the account while this run worked (another run published it meanwhile): not uploading it again`,
    );
  }
  return match;
}

/** The keys the run knows on the account now: what it listed, and what it published itself. */
export function keysOf(account: AccountListing): Set<string> {
  return new Set(account.cloudcasts.map((c) => c.key));
}

/**
 * Right after an upload: another cloudcast of the same title that appeared since the run began,
 * other than this upload and those the run knew before it, was published by another run at the
 * same time. Returns the error that fails the file, or undefined. A listing that fails leaves
 * the upload as it is, with a warning.
 */
export async function sameShowFromAnotherRun(
  item: { file: string; cloudcast: Cloudcast },
  uploaded: { key: string; url?: string },
  knownBefore: ReadonlySet<string>,
  ctx: OverlapContext,
): Promise<string | undefined> {
  const appeared = await appearedOrWarn(
    ctx,
    item.file,
    (why) => `uploaded, but could not look for the same show published by another run (${why})`,
  );
  if (appeared === undefined) return undefined;
  const twin = findTwin(appeared, item.cloudcast.title, uploaded.key, knownBefore);
  return twin === undefined ? undefined : duplicateMessage(uploaded, twin);
}

/** An upload of this run that found no twin right after it: looked at again once the listing caught up. */
export interface UploadToRecheck {
  item: { file: string; cloudcast: Cloudcast };
  uploaded: { key: string; url?: string };
  knownBefore: ReadonlySet<string>;
  /** When the upload was done, as `performance.now()`. */
  doneAt: number;
}

/**
 * The look right after an upload misses another run's show that Mixcloud has stored but does not
 * list yet (a listing that lags, see MixcloudClient.listingLagMs), and so may the other run's own
 * look: both would end green with the show twice. So once the run's uploads are done, and
 * `listingLagMs` has passed since the last of them, the account is listed once more for all of
 * them. Of two runs that uploaded the same show, the one that uploaded last so sees the other's
 * show, as long as the lag is no longer than that wait. Once per run rather than once per upload:
 * one wait (often already spent on the other uploads) and one listing, however many files; a run
 * that uploaded nothing waits for nothing. Returns the error of each file that now has a twin.
 */
export async function sameShowAfterListingLag(
  uploads: readonly UploadToRecheck[],
  listingLagMs: number,
  ctx: OverlapContext,
  now: () => number,
): Promise<Map<string, string>> {
  const twins = new Map<string, string>();
  if (uploads.length === 0 || ctx.signal.aborted) return twins;
  const lastDone = Math.max(...uploads.map((u) => u.doneAt));
  const waitMs = Math.max(0, lastDone + listingLagMs - now());
  ctx.log.info(
    "",
    `looking for the same shows published by another run once more${waitMs > 0 ? ` in ${formatDuration(waitMs)}, once the account's listing has caught up` : ""}`,
  );
  try {
    await realSleep(waitMs, ctx.signal);
  } catch {
    return twins; // cancelled: the run reports that instead
  }
  const appeared = await appearedOrWarn(
    ctx,
    "",
    (why) => `could not look once more for the same shows published by another run (${why})`,
  );
  if (appeared === undefined) return twins;
  for (const { item, uploaded, knownBefore } of uploads) {
    const twin = findTwin(appeared, item.cloudcast.title, uploaded.key, knownBefore);
    if (twin !== undefined) twins.set(item.file, duplicateMessage(uploaded, twin));
  }
  return twins;
}

/** Another cloudcast of this title, other than this upload and those the run knew before it. */
function findTwin(
  appeared: readonly RemoteCloudcast[],
  title: string,
  ours: string,
  knownBefore: ReadonlySet<string>,
): RemoteCloudcast | undefined {
  return appeared.find((c) => c.key !== ours && !knownBefore.has(c.key) && sameName(c.name, title));
}

function duplicateMessage(ours: { key: string; url?: string }, theirs: RemoteCloudcast): string {
  const where = (c: { key: string; url?: string }) =>
    c.url === undefined ? c.key : `${c.key} (${c.url})`;
  return (
    `another run published the same show at the same time: Mixcloud now holds it twice, as ${where(ours)} from this run and ${where(theirs)}. ` +
    "Delete one of them on mixcloud.com (Mixcloud's API cannot delete a show); a re-run then finds the other and changes nothing. " +
    `To keep runs from overlapping, ${CONCURRENCY_ADVICE}.`
  );
}

/** The newest `created_time` of the run's first listing: later looks start from it. */
export function newestCreated(cloudcasts: readonly RemoteCloudcast[]): {
  newestCreatedTime?: string;
} {
  let newest: string | undefined;
  for (const { createdTime } of cloudcasts) {
    if (createdTime === undefined || Number.isNaN(Date.parse(createdTime))) continue;
    if (newest === undefined || Date.parse(createdTime) > Date.parse(newest)) newest = createdTime;
  }
  return newest === undefined ? {} : { newestCreatedTime: newest };
}

/**
 * What the account shows that was created since its first listing (from a second before the
 * newest cloudcast then, as Mixcloud dates by the second); an account that was empty is read
 * whole, which is only what appeared since.
 */
async function listAppeared(ctx: OverlapContext): Promise<RemoteCloudcast[]> {
  const { username, newestCreatedTime } = ctx.account;
  const options = { signal: ctx.signal };
  if (newestCreatedTime === undefined) return ctx.client.listCloudcasts(username, options);
  const since = new Date(Date.parse(newestCreatedTime) - 1000).toISOString();
  return ctx.client.listCloudcastsSince(username, since, options);
}

/**
 * What appeared on the account since the run's first listing; undefined when the listing failed,
 * which costs only the narrowing it was for: a warning says what was not done (`instead`).
 */
async function appearedOrWarn(
  ctx: OverlapContext,
  file: string,
  instead: (why: string) => string,
): Promise<RemoteCloudcast[] | undefined> {
  try {
    return await listAppeared(ctx);
  } catch (error) {
    ctx.log.warning(file, instead(errorMessage(error)));
    return undefined;
  }
}
