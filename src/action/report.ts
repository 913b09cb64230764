// The action's reporting edge: hands the pure reports of src/report/ to the runner (outputs,
// annotations, job summary) and to GitHub (the sticky comment). A comment that cannot be
// written is a notice, never a failure of the step.
import type * as Core from "@actions/core";
import { COMMENT_MARKER } from "../constants.js";
import type { GitHubApi } from "../github/index.js";
import { ReadOnlyTokenError } from "../github/index.js";
import type { RunReport } from "../report/index.js";
import {
  annotationsFor,
  buildOutputs,
  escapeWorkflowCommandText,
  renderComment,
  renderSummary,
} from "../report/index.js";
import { formatDiagnostic } from "../diagnostic.js";
import { errorMessage } from "../errors.js";

type CoreReport = Pick<
  typeof Core,
  "setOutput" | "error" | "notice" | "warning" | "info" | "summary"
>;

/**
 * Outputs, annotations, notices and the job summary. `summaryFile` is the runner's
 * `GITHUB_STEP_SUMMARY`; outside a runner (a local run) there is none, and the summary is skipped
 * with an info line: the outputs and the log say everything it would.
 */
export async function writeRunnerReport(
  core: CoreReport,
  report: RunReport,
  summaryFile: string | undefined = process.env["GITHUB_STEP_SUMMARY"],
): Promise<void> {
  for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value);
  // GitHub shows at most 10 annotations of a level a step, so every problem and warning is
  // also a log line.
  for (const result of report.results) {
    for (const d of [...result.diagnostics, ...result.warnings])
      core.info(escapeWorkflowCommandText(formatDiagnostic(d)));
  }
  for (const { level, message, properties } of annotationsFor(report.results)) {
    if (level === "warning") core.warning(message, properties);
    else core.error(message, properties);
  }
  for (const notice of report.notices) core.notice(notice);
  if (summaryFile === undefined || summaryFile.trim() === "") {
    core.info("No job summary: GITHUB_STEP_SUMMARY is not set (not on a runner).");
    return;
  }
  await core.summary.addRaw(renderSummary(report), true).write();
}

export interface CommentTarget {
  github: Pick<GitHubApi, "upsertStickyComment" | "pullsForCommit"> | undefined;
  /** The PR of a pull_request run; for a push, the PRs of the pushed commit are looked up. */
  pullRequest?: number;
  pushedSha?: string;
}

/** Posts or updates the sticky comment; returns a notice when it could not be written. */
export async function writeComment(
  core: CoreReport,
  report: RunReport,
  target: CommentTarget,
): Promise<void> {
  if (target.github === undefined) {
    core.notice(
      "No GitHub token (a pull request from a fork has none): the preview is in the job summary instead of a PR comment.",
    );
    return;
  }
  try {
    const numbers = await pullRequestsToComment(target);
    const body = renderComment(report);
    for (const number of numbers) {
      const written = await target.github.upsertStickyComment(number, COMMENT_MARKER, body);
      core.info(`PR comment ${written.action}: ${written.url}`);
    }
  } catch (error) {
    if (error instanceof ReadOnlyTokenError) {
      core.notice(
        "The GitHub token may not write comments here (read-only, as on a pull request from a fork): the preview is in the job summary. Give the job `permissions: pull-requests: write` to get the comment.",
      );
    } else {
      core.warning(`The PR comment could not be written: ${errorMessage(error)}`);
    }
  }
}

async function pullRequestsToComment(target: CommentTarget): Promise<number[]> {
  if (target.pullRequest !== undefined) return [target.pullRequest];
  if (target.pushedSha === undefined || target.github === undefined) return [];
  const pulls = await target.github.pullsForCommit(target.pushedSha);
  return [...new Set(pulls.map((pull) => pull.number))];
}
