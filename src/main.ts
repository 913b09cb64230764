// The action: settings → which files → the pipeline → reports. Only this file and src/action/
// touch @actions/*; everything they call is plain values in, plain values out.
import type * as Core from "@actions/core";
import { cancelOnSignals } from "./action/cancel.js";
import { createActionLog, safeCore, safeCoreLog } from "./action/log.js";
import { writeComment, writeRunnerReport } from "./action/report.js";
import type { ChangeSet } from "./selection/changes.js";
import { detectChanges } from "./selection/changes.js";
import type { EventContext } from "./selection/event.js";
import { issueNumber, readEventContext } from "./selection/event.js";
import { reasonToSkip } from "./selection/gate.js";
import { createGitRunner } from "./selection/git.js";
import type { GitRunner } from "./selection/git.js";
import type { GitHubApi } from "./github/index.js";
import type { LfsClientSettings } from "./media/lfs-access.js";
import { createGitHubApi } from "./github/index.js";
import type { PipelineFile } from "./pipeline.js";
import type { FileResult } from "./results.js";
import type { RunReport } from "./report/index.js";
import { listAllFiles, listedFileReader, selectDeleted, selectFiles } from "./selection/select.js";
import type { Settings } from "./settings.js";
import { parseSettings } from "./settings.js";
import { Limits } from "./constants.js";
import { errorMessage } from "./errors.js";

type CoreModule = typeof Core;

export async function run(): Promise<void> {
  // Every line written from here on is made one safe line first (see src/action/log.ts).
  const core = safeCore(await import("@actions/core"));
  const cancellation = cancelOnSignals((signal) =>
    core.warning(
      `Cancelled (${signal}): stopping uploads, cleaning up, and reporting what was done.`,
    ),
  );
  try {
    await runAction(core, cancellation.signal);
  } catch (error) {
    core.setFailed(errorMessage(error));
  } finally {
    cancellation.dispose();
  }
}

async function runAction(core: CoreModule, signal: AbortSignal): Promise<void> {
  const eventName = process.env["GITHUB_EVENT_NAME"] ?? "";
  const settings = parseSettings(core.getInput, process.env, eventName, core.setSecret, (m) =>
    core.notice(m),
  );
  const event = await readEventContext(process.env);
  const github = gitHubApiFor(settings, event, core);
  const git = createGitRunner(settings.workspace);
  const changes = await changesFor(settings, event, git, github, core);
  const selected = await selectFiles(
    settings.files,
    changes,
    () => listAllFiles(settings.workspace, git, settings.files),
    listedFileReader(settings.workspace, Limits.fileBytes),
  );
  const notices = noticesFor(settings, changes);
  core.info(describeSelection(selected.length, settings, changes));
  if (!settings.dryRun && selected.length > 0) await warnAboutWorkflow(core, settings, event);
  const results =
    selected.length === 0
      ? []
      : await publishSelected(core, settings, selected, { changes, event, git, github, signal });

  const report: RunReport = {
    results,
    dryRun: settings.dryRun,
    eventName,
    repository: event.repository && `${event.repository.owner}/${event.repository.repo}`,
    sha: event.sha,
    runUrl: runUrl(event),
    notices,
    nothingSelected: selected.length === 0,
  };
  await writeRunnerReport(core, report);
  if (settings.comment && shouldComment(eventName, selected.length)) {
    await writeComment(core, report, {
      github,
      pullRequest: eventName.startsWith("pull_request") ? issueNumber(event) : undefined,
      pushedSha: eventName === "push" ? event.sha : undefined,
    });
  }
  const failure = failureMessage(results, signal);
  if (failure !== undefined) core.setFailed(failure);
}

async function changesFor(
  settings: Settings,
  event: EventContext,
  git: GitRunner,
  github: GitHubApi | undefined,
  core: CoreModule,
): Promise<ChangeSet> {
  // Whether this event publishes at all comes first: it holds whatever `changed-only` says.
  const skip = reasonToSkip(event, { prereleases: settings.prereleases });
  if (skip !== undefined) return { kind: "skip", reason: skip };
  if (!settings.changedOnly) return { kind: "all" };
  const log = safeCoreLog(core);
  return detectChanges(event, {
    git,
    github,
    runs: github,
    catchUp: !settings.dryRun,
    log,
    prereleases: settings.prereleases,
  });
}

/** What a run found out before it publishes: the changes, the event, and its ways to git and GitHub. */
interface RunContext {
  changes: ChangeSet;
  event: EventContext;
  git: GitRunner;
  github: GitHubApi | undefined;
  signal: AbortSignal;
}

async function publishSelected(
  core: CoreModule,
  settings: Settings,
  selected: PipelineFile[],
  { changes, event, git, github, signal }: RunContext,
): Promise<FileResult[]> {
  const [
    { runPipeline },
    { createDownloader, createLfsDownloader },
    { createLfsAccess },
    { previousVersionReader },
  ] = await Promise.all([
    import("./pipeline.js"),
    import("./download.js"),
    import("./media/lfs-access.js"),
    import("./selection/previous.js"),
  ]);
  const base = changes.kind === "changed" ? changes.base : undefined;
  const urlPolicy = { allowPrivateAddresses: settings.allowPrivateUrls };
  const lfs = createLfsAccess(lfsSettings(settings, event));
  return runPipeline({
    workspace: settings.workspace,
    files: selected,
    dryRun: settings.dryRun,
    ifExists: settings.ifExists,
    licensing: settings.licensing,
    concurrency: settings.concurrency,
    retries: settings.retries,
    signal,
    log: createActionLog(core, settings.concurrency),
    changedPaths:
      changes.kind === "changed" ? new Set(changes.files.map((f) => f.path)) : undefined,
    readPrevious: base === undefined ? undefined : previousVersionReader(git, base, lfs),
    connect: async () => {
      const { connectMixcloud } = await import("./connect.js");
      return connectMixcloud(settings, (level, message) => core[level](message));
    },
    download: createDownloader({
      tempDir: settings.tempDir,
      signal,
      attempts: settings.retries,
      github,
      urlPolicy,
    }),
    downloadLfs: createLfsDownloader(lfs, signal),
    media: {
      urlPolicy,
      lfs,
      // Release assets of this repository are checked through the API: a private repository's
      // download links need the job's token.
      ...(github === undefined
        ? {}
        : { findReleaseAsset: (url: string) => github.findReleaseAssetByUrl(url) }),
    },
  });
}

