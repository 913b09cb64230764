import {
  defaultBranch,
  isZeroSha,
  mergeGroupInfo,
  pullRequestInfo,
  pushInfo,
  releaseInfo,
  type EventContext,
} from "./event.js";
import {
  diffCommits,
  fetch,
  hasRemote,
  isAncestor,
  isShallow,
  isWorkTree,
  listTags,
  mergeBase,
  recordedParents,
  resolveCommit,
  type DiffEntry,
  type GitRunner,
} from "./git.js";
import { errorMessage } from "../errors.js";
import { apiProblemText } from "../github/errors.js";
import { PULL_FILES_LIMIT } from "../github/types.js";
import { isPlainTagName, parseDate, parseVersion, previousTag } from "./release-tags.js";
import type { TagCandidate } from "./release-tags.js";
import { rangeStart, type RangeStart } from "./catch-up.js";
import type { Comparison, GitHubApi, Release, RemoteFile } from "../github/types.js";

/** A file the event added or changed, under its name after the change. */
export interface ChangedFile {
  path: string;
  /** Its name before a rename (or the source of a copy). */
  previousPath?: string;
  status: "added" | "modified" | "renamed" | "copied";
}

/** What an event asks to be looked at (SPEC §4 "Change detection"). */
export type ChangeSet =
  | { kind: "all" }
  | {
      kind: "changed";
      files: ChangedFile[];
      /** Deleted files: a notice, nothing is removed on Mixcloud. */
      deleted: string[];
      /** The commit the changes are measured from (for reading previous versions), when known. */
      base?: string;
      head: string;
      /** What catching up needs, when this push's run could not catch up (see catch-up.ts). */
      notice?: string;
    }
  | { kind: "skip"; reason: string };

export interface ChangeLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ChangeDeps {
  git: GitRunner;
  /** The REST API, for when the history cannot be had; absent without a token. */
  github?: Pick<GitHubApi, "listPullFiles" | "compare" | "listReleases">;
  /** The workflow runs API, to catch up on runs that did not publish; absent without a token. */
  runs?: Pick<GitHubApi, "listWorkflowRuns">;
  /**
   * A push publishes what changed since the last successful run of its workflow (catch-up.ts),
   * not only in its own range. Off by default, and for a dry run, which publishes nothing.
   */
  catchUp?: boolean;
  log: ChangeLog;
  /** The remote to deepen a shallow clone from; default `origin`. */
  remote?: string;
  /**
   * The `prereleases` input. Without it a prerelease was never published, so the release before
   * a full release is the previous full release, not a prerelease in between.
   */
  prereleases?: boolean;
}

/** Neither git nor the API could tell what changed. The message says what to do. */
export class ChangeDetectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChangeDetectionError";
  }
}

/**
 * Which files the triggering event changed. Pure on events: `changed-only: false` is the
 * caller's business. Git (in the workspace checkout) is asked first, deepening a shallow clone
 * as needed; the GitHub API when the history cannot be had.
 */
export async function detectChanges(ctx: EventContext, deps: ChangeDeps): Promise<ChangeSet> {
  const session = await openSession(deps);
  switch (ctx.eventName) {
    case "push":
      return pushChanges(ctx, session);
    case "pull_request":
    case "pull_request_target":
      return pullRequestChanges(ctx, session);
    case "release":
      return releaseChanges(ctx, session);
    case "merge_group":
      return mergeGroupChanges(ctx, session);
    default:
      deps.log.info(`Event "${ctx.eventName || "(none)"}": taking every matching file.`);
      return { kind: "all" };
  }
}

// ---- the session: git (when usable) and the API -------------------------------------------------

interface Session extends ChangeDeps {
  remote: string;
  /** The workspace is a git work tree. */
  repo: boolean;
  /** Why the history could not be had, collected for the final error. */
  gitProblems: string[];
  /** Full commit ids already found in the clone: a commit once there stays there for the run. */
  found: Set<string>;
}

async function openSession(deps: ChangeDeps): Promise<Session> {
  const repo = await isWorkTree(deps.git);
  const session: Session = {
    ...deps,
    remote: deps.remote ?? "origin",
    repo,
    gitProblems: [],
    found: new Set(),
  };
  if (!repo) session.gitProblems.push(`${deps.git.cwd} is not a git repository`);
  return session;
}

