/**
 * The escaped, length-capped markdown fragments the summary and the comment are drawn from.
 * Every piece of text that came from a file passes through {@link md} here, once.
 */
import type { Diagnostic } from "../diagnostic.js";
import type { FileResult, MediaInfo } from "../results.js";
import { countStatuses, formatBytes, formatCounts, formatDuration, plural } from "./format.js";
import { codeSpan, escapeMarkdown, markdownLink, truncateText } from "./text.js";
import type { RunReport } from "./types.js";

/**
 * Caps on file-derived text, so that one entry stays a bounded size (a title could be most of a
 * 1 MiB file) and a limit can always be met by leaving entries out.
 */
const MAX_CHARS = {
  title: 200,
  file: 300,
  tag: 60,
  message: 500,
  notice: 500,
  mediaType: 20,
  /** An artist, a song title or a chapter's text in a tracklist table. */
  section: 200,
  /** A value in "old → new": tags, a picture's path, hosts. */
  value: 300,
  /** A description is shortened to its start in "old → new". */
  description: 120,
};

/** Shown where a value is not known. */
const UNKNOWN = "—";

function md(text: string, maxChars: number): string {
  return escapeMarkdown(truncateText(text, maxChars));
}

/** A file name as a code span (`` `cloudcasts/a.yml` ``), optionally with its place (`:3:5`). */
export function fileText(file: string, options: { at?: string; inTableCell?: boolean } = {}) {
  const { at = "", inTableCell = false } = options;
  return codeSpan(truncateText(file, MAX_CHARS.file) + at, { inTableCell });
}

/** The title, linked to the cloudcast when it has a URL; `(no title)` when there is none. */
export function titleText(result: FileResult): string {
  const title = result.title?.trim();
  if (title === undefined || title === "") return "*(no title)*";
  return markdownLink(md(title, MAX_CHARS.title), result.url);
}

export function tagsText(result: FileResult): string {
  const tags = result.details?.tags ?? [];
  return tags.length === 0 ? UNKNOWN : tags.map((t) => md(t, MAX_CHARS.tag)).join(", ");
}

export function tracksText(result: FileResult): string {
  const tracks = result.details?.tracks;
  const excluded = result.details?.tracklist?.excluded ?? 0;
  if (tracks === undefined) return UNKNOWN;
  return excluded === 0 ? String(tracks) : `${tracks} (${excluded} left out)`;
}

/** ` from show.cue, 3 left out by tracklist_exclude`, after the count of tracks in the comment. */
export function tracklistText(result: FileResult): string {
  const tracklist = result.details?.tracklist;
  if (tracklist === undefined) return "";
  const from = ` from ${fileText(tracklist.file)}`;
  return tracklist.excluded === 0
    ? from
    : `${from}, ${tracklist.excluded} left out by tracklist_exclude`;
}

export function durationText(result: FileResult): string {
  return formatDuration(result.details?.audio?.durationSeconds) ?? UNKNOWN;
}

/** `48.2 MB mp3`: size and type, as far as they are known. */
export function mediaText(media: MediaInfo | undefined): string {
  if (media === undefined) return UNKNOWN;
  const parts = [formatBytes(media.size), media.type && md(media.type, MAX_CHARS.mediaType)];
  const known = parts.filter((p): p is string => p !== undefined && p !== "");
  return known.length === 0 ? UNKNOWN : known.join(" ");
}

export function noticeText(notice: string): string {
  return md(notice, MAX_CHARS.notice);
}

/** An artist, song title or chapter text, for a tracklist table or a list of changes. */
export function sectionText(text: string): string {
  return md(text, MAX_CHARS.section);
}

/** A field's value in "old → new"; a description shortened to its start. */
export function valueText(text: string, field: "description" | "value" = "value"): string {
  return md(text, MAX_CHARS[field]);
}

