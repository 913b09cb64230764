// Catching up (README, "Exactly once"): GitHub keeps at most one pending run per concurrency
// group and cancels the older pending one when another queues, so a push's run may never start.
// A push run therefore measures what it publishes from the commit of the last successful run of
// its workflow on its branch, when that is older than its own push: the next run publishes what
// a cancelled one would have, and what is already on Mixcloud matches as `unchanged`.
import type { GitHubApi, WorkflowRun } from "../github/types.js";
import { GitHubApiError, apiProblemText } from "../github/errors.js";
import type { WorkflowRef } from "./workflow-ref.js";

/** Successful runs looked at, newest first: the one to start from is nearly always the first. */
export const RUNS_LOOKED_AT = 30;

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
  let runs: WorkflowRun[];
  try {
    runs = await q.github.listWorkflowRuns({
      workflow: q.workflow.file,
      branch: q.branch,
      event: "push",
      status: "success",
      perPage: RUNS_LOOKED_AT,
    });
  } catch (error) {
    const denied =
      error instanceof GitHubApiError && (error.status === 403 || error.status === 404);
    const why = `the runs of ${what} could not be listed (${apiProblemText(error)})`;
    return ownRange(why, needs(own, denied ? "`permissions: actions: read`" : "the GitHub API"));
  }
  for (const run of runs) {
    if (!(await q.isAncestor(run.headSha, q.after))) continue;
    if (run.headSha === q.before || !(await q.isAncestor(run.headSha, q.before))) {
      return ownRange(
        `the last successful run of ${what} (${describe(run)}) reaches back no further`,
      );
    }
    return {
      base: run.headSha,
      reason:
        `Publishing what changed since ${short(run.headSha)}, the commit of the last successful run of ${what} (${describe(run)}), ` +
        `not only in ${own}: catching up on pushes whose runs did not publish (cancelled while pending, or failed).`,
    };
  }
  return ownRange(
    `no earlier successful run of ${what} on this history`,
    `No earlier successful run of ${what} to catch up from: publishing what changed in ${own}. Later runs catch up from this one.`,
  );
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
