// The run between "which files" and "report": read and validate every file, check its media,
// refuse the whole batch if anything is wrong, then preview (dry run) or publish. Knows nothing
// of GitHub, so the CLI runs exactly the same steps as the action.
import type { Cloudcast, ParsedCloudcast, Section } from "./cloudcast/types.js";
import { parseCloudcast } from "./cloudcast/index.js";
import { diffCloudcasts } from "./cloudcast/diff.js";
import type { Diagnostic, SourceSpan } from "./diagnostic.js";
import { diagnosticAt, FILE_START, internalErrorAt } from "./diagnostic.js";
import type { MediaCheck, MediaCheckOptions, ResolvedMedia } from "./media/index.js";
import { checkMedia, createUrlCheckRun, redactUrl } from "./media/index.js";
import type { Change, FileResult, MediaInfo, SectionRow } from "./results.js";
import type { IfExists } from "./settings.js";
import type { LicensingMode } from "./cloudcast/mixcloud-rules/index.js";
import { draftsWarning, showRules } from "./cloudcast/mixcloud-rules/index.js";
import type { MixcloudClient } from "./mixcloud/index.js";
import type { PublishContext, PublishItem } from "./publish/execute.js";
import { publishAll } from "./publish/execute.js";
import type { PublishLog } from "./publish/log.js";
import type { AccountListing } from "./publish/plan.js";
import { matchExisting } from "./publish/plan.js";
import { newestCreated } from "./publish/overlap.js";
import { errorMessage } from "./errors.js";
import { readWorkspaceFile } from "./selection/workspace.js";
import { mapLimit } from "./concurrency.js";
import type { SelectedFile } from "./selection/select.js";
import type { ReadPrevious } from "./selection/previous.js";
import type { TracklistSource } from "./tracklist/resolve.js";
import { readCloudcastTracklist } from "./tracklist/stage.js";

/** A file the run selected: workspace-relative, with its previous path when it was renamed. */
export type PipelineFile = SelectedFile;

export interface PipelineOptions {
  workspace: string;
  files: PipelineFile[];
  dryRun: boolean;
  ifExists: IfExists;
  /** Mixcloud's licensing rules: warnings (the default), errors that block publishing, or off. */
  licensing?: LicensingMode;
  concurrency: number;
  retries: number;
  signal: AbortSignal;
  log: PublishLog;
  /** Every path the event changed (not only cloudcast files): decides whether a picture is re-sent. */
  changedPaths?: ReadonlySet<string>;
  /**
   * The file's cloudcast before this event (a modified or renamed file), its tracklist file
   * included; undefined when it had none. The preview shows what the event changes.
   */
  readPrevious?: ReadPrevious;
  /** Creates the Mixcloud client; called only when there is something to publish. */
  connect: () => Promise<MixcloudClient>;
  download: PublishContext["download"];
  downloadLfs?: PublishContext["downloadLfs"];
  media?: Partial<MediaCheckOptions>;
  now?: () => Date;
}

interface Checked {
  file: PipelineFile;
  parsed: ParsedCloudcast;
  media?: MediaCheck;
  /** Where the sections came from, when a tracklist file gave them. */
  tracklist?: TracklistSource;
  /** The file as it was before this event, when it had a previous version. */
  previous?: ParsedCloudcast;
  /** Errors: any of them makes the file invalid, and nothing of the batch is published. */
  diagnostics: Diagnostic[];
  /** What Mixcloud may hold against the show: any stage adds to it; it never stops a publish. */
  warnings: Diagnostic[];
}