/** Steps by which a shallow clone is deepened before asking for its whole history. */
export const DEEPEN_STEPS = [50, 200, 1000] as const;

type Attempt = "found" | "more" | "failed";

/**
 * Makes `satisfied` true by fetching `refspecs` (commit names, or refs to store): first the
 * commits themselves, then — in a shallow clone — ever more history behind them, then all of
 * it. Returns false when it stays false, having noted why in `s.gitProblems`.
 */
async function ensureHistory(
  s: Session,
  what: string,
  fetches: { refspecs: string[] },
  satisfied: () => Promise<boolean>,
): Promise<boolean> {
  if (!s.repo) return false;
  if (await satisfied()) return true;
  if (!(await hasRemote(s.git, s.remote))) {
    s.gitProblems.push(
      `${what} is not in the checkout and there is no remote "${s.remote}" to fetch it from`,
    );
    return false;
  }
  // "more": fetched, not there yet; "failed": the fetch itself failed, so more of it won't help.
  const attempt = async (label: string, extra: FetchDepth): Promise<Attempt> => {
    s.log.info(`Fetching ${label} to find ${what}…`);
    const result = await fetch(s.git, { remote: s.remote, refspecs: fetches.refspecs, ...extra });
    if (!result.ok) {
      s.gitProblems.push(result.reason);
      return "failed";
    }
    return (await satisfied()) ? "found" : "more";
  };
  // `--deepen` (unlike `--depth`) never cuts history a shallow clone already has.
  const shallow = await isShallow(s.git);
  const first = await attempt("the commits", shallow ? { deepen: 1 } : {});
  if (first === "more" && shallow) return deepen(s, what, attempt);
  return first === "found" || fail(s, what);
}

type FetchDepth = { deepen?: number; unshallow?: boolean };

/** Deepens a shallow clone in bounded steps, then asks for the whole history. */
async function deepen(
  s: Session,
  what: string,
  attempt: (label: string, extra: FetchDepth) => Promise<Attempt>,
): Promise<boolean> {
  for (const steps of DEEPEN_STEPS) {
    if (!(await isShallow(s.git))) return fail(s, what);
    const outcome = await attempt(`${steps} more commits of history`, { deepen: steps });
    if (outcome !== "more") return outcome === "found" || fail(s, what);
  }
  if (!(await isShallow(s.git))) return fail(s, what);
  return (await attempt("the whole history", { unshallow: true })) === "found" || fail(s, what);
}

function fail(s: Session, what: string): false {
  s.gitProblems.push(`${what} could not be found in the history`);
  return false;
}

async function have(s: Session, ...revs: string[]): Promise<boolean> {
  for (const rev of revs) if ((await commitOf(s, rev)) === undefined) return false;
  return true;
}

/**
 * The full id of the commit `rev` names. A full id found once is not asked of git again: each
 * question is a `git` process, and a push's start asks about the same two commits several
 * times. Names and missing commits are asked each time (a fetch may move or bring them).
 */
async function commitOf(s: Session, rev: string): Promise<string | undefined> {
  if (s.found.has(rev)) return rev;
  const sha = await resolveCommit(s.git, rev);
  if (sha !== undefined && sha === rev) s.found.add(sha);
  return sha;
}

function historyError(s: Session, event: string, apiProblem: string): ChangeDetectionError {
  const gitPart = [...new Set(s.gitProblems)].join("; ");
  return new ChangeDetectionError(
    `Cannot tell which files the ${event} changed. Git: ${gitPart || "no history"}. ` +
      `GitHub API: ${apiProblem}. Check out the repository with actions/checkout and ` +
      "`fetch-depth: 0` (or set `changed-only: false` to take every matching file).",
  );
}

/** Runs an API fallback, or explains why there is none, as part of the final error. */
async function viaApi(
  s: Session,
  event: string,
  call: (github: NonNullable<ChangeDeps["github"]>) => Promise<ChangeSet>,
): Promise<ChangeSet> {
  if (s.github === undefined) throw historyError(s, event, "not available (no `github-token`)");
  s.log.info(
    `The git history is not available; asking the GitHub API which files the ${event} changed.`,
  );
  try {
    return await call(s.github);
  } catch (error) {
    throw historyError(s, event, apiProblemText(error));
  }
}

// ---- building change sets ----------------------------------------------------------------------

