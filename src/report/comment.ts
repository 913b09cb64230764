/** The body of the sticky PR comment: a preview of what a run will publish, or did. */
import { COMMENT_MARKER } from "../constants.js";
import type { FileResult } from "../results.js";
import {
  NOTHING_TO_PUBLISH,
  countsText,
  durationText,
  fileText,
  invalidText,
  mediaText,
  modeText,
  noticeText,
  omittedNote,
  problemsOf,
  tagsText,
  titleText,
  countWarnings,
  warningsOf,
  warningsText,
  tracklistText,
} from "./display.js";
import { fitToLimit } from "./fit.js";
import { countStatuses, formatCounts, plural, shortSha, statusBadge } from "./format.js";
import { escapeMarkdown, markdownLink } from "./text.js";
import type { RunReport } from "./types.js";

/** GitHub rejects a comment body over 65,536 characters (UTF-16 code units). */
export const DEFAULT_COMMENT_MAX_CHARS = 65_000;

/** A preview, not a log: the rest of a file's problems are in the job summary. */
const MAX_PROBLEMS_PER_FILE = 10;

/** `Tags: a, b · 12 tracks · 1:02:03 · audio 48.2 MB mp3 · picture jpeg 120 kB` */
function detailsLine(result: FileResult): string {
  const details = result.details;
  if (details === undefined) return "";
  const parts = [
    `tags: ${tagsText(result)}`,
    plural(details.tracks, "track") + tracklistText(result),
    `duration ${durationText(result)}`,
    `audio ${mediaText(details.audio)}`,
  ];
  if (details.picture !== undefined) parts.push(`picture ${mediaText(details.picture)}`);
  return parts.join(" · ");
}

function problemLines(result: FileResult): string[] {
  const problems = problemsOf(result);
  const lines = problems
    .slice(0, MAX_PROBLEMS_PER_FILE)
    .map((p) => `  - ${p.shortLocation} — ${p.message}`);
  const more = problems.length - MAX_PROBLEMS_PER_FILE;
  if (more > 0) lines.push(`  - *… and ${plural(more, "more problem")} (see the job summary)*`);
  return lines;
}

function warningLines(result: FileResult): string[] {
  const warnings = warningsOf(result);
  const lines = warnings
    .slice(0, MAX_PROBLEMS_PER_FILE)
    .map((w) => `  - ⚠️ ${w.shortLocation} — ${w.message}`);
  const more = warnings.length - MAX_PROBLEMS_PER_FILE;
  if (more > 0) lines.push(`  - *… and ${plural(more, "more warning")} (see the job summary)*`);
  return lines;
}

/** One list item per file; its details, problems and warnings are indented under it. */
function entry(result: FileResult): string {
  const head = `- ${statusBadge(result.status)} — ${titleText(result)} · ${fileText(result.file)}`;
  const details = detailsLine(result);
  const lines = [head];
  if (details !== "") lines.push(`  ${details}`);
  lines.push(...problemLines(result), ...warningLines(result));
  return lines.join("\n");
}

function heading(report: RunReport): string[] {
  const title = report.dryRun ? "### 🎧 Mixcloud preview" : "### 🎧 Published to Mixcloud";
  const counts = countStatuses(report.results);
  const lines = [COMMENT_MARKER, title, ""];
  const mode = modeText(report);
  if (mode !== "") lines.push(mode, "");
  if (report.results.length > 0) {
    lines.push(countsText(report.results.length, formatCounts(counts)), "");
  }
  const invalid = invalidText(report, counts.invalid);
  if (invalid !== "") lines.push(invalid, "");
  const warnings = warningsText(countWarnings(report.results));
  if (warnings !== "") lines.push(warnings, "");
  return lines;
}

function footer(report: RunReport): string[] {
  const parts: string[] = [];
  const sha = shortSha(report.sha);
  if (sha !== undefined) parts.push(`Commit ${sha}`);
  if (report.runUrl !== undefined) parts.push(markdownLink("workflow run", report.runUrl));
  parts.push(`event ${escapeMarkdown(report.eventName)}`);
  return ["---", `<sub>${parts.join(" · ")}</sub>`];
}

interface CommentEntries {
  notices: string[];
  files: string[];
}

function draw(report: RunReport, all: CommentEntries, shown: readonly number[]): string {
  const [notices = 0, files = 0] = shown;
  const lines = heading(report);
  if (all.notices.length > 0) lines.push(...all.notices.slice(0, notices), "");
  if (report.nothingSelected || report.results.length === 0) lines.push(NOTHING_TO_PUBLISH, "");
  else lines.push(...all.files.slice(0, files), "");
  const note = omittedNote(
    [
      { count: all.notices.length - notices, noun: "notice" },
      { count: all.files.length - files, noun: "file" },
    ],
    "the job summary and the `results` output",
  );
  if (note !== "") lines.push(note, "");
  lines.push(...footer(report));
  return lines.join("\n") + "\n";
}

/**
 * Markdown for the sticky PR comment. Its first line is {@link COMMENT_MARKER}, by which the
 * comment is found again and updated. At most `maxChars` UTF-16 code units (as GitHub counts):
 * when longer, whole file entries are left out, with a note — the comment is never refused.
 */
export function renderComment(report: RunReport, options: { maxChars?: number } = {}): string {
  const nothing = report.nothingSelected || report.results.length === 0;
  const all: CommentEntries = {
    notices: report.notices.map((n) => `> ℹ️ ${noticeText(n)}`),
    files: nothing ? [] : report.results.map(entry),
  };
  return fitToLimit({
    groups: [all.notices, all.files],
    render: (shown) => draw(report, all, shown),
    limit: options.maxChars ?? DEFAULT_COMMENT_MAX_CHARS,
    measure: (text) => text.length,
  });
}