export async function runPipeline(pipelineOptions: PipelineOptions): Promise<FileResult[]> {
  // One run of URL checks for the batch: each URL once, all within one time budget.
  const options = {
    ...pipelineOptions,
    media: { urlChecks: createUrlCheckRun(), ...pipelineOptions.media },
  };
  const tracklists = readCloudcastTracklist(options.workspace, options.media?.lfs);
  const checked = await mapLimit(options.files, 8, (file) =>
    checkFile(file, options, tracklists).catch((error: unknown) => {
      // A cancelled run stops; any other exception fails its own file, not the run.
      if (options.signal.aborted) throw error;
      const diagnostic = internalErrorAt(file.path, error);
      const parsed = { file: file.path, diagnostics: [diagnostic], spans: {} };
      return { file, parsed, diagnostics: [diagnostic], warnings: [] };
    }),
  );
  addBatchDiagnostics(checked);
  await mapLimit(checked, 8, (c) => addPrevious(c, options));
  const invalid = checked.filter((c) => c.diagnostics.length > 0);
  if (invalid.length > 0) {
    return checked.map((c) =>
      c.diagnostics.length > 0
        ? invalidResult(c)
        : {
            ...validResult(c),
            status: options.dryRun ? "dry-run" : "skipped",
            error: options.dryRun
              ? undefined
              : `not published: ${invalid.length} file${invalid.length === 1 ? " is" : "s are"} invalid, and nothing is published from an invalid batch`,
          },
    );
  }
  if (options.dryRun) return checked.map((c) => ({ ...validResult(c), status: "dry-run" }));
  if (checked.length === 0) return [];
  const items = await Promise.all(checked.map((c) => toPublishItem(c, options)));
  let client: MixcloudClient | undefined;
  try {
    client = await options.connect();
    const account = await loadAccount(client, options.log, options.signal);
    addAccountWarnings(items, account, options.log);
    return await publishAll(items, {
      client,
      account,
      ifExists: options.ifExists,
      concurrency: options.concurrency,
      attempts: options.retries,
      settleMs: client.answerTimeoutMs,
      listingLagMs: client.listingLagMs,
      signal: options.signal,
      log: options.log,
      download: options.download,
      ...(options.downloadLfs === undefined ? {} : { downloadLfs: options.downloadLfs }),
      now: options.now ?? (() => new Date()),
    });
  } catch (error) {
    // publishAll reports each file's own failure; what lands here is the account itself not
    // being readable (no token, a revoked one, Mixcloud down): every file fails for that reason.
    const reason = errorMessage(error);
    return items.map((item) => ({
      file: item.file,
      title: item.cloudcast.title,
      status: "failed",
      error: reason,
      diagnostics: [],
      warnings: item.warnings,
      details: item.details,
    }));
  } finally {
    await client?.close();
  }
}

async function checkFile(
  file: PipelineFile,
  options: PipelineOptions,
  tracklists: ReturnType<typeof readCloudcastTracklist>,
): Promise<Checked> {
  const read = await readWorkspaceFile(options.workspace, file.path, 1024 * 1024 + 1);
  if (!read.ok) {
    const diagnostic = diagnosticAt(file.path, FILE_START, read.rule, read.message);
    return {
      file,
      parsed: { file: file.path, diagnostics: [diagnostic], spans: {} },
      diagnostics: [diagnostic],
      warnings: [],
    };
  }
  // The tracklist stage passes a file that is already invalid through as it is.
  const { parsed, source: tracklist } = await tracklists(parseCloudcast(read.bytes, file.path));
  if (tracklist !== undefined) options.log.info(file.path, describeTracklist(tracklist));
  const warnings = [...(parsed.warnings ?? [])];
  if (parsed.cloudcast === undefined) {
    return { file, parsed, tracklist, diagnostics: parsed.diagnostics, warnings };
  }
  const media = await checkMedia(parsed, {
    workspace: options.workspace,
    signal: options.signal,
    note: (message) => options.log.info(file.path, message),
    ...options.media,
  });
  const checked = {
    file,
    parsed,
    media,
    tracklist,
    diagnostics: [...media.diagnostics],
    warnings: [...warnings, ...media.warnings],
  };
  addShowRules(checked, options.licensing ?? "warn");
  return checked;
}

/**
 * Mixcloud's rules about the show itself, once its media are checked and the audio's duration
 * is known: a track past the end of the audio makes the file invalid before anything is sent.
 */