/** A problem to list: where it is and what is wrong, escaped. */
export interface Problem {
  /** `file:line:col`, or just `file` for a failure without a place. */
  location: string;
  /** `file:line`, for the shorter form the comment uses. */
  shortLocation: string;
  message: string;
}

function diagnosticProblem(d: Diagnostic): Problem {
  return {
    location: fileText(d.file, { at: `:${d.line}:${d.column}` }),
    shortLocation: fileText(d.file, { at: `:${d.line}` }),
    message: md(d.message, MAX_CHARS.message),
  };
}

/** Every diagnostic of a file, plus its error when it failed (or is invalid with no diagnostic). */
export function problemsOf(result: FileResult): Problem[] {
  const problems = result.diagnostics.map(diagnosticProblem);
  const error = result.error;
  const errorIsNews =
    result.status === "failed" || (result.status === "invalid" && problems.length === 0);
  if (error !== undefined && error !== "" && errorIsNews) {
    const file = fileText(result.file);
    problems.push({
      location: file,
      shortLocation: file,
      message: md(error, MAX_CHARS.message),
    });
  }
  return problems;
}

/** Every warning of a file, where it is and what it says, escaped. */
export function warningsOf(result: FileResult): Problem[] {
  return result.warnings.map(diagnosticProblem);
}

export function countWarnings(results: readonly FileResult[]): number {
  return results.reduce((sum, r) => sum + r.warnings.length, 0);
}

/** The line under the counts when there are warnings: how many, and that they do not block. */
function warningsText(count: number): string {
  if (count === 0) return "";
  return `⚠️ **${plural(count, "warning")}**: what Mixcloud may hold against a show (mute it, refuse it, keep it in the drafts). Warnings do not stop publishing; fix them before Mixcloud finds them.`;
}

/** What was done, for the line under the heading. */
function modeText(report: RunReport): string {
  return report.dryRun
    ? "Dry run: nothing was uploaded. The cloudcasts were validated and their media checked."
    : "";
}

/** The consequence of invalid files, which SPEC §4 makes block the whole run. */
function invalidText(report: RunReport, invalid: number): string {
  if (invalid === 0) return "";
  const files = plural(invalid, "file is", "files are");
  return report.dryRun
    ? `**${files} invalid**: fix the problems below, or nothing will be published.`
    : `**${files} invalid**, so nothing was published: fix the problems below and run again.`;
}

/** For a run that selected no cloudcast file. The globs are the `files` input's business. */
export const NOTHING_TO_PUBLISH =
  "No cloudcast file changed, so there is nothing to publish. (Which files count as cloudcasts is set by the `files` input.)";

/**
 * The paragraphs under the heading of the summary and the comment alike, each followed by an
 * empty line: what was done, the counts, what the invalid files mean, the warnings.
 */
export function overviewLines(report: RunReport): string[] {
  const counts = countStatuses(report.results);
  const total = report.results.length;
  const paragraphs = [
    modeText(report),
    total > 0 ? countsText(total, formatCounts(counts)) : "",
    invalidText(report, counts.invalid),
    warningsText(countWarnings(report.results)),
  ];
  return paragraphs.filter((p) => p !== "").flatMap((p) => [p, ""]);
}

/** `**3 files**: 2 ✅ published · 1 ❌ invalid` */
function countsText(total: number, counts: string): string {
  return `**${plural(total, "file")}**: ${counts}`;
}

/**
 * `… and 3 more files and 40 more problems not shown (see …)`: what was left out, group by
 * group, given each group's noun and how many of it are missing.
 */
export function omittedNote(
  omitted: readonly { count: number; noun: string; plural?: string }[],
  see: string,
) {
  const parts = omitted
    .filter((o) => o.count > 0)
    .map((o) => `${o.count} more ${o.count === 1 ? o.noun : (o.plural ?? `${o.noun}s`)}`);
  if (parts.length === 0) return "";
  return `*… and ${parts.join(" and ")} not shown (see ${see}).*`;
}