async function gitChangeSet(
  s: Session,
  base: string | undefined,
  head: string,
): Promise<ChangeSet> {
  const entries = await diffCommits(s.git, base, head);
  const headSha = (await commitOf(s, head)) ?? head;
  const baseSha = base === undefined ? undefined : ((await commitOf(s, base)) ?? base);
  return toChangeSet(entries, headSha, baseSha);
}

function toChangeSet(entries: DiffEntry[], head: string, base: string | undefined): ChangeSet {
  const files: ChangedFile[] = [];
  const deleted: string[] = [];
  for (const entry of entries) {
    if (entry.status === "deleted") {
      deleted.push(entry.path);
      continue;
    }
    const file: ChangedFile = { path: entry.path, status: entry.status };
    if (entry.previousPath !== undefined) file.previousPath = entry.previousPath;
    files.push(file);
  }
  const set: ChangeSet = { kind: "changed", files, deleted, head };
  if (base !== undefined) set.base = base;
  return set;
}

/** The API's file statuses in git's terms; `unchanged` entries change nothing. */
function remoteToEntries(files: RemoteFile[]): DiffEntry[] {
  const entries: DiffEntry[] = [];
  for (const f of files) {
    const status = REMOTE_STATUS[f.status];
    if (status === undefined) continue;
    const entry: DiffEntry = { status, path: f.path };
    if (f.previousPath !== undefined && (status === "renamed" || status === "copied")) {
      entry.previousPath = f.previousPath;
    }
    entries.push(entry);
  }
  return entries;
}

const REMOTE_STATUS: Record<RemoteFile["status"], DiffEntry["status"] | undefined> = {
  added: "added",
  modified: "modified",
  changed: "modified",
  renamed: "renamed",
  copied: "copied",
  removed: "deleted",
  unchanged: undefined,
};

function fromComparison(s: Session, comparison: Comparison, head: string): ChangeSet {
  if (comparison.truncated) {
    s.log.warning(
      `GitHub lists at most ${comparison.files.length} files of a comparison; some changes may be missed. Check out with \`fetch-depth: 0\` to let git tell.`,
    );
  }
  return toChangeSet(remoteToEntries(comparison.files), head, comparison.mergeBaseSha);
}

// ---- push --------------------------------------------------------------------------------------

async function pushChanges(ctx: EventContext, s: Session): Promise<ChangeSet> {
  const push = pushInfo(ctx);
  if (push.deleted) return { kind: "skip", reason: `the push deleted ${push.ref ?? "a branch"}` };
  if (push.created || push.forced) return newHistoryChanges(ctx, s, push.after, push.ref);
  const start = await pushRangeStart(ctx, s, push.before, push.after, push.ref);
  const base = start.base;
  const found = await ensureHistory(
    s,
    `commits ${short(base)} and ${short(push.after)}`,
    {
      refspecs: [push.after],
    },
    () => have(s, base, push.after),
  );
  const changes = found
    ? await gitChangeSet(s, base, push.after)
    : await viaApi(s, "push", async (github) =>
        fromComparison(s, await github.compare(base, push.after), push.after),
      );
  return start.notice !== undefined && changes.kind === "changed"
    ? { ...changes, notice: start.notice }
    : changes;
}

/**
 * Where a push's changes are measured from: its own `before`, or — catching up — the commit of
 * the last successful run of the workflow on the branch (catch-up.ts decides). Says which, and why.
 */
async function pushRangeStart(
  ctx: EventContext,
  s: Session,
  before: string,
  after: string,
  ref: string | undefined,
): Promise<RangeStart> {
  const branch = ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
  if (s.catchUp !== true) return { base: before, reason: "" };
  const start = await rangeStart({
    workflow: ctx.workflow,
    branch,
    before,
    after,
    github: s.runs,
    isAncestor: (ancestor, descendant) => ancestorOf(s, ancestor, descendant),
  });
  s.log.info(start.reason);
  return start;
}

/**
 * Whether `ancestor` is behind (or is) `descendant`: asked of git, fetching and deepening as
 * needed; when the history cannot be had, of the API's comparison.
 */