function addShowRules(c: Checked, licensing: LicensingMode): void {
  const cloudcast = c.parsed.cloudcast;
  if (cloudcast === undefined) return;
  const audio = c.media?.audio;
  const durationSeconds =
    audio !== undefined && "durationSeconds" in audio ? audio.durationSeconds : undefined;
  const found = showRules({ ...c.parsed, cloudcast }, { durationSeconds }, licensing);
  c.diagnostics.push(...found.errors);
  c.warnings.push(...found.warnings);
}

/**
 * Before anything is sent: each new upload (not an edit) to a free account that already holds
 * its 10 public shows is told it may land in the drafts, in the log now and in its result.
 */
function addAccountWarnings(
  items: readonly PublishItem[],
  account: AccountListing & { cloudcastCount: number },
  log: PublishLog,
): void {
  let earlierNew = 0;
  for (const item of items) {
    if (matchExisting(item.cloudcast, item.previousTitle, account).kind !== "new") continue;
    const warning = draftsWarning(item.file, account, earlierNew);
    earlierNew += 1;
    if (warning === undefined) continue;
    log.info(item.file, `warning: ${warning.message}`);
    item.warnings.push(warning);
  }
}

/**
 * Problems that only show across files: two files with the same title or key would publish to
 * the same cloudcast, so the batch is refused rather than one silently overwriting the other.
 */
function addBatchDiagnostics(checked: Checked[]): void {
  const seen = new Map<string, Checked>();
  for (const entry of checked) {
    const cloudcast = entry.parsed.cloudcast;
    if (cloudcast === undefined) continue;
    const identity = cloudcast.key ?? `title:${cloudcast.title.replace(/\s+/g, " ").trim()}`;
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, entry);
      continue;
    }
    const what = cloudcast.key !== undefined ? "key" : "title";
    const span = entry.parsed.spans[what] ?? FILE_START;
    entry.diagnostics.push(
      diagnosticAt(
        entry.file.path,
        span,
        `duplicate-${what}`,
        `${first.file.path} has the same ${what}: both would publish to one Mixcloud cloudcast; give each file its own ${what}`,
      ),
    );
  }
}

async function toPublishItem(c: Checked, options: PipelineOptions): Promise<PublishItem> {
  const cloudcast = c.parsed.cloudcast as Cloudcast;
  const media = c.media as MediaCheck;
  const previous = c.previous?.cloudcast;
  return {
    file: c.file.path,
    cloudcast,
    previous,
    previousTitle: previous?.title ?? c.previous?.title,
    audio: media.audio as ResolvedMedia,
    picture: media.picture,
    pictureChanged: pictureChanged(cloudcast, previous, options.changedPaths),
    mediaAt: { audio: c.parsed.spans.audio ?? FILE_START, picture: c.parsed.spans.picture },
    details: details(c),
    warnings: [...c.warnings],
  };
}

/** Reads the previous version of a file that has one; one that cannot be read is left out. */
async function addPrevious(c: Checked, options: PipelineOptions): Promise<void> {
  if (c.file.status === "added" || options.readPrevious === undefined) return;
  if (c.parsed.cloudcast === undefined) return;
  c.previous = await options.readPrevious(c.file).catch(() => undefined);
}

/**
 * The API does not show which picture a cloudcast has, so an edit re-sends the picture only when
 * this event changed it in a file that had a previous version: the file names another picture,
 * or the picture file itself changed. A new file's picture went up with its upload.
 */
function pictureChanged(
  current: Cloudcast,
  previous: Cloudcast | undefined,
  changed?: ReadonlySet<string>,
): boolean {
  const picture = current.picture;
  if (picture === undefined || previous === undefined) return false;
  if (JSON.stringify(previous.picture) !== JSON.stringify(picture)) return true;
  return picture.kind === "path" && changed !== undefined && changed.has(picture.path);
}

