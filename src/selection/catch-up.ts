// Catching up (README, "Exactly once"): GitHub keeps at most one pending run per concurrency
// group and cancels the older pending one when another queues, so a push's run may never start.
// A push run therefore measures what it publishes from the commit of the last successful run of
// its workflow on its branch, when that is older than its own push: the next run publishes what
// a cancelled one would have, and what is already on Mixcloud matches as `unchanged`.
import type { GitHubApi, WorkflowRun } from "../github/types.js";
import { GitHubApiError, apiProblemText } from "../github/errors.js";
import type { WorkflowRef } from "./workflow-ref.js";

/**
 * Successful runs are asked for a page at a time, newest first, the next page only when no run of
 * the last one is behind this push: the one to start from is nearly always the first. A run is
 * passed over only when its commit left the branch's history (a forced push), and each such run
 * costs an ancestry check that may fetch history; so at most RUN_PAGES pages of RUNS_PER_PAGE
 * (GitHub's largest page): 300 runs, three requests. Beyond them, the notice says so.
 */
export const RUNS_PER_PAGE = 100;
export const RUN_PAGES = 3;

export interface CatchUpQuestion {
  workflow: WorkflowRef | undefined;
  /** The pushed branch (`main`), when the push was to a branch. */
  branch: string | undefined;
  /** The push's own range. */
  before: string;
  after: string;
  github: Pick<GitHubApi, "listWorkflowRuns"> | undefined;
  /** Whether `ancestor` is `descendant` or behind it, fetching history as needed. */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
}

/** Where a push run's changes are measured from, and why (for the log and, at times, a notice). */
export interface RangeStart {
  base: string;
  /** One line for the log: the range and why it was chosen. */
  reason: string;
  /** What catching up needs, when it could not be done: shown as a notice. */
  notice?: string;
}

export async function rangeStart(q: CatchUpQuestion): Promise<RangeStart> {
  const own = `this push's own range ${short(q.before)}..${short(q.after)}`;
  if (q.workflow === undefined || q.branch === undefined) {
    return { base: q.before, reason: `Publishing what changed in ${own}.` };
  }
  const what = `${q.workflow.file} on ${q.branch}`;
  const ownRange = (why: string, notice?: string): RangeStart => ({
    base: q.before,
    reason: `Publishing what changed in ${own}: ${why}.`,
    ...(notice === undefined ? {} : { notice }),
  });
  if (q.github === undefined) {
    return ownRange("no GitHub token to find earlier runs", needs(own, "the `github-token` input"));
  }
  const github = q.github;
  // Runs of one commit (re-runs, pushes of the same commit) ask git once.
  const behind = new Map<string, Promise<boolean>>();
  const isBehind = (sha: string) => {
    let answer = behind.get(sha);
    if (answer === undefined) behind.set(sha, (answer = q.isAncestor(sha, q.after)));
    return answer;
  };
  let listedAll = false;
  for (let page = 1; page <= RUN_PAGES && !listedAll; page++) {
    let runs: WorkflowRun[];
    try {
      runs = await github.listWorkflowRuns({
        workflow: q.workflow.file,
        branch: q.branch,
        event: "push",
        status: "success",
        perPage: RUNS_PER_PAGE,
        page,
      });
    } catch (error) {
      const denied =
        error instanceof GitHubApiError && (error.status === 403 || error.status === 404);
      const why = `the runs of ${what} could not be listed (${apiProblemText(error)})`;
      return ownRange(why, needs(own, denied ? "`permissions: actions: read`" : "the GitHub API"));
    }
    listedAll = runs.length < RUNS_PER_PAGE;
    const start = await startFrom(runs, { ...q, isBehind }, what, own);
    if (start !== undefined) return start;
  }
  const among = listedAll ? "" : ` among the newest ${RUN_PAGES * RUNS_PER_PAGE}`;
  return ownRange(
    `no earlier successful run of ${what} on this history${among}`,
    `No earlier successful run of ${what}${among} to catch up from: publishing what changed in ${own}. Later runs catch up from this one.`,
  );
}

/** Where to start, from the newest of `runs` whose commit is behind this push; undefined: none is. */
async function startFrom(
  runs: WorkflowRun[],
  q: CatchUpQuestion & { isBehind(sha: string): Promise<boolean> },
  what: string,
  own: string,
): Promise<RangeStart | undefined> {
  for (const run of runs) {
    if (!(await q.isBehind(run.headSha))) continue;
    if (run.headSha === q.before || !(await q.isAncestor(run.headSha, q.before))) {
      return {
        base: q.before,
        reason: `Publishing what changed in ${own}: the last successful run of ${what} (${describe(run)}) reaches back no further.`,
      };
    }
    return {
      base: run.headSha,
      reason:
        `Publishing what changed since ${short(run.headSha)}, the commit of the last successful run of ${what} (${describe(run)}), ` +
        `not only in ${own}: catching up on pushes whose runs did not publish (cancelled while pending, or failed).`,
    };
  }
  return undefined;
}

function needs(own: string, what: string): string {
  return (
    `Catching up needs ${what}: publishing only what changed in ${own}. ` +
    "If GitHub cancelled the run of an earlier push while it was pending, what that push changed is not published by this run. " +
    'Give the workflow `permissions: actions: read` (and the default `github-token`) so that every run catches up from the last successful one (README, "Exactly once").'
  );
}

function describe(run: WorkflowRun): string {
  return run.runNumber === undefined ? `run ${run.id}` : `run #${run.runNumber}`;
}

function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}