async function ancestorOf(s: Session, ancestor: string, descendant: string): Promise<boolean> {
  const problems = s.gitProblems.length;
  const found = await ensureHistory(
    s,
    `commit ${short(ancestor)} behind ${short(descendant)}`,
    { refspecs: [ancestor, descendant] },
    async () => (await have(s, ancestor, descendant)) && isAncestor(s.git, ancestor, descendant),
  );
  // A commit that is simply not behind this one is an answer, not a problem to report later.
  s.gitProblems.length = problems;
  if (found) return true;
  if (s.repo && (await have(s, ancestor, descendant))) return false;
  if (s.github === undefined) return false;
  try {
    const status = (await s.github.compare(ancestor, descendant)).status;
    return status === "ahead" || status === "identical";
  } catch {
    return false;
  }
}

/**
 * A new branch, or history rewritten by a forced push: `before` says nothing useful. What the
 * branch brings is measured from where it left the default branch; failing that, the pushed
 * commit alone.
 */
async function newHistoryChanges(
  ctx: EventContext,
  s: Session,
  after: string,
  ref: string | undefined,
): Promise<ChangeSet> {
  const branch = defaultBranch(ctx);
  const pushed = ref?.replace(/^refs\/heads\//, "");
  if (branch !== undefined && branch !== pushed) {
    const fromDefault = await changesSinceDefault(s, branch, after);
    if (fromDefault !== undefined) return fromDefault;
  }
  return pushedCommitChanges(s, after);
}

async function changesSinceDefault(
  s: Session,
  branch: string,
  after: string,
): Promise<ChangeSet | undefined> {
  const tracking = `refs/remotes/${s.remote}/${branch}`;
  let base: string | undefined;
  const found = await ensureHistory(
    s,
    `the merge base of ${short(after)} and ${branch}`,
    {
      refspecs: [after, `+refs/heads/${branch}:${tracking}`],
    },
    async () => {
      base = (await have(s, after, tracking)) ? await mergeBase(s.git, tracking, after) : undefined;
      return base !== undefined;
    },
  );
  if (found && base !== undefined) {
    // Already on the default branch (e.g. a branch made from it, pushed as it is): nothing new
    // relative to it, so the pushed commit alone tells what this push was about.
    if (base === (await resolveCommit(s.git, after))) return undefined;
    s.log.info(`Comparing with the merge base of ${branch} (${short(base)}).`);
    return gitChangeSet(s, base, after);
  }
  if (s.github === undefined) return undefined;
  return viaApi(s, "push", async (github) =>
    fromComparison(s, await github.compare(branch, after), after),
  );
}

async function pushedCommitChanges(s: Session, after: string): Promise<ChangeSet> {
  s.log.info(`Taking the files changed by the pushed commit ${short(after)}.`);
  let parent: string | undefined;
  const found = await ensureHistory(
    s,
    `the parent of ${short(after)}`,
    { refspecs: [after] },
    async () => {
      if (!(await have(s, after))) return false;
      const parents = await recordedParents(s.git, after);
      parent = parents[0];
      return parent === undefined || (await have(s, parent));
    },
  );
  if (found) return gitChangeSet(s, parent, after);
  // The commit object names its parent even where the parent itself could not be fetched.
  const base = parent ?? `${after}^`;
  return viaApi(s, "push", async (github) =>
    fromComparison(s, await github.compare(base, after), after),
  );
}

// ---- pull request --------------------------------------------------------------------------------

async function pullRequestChanges(ctx: EventContext, s: Session): Promise<ChangeSet> {
  const pr = pullRequestInfo(ctx);
  const found = await mergeBaseOf(s, pr.baseSha, pr.headSha);
  if (found !== undefined) return gitChangeSet(s, found, pr.headSha);
  return viaApi(s, `pull request #${pr.number}`, async (github) => {
    const files = await github.listPullFiles(pr.number);
    if (files.length >= PULL_FILES_LIMIT) {
      s.log.warning(
        `GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request; some changes may be missed. Check out with \`fetch-depth: 0\` to let git tell.`,
      );
    }
    return toChangeSet(remoteToEntries(files), pr.headSha, undefined);
  });
}

/** The merge base of `base` and `head` (`base...head`), fetching history as needed. */
async function mergeBaseOf(
  s: Session,
  baseSha: string,
  headSha: string,
): Promise<string | undefined> {
  let base: string | undefined;
  const found = await ensureHistory(
    s,
    `the merge base of ${short(baseSha)} and ${short(headSha)}`,
    { refspecs: [headSha, baseSha] },
    async () => {
      base = (await have(s, baseSha, headSha))
        ? await mergeBase(s.git, baseSha, headSha)
        : undefined;
      return base !== undefined;
    },
  );
  return found ? base : undefined;
}

// ---- merge group ---------------------------------------------------------------------------------

/**
 * A merge queue's check: what the queued pull requests bring onto the target branch, measured
 * as a pull request's are (`base_sha...head_sha`). It has no pull request number, so the API
 * fallback compares the two commits.
 */
async function mergeGroupChanges(ctx: EventContext, s: Session): Promise<ChangeSet> {
  const group = mergeGroupInfo(ctx);
  const found = await mergeBaseOf(s, group.baseSha, group.headSha);
  if (found !== undefined) return gitChangeSet(s, found, group.headSha);
  return viaApi(s, "merge group", async (github) =>
    fromComparison(s, await github.compare(group.baseSha, group.headSha), group.headSha),
  );
}

// ---- release -------------------------------------------------------------------------------------

async function releaseChanges(ctx: EventContext, s: Session): Promise<ChangeSet> {
  const release = releaseInfo(ctx);
  if (!isPlainTagName(release.tagName)) {
    throw new ChangeDetectionError(
      `The release tag ${JSON.stringify(release.tagName)} is not a usable tag name.`,
    );
  }
  const previous = await previousReleaseTag(s, release.tagName, release.publishedAt);
  if (previous === undefined) {
    s.log.info(`No release before ${release.tagName}: taking every matching file.`);
    return { kind: "all" };
  }
  s.log.info(`Comparing release ${release.tagName} with the previous release ${previous}.`);
  const baseRef = `refs/tags/${previous}`;
  const headRef = `refs/tags/${release.tagName}`;
  const found = await ensureHistory(
    s,
    `tags ${previous} and ${release.tagName}`,
    {
      refspecs: [`+${baseRef}:${baseRef}`, `+${headRef}:${headRef}`],
    },
    () => have(s, baseRef, headRef),
  );
  if (found) return gitChangeSet(s, baseRef, headRef);
  const head = ctx.sha ?? release.tagName;
  return viaApi(s, `release ${release.tagName}`, async (github) =>
    fromComparison(s, await github.compare(previous, release.tagName), head),
  );
}

/** The release before `tag`: from the API's release list when there is one, else git's tags. */
async function previousReleaseTag(
  s: Session,
  tag: string,
  publishedAt: string | undefined,
): Promise<string | undefined> {
  const candidates = (await releaseCandidates(s)) ?? (await tagCandidates(s));
  const own = candidates.find((c) => c.name === tag);
  return previousTag(tag, own?.createdAt ?? parseDate(publishedAt), candidates);
}

async function releaseCandidates(s: Session): Promise<TagCandidate[] | undefined> {
  if (s.github === undefined) return undefined;
  let releases: Release[];
  try {
    releases = await s.github.listReleases();
  } catch (error) {
    s.log.warning(`Could not list releases (${errorMessage(error)}); using git tags.`);
    return undefined;
  }
  return releases
    .filter((r) => !r.draft && (s.prereleases === true || !r.prerelease))
    .filter((r) => isPlainTagName(r.tagName))
    .map((r) => ({ name: r.tagName, createdAt: parseDate(r.publishedAt ?? r.createdAt) }));
}

async function tagCandidates(s: Session): Promise<TagCandidate[]> {
  if (!s.repo) return [];
  // A shallow checkout usually comes without tags; fetch them (not their history) to choose from.
  if ((await isShallow(s.git)) && (await hasRemote(s.git, s.remote))) {
    const result = await fetch(s.git, {
      remote: s.remote,
      refspecs: ["+refs/tags/*:refs/tags/*"],
      deepen: 1,
    });
    if (!result.ok) s.log.warning(`Could not fetch tags: ${result.reason}`);
  }
  const tags = await listTags(s.git);
  // A tag does not say whether its release was a prerelease; a version with a pre-release part
  // (`v1.2.0-rc.1`) is taken for one.
  const published = (name: string) =>
    s.prereleases === true || (parseVersion(name)?.pre.length ?? 0) === 0;
  return tags
    .filter((t) => isPlainTagName(t.name) && published(t.name))
    .map((t) => ({ name: t.name, createdAt: t.createdAt * 1000 }));
}

function short(sha: string): string {
  return isZeroSha(sha) ? "(none)" : /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}