async function loadAccount(
  client: MixcloudClient,
  log: PublishLog,
  signal: AbortSignal,
): Promise<AccountListing & { cloudcastCount: number }> {
  const me = await client.me({ signal });
  const cloudcasts = await client.listCloudcasts(me.username, { signal });
  log.info(
    "",
    `Mixcloud account '${me.username}'${me.isPro ? " (Pro)" : ""}: ${cloudcasts.length} cloudcast${cloudcasts.length === 1 ? "" : "s"}`,
  );
  return {
    username: me.username,
    isPro: me.isPro,
    cloudcasts: cloudcasts.map((c) => ({ key: c.key, name: c.name })),
    ...newestCreated(cloudcasts),
    // `/me/` counts the account's shows; the listing is the fallback where that count is missing.
    cloudcastCount: Math.max(me.cloudcastCount, cloudcasts.length),
  };
}

function invalidResult(c: Checked): FileResult {
  const count = c.diagnostics.length;
  return {
    file: c.file.path,
    status: "invalid",
    title: c.parsed.cloudcast?.title ?? c.parsed.title,
    error: `${count} problem${count === 1 ? "" : "s"}: ${c.diagnostics[0]?.message ?? ""}`,
    diagnostics: c.diagnostics,
    warnings: c.warnings,
    details: c.parsed.cloudcast ? details(c) : undefined,
  };
}

function validResult(c: Checked): Omit<FileResult, "status"> {
  return {
    file: c.file.path,
    title: c.parsed.cloudcast?.title,
    diagnostics: [],
    warnings: c.warnings,
    details: details(c),
  };
}

function details(c: Checked): FileResult["details"] {
  const cloudcast = c.parsed.cloudcast;
  if (cloudcast === undefined) return undefined;
  const change = changeOf(c);
  return {
    tags: cloudcast.tags,
    tracks: cloudcast.sections.length,
    sections: cloudcast.sections.map((section, i) =>
      sectionRow(section, c.parsed.sectionSpans?.[i]),
    ),
    ...(c.tracklist === undefined
      ? {}
      : {
          tracklist: {
            file: c.tracklist.file,
            excluded: c.tracklist.excluded,
            left: c.tracklist.left,
          },
        }),
    audio: mediaInfo(c.media?.audio),
    picture: mediaInfo(c.media?.picture),
    ...(change === undefined ? {} : { change }),
  };
}

function sectionRow(section: Section, at: SourceSpan | undefined): SectionRow {
  return at === undefined
    ? { section }
    : { section, at: { file: at.file, line: at.line, column: at.column } };
}

/** For a modified or renamed file: what Mixcloud gets differently from its previous version. */
function changeOf(c: Checked): Change | undefined {
  const cloudcast = c.parsed.cloudcast;
  if (cloudcast === undefined || c.previous === undefined) return undefined;
  if (c.file.status !== "modified" && c.file.status !== "renamed") return undefined;
  const before = c.previous.cloudcast;
  const from = c.file.previousPath;
  const renamed = from === undefined || from === c.file.path ? {} : { renamedFrom: from };
  if (before === undefined) {
    const problem = c.previous.diagnostics[0];
    return { unreadable: problem === undefined ? "it is not valid" : problem.message, ...renamed };
  }
  return { diff: diffCloudcasts(before, cloudcast), ...renamed };
}

/** `12 sections from shows/ep1.cue (cue), 3 entries left out by tracklist_exclude` */
function describeTracklist(source: TracklistSource): string {
  const format = source.format === undefined ? "" : ` (${source.format})`;
  const sections = `${source.sections} section${source.sections === 1 ? "" : "s"}`;
  const left =
    source.excluded === 0
      ? ""
      : `, ${source.excluded} ${source.excluded === 1 ? "entry" : "entries"} left out by tracklist_exclude`;
  return `${sections} from ${source.file}${format}${left}`;
}

function mediaInfo(media: ResolvedMedia | undefined): MediaInfo | undefined {
  if (media === undefined) return undefined;
  if (media.kind === "file") {
    return {
      source: media.relPath,
      size: media.size,
      type: media.type,
      durationSeconds: media.durationSeconds,
    };
  }
  return { source: redactUrl(media.originalUrl), size: media.size, type: media.type };
}