/**
 * A run that is to publish checks the workflow file running it (in the checkout) for a shared
 * `concurrency:` group, and warns on that file's line when runs could upload side by side. A
 * file that is not there or cannot be read says nothing: the run goes on either way.
 */
async function warnAboutWorkflow(
  core: CoreModule,
  settings: Settings,
  event: EventContext,
): Promise<void> {
  const workflow = event.workflow;
  if (workflow === undefined) return;
  try {
    const [{ readWorkspaceFile }, { checkWorkflowConcurrency }] = await Promise.all([
      import("./selection/workspace.js"),
      import("./workflow/concurrency-check.js"),
    ]);
    const read = await readWorkspaceFile(settings.workspace, workflow.path, Limits.fileBytes);
    if (!read.ok) return;
    const text = new TextDecoder().decode(read.bytes);
    const warning = await checkWorkflowConcurrency(text, workflow.path, event.job);
    if (warning === undefined) return;
    core.warning(warning.message, {
      file: workflow.path,
      startLine: warning.line,
      title: warning.title,
    });
  } catch (error) {
    core.debug(`The workflow file ${workflow.path} could not be checked: ${errorMessage(error)}`);
  }
}

/**
 * The LFS server as `actions/checkout` reaches it: `GITHUB_SERVER_URL/GITHUB_REPOSITORY.git/info/lfs`
 * unless `.lfsconfig` or git config names another, with the job's token for the GitHub host only.
 */
function lfsSettings(settings: Settings, event: EventContext): LfsClientSettings {
  return {
    workspace: settings.workspace,
    serverUrl: event.serverUrl,
    ...(event.repository === undefined
      ? {}
      : { repository: `${event.repository.owner}/${event.repository.repo}` }),
    ...(settings.githubToken === undefined ? {} : { githubToken: settings.githubToken }),
    gitCredentials: false,
    tempDir: settings.tempDir,
    attempts: settings.retries,
    urlPolicy: { allowPrivateAddresses: settings.allowPrivateUrls },
  };
}

function gitHubApiFor(
  settings: Settings,
  event: EventContext,
  core: CoreModule,
): GitHubApi | undefined {
  if (settings.githubToken === undefined || event.repository === undefined) return undefined;
  return createGitHubApi({
    token: settings.githubToken,
    apiUrl: event.apiUrl,
    serverUrl: event.serverUrl,
    repository: event.repository,
    warn: core.debug,
  });
}

/**
 * A push that selected nothing has nothing to say on its PRs; a pull request always gets its
 * state. A merge queue's `merge_group` run gets none: it has no pull request number (the queued
 * pull requests already had their preview), and its result is the check itself.
 */
function shouldComment(eventName: string, selectedCount: number): boolean {
  if (eventName.startsWith("pull_request")) return true;
  return eventName === "push" && selectedCount > 0;
}

/** Notices for the log and the summary: why nothing is selected, and deleted files. */
function noticesFor(settings: Settings, changes: ChangeSet): string[] {
  if (changes.kind === "skip") return [changes.reason];
  const catchUp =
    changes.kind === "changed" && changes.notice !== undefined ? [changes.notice] : [];
  const deleted = selectDeleted(settings.files, changes);
  if (deleted.length === 0) return catchUp;
  return [
    ...catchUp,
    `Deleted cloudcast file${deleted.length === 1 ? "" : "s"} ${deleted.join(", ")}: nothing is removed from Mixcloud; delete the upload there if it should go.`,
  ];
}

function describeSelection(count: number, settings: Settings, changes: ChangeSet): string {
  if (changes.kind === "skip") return "No cloudcast file selected: this event publishes nothing.";
  // A push that catches up measures from an earlier commit than its own: name the one used.
  const scope =
    changes.kind !== "changed"
      ? "matching"
      : changes.base === undefined
        ? "changed by this event"
        : `changed since ${changes.base.slice(0, 7)}`;
  const mode = settings.dryRun ? "dry run" : "publishing";
  return `${count} cloudcast file${count === 1 ? "" : "s"} ${scope} (${settings.files.join(", ")}); ${mode}.`;
}

function runUrl(event: EventContext): string | undefined {
  if (event.repository === undefined || event.runId === undefined) return undefined;
  return `${event.serverUrl}/${event.repository.owner}/${event.repository.repo}/actions/runs/${event.runId}`;
}

function failureMessage(results: FileResult[], signal: AbortSignal): string | undefined {
  const invalid = results.filter((r) => r.status === "invalid").length;
  const failed = results.filter((r) => r.status === "failed").length;
  if (signal.aborted)
    return "Cancelled: the results so far are in the outputs and the job summary.";
  if (invalid > 0) {
    return `${invalid} cloudcast file${invalid === 1 ? " is" : "s are"} invalid (see the annotations): nothing was published.`;
  }
  if (failed > 0)
    return `${failed} cloudcast${failed === 1 ? "" : "s"} failed to publish (see the summary).`;
  return undefined;
}
