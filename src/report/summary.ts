/** The job summary (GITHUB_STEP_SUMMARY): a table of files and the problems found. */
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
  tracksText,
  warningsOf,
  warningsText,
  countWarnings,
} from "./display.js";
import { fitToLimit } from "./fit.js";
import { countStatuses, formatCounts, shortSha, statusBadge } from "./format.js";
import { escapeMarkdown, markdownLink } from "./text.js";
import type { RunReport } from "./types.js";

/** GitHub takes at most 1 MiB per step summary; stay clear of it. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;

const TABLE_HEAD = [
  "| Status | Title | File | Tags | Tracks | Duration | Audio | Picture |",
  "| --- | --- | --- | --- | ---: | ---: | --- | --- |",
];

function tableRow(result: FileResult): string {
  const cells = [
    statusBadge(result.status),
    titleText(result),
    fileText(result.file, { inTableCell: true }),
    tagsText(result),
    tracksText(result),
    durationText(result),
    mediaText(result.details?.audio),
    mediaText(result.details?.picture),
  ];
  return `| ${cells.join(" | ")} |`;
}

function problemLines(results: readonly FileResult[]): string[] {
  return results.flatMap((r) => problemsOf(r).map((p) => `- ${p.location} — ${p.message}`));
}

function warningLines(results: readonly FileResult[]): string[] {
  return results.flatMap((r) => warningsOf(r).map((w) => `- ⚠️ ${w.location} — ${w.message}`));
}

function heading(report: RunReport): string[] {
  const title = report.dryRun ? "## 🎧 Mixcloud publish — dry run" : "## 🎧 Mixcloud publish";
  const counts = countStatuses(report.results);
  const lines = [title, ""];
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
  const parts = [`Event: ${escapeMarkdown(report.eventName)}`];
  if (report.repository !== undefined) parts.push(escapeMarkdown(report.repository));
  const sha = shortSha(report.sha);
  if (sha !== undefined) parts.push(`commit ${sha}`);
  if (report.runUrl !== undefined) parts.push(markdownLink("workflow run", report.runUrl));
  return [`<sub>${parts.join(" · ")}</sub>`];
}

/** The groups of entries the limit may cut, in the order they appear. */
interface SummaryEntries {
  notices: string[];
  rows: string[];
  problems: string[];
  warnings: string[];
}

function entries(report: RunReport): SummaryEntries {
  return {
    notices: report.notices.map((n) => `- ℹ️ ${noticeText(n)}`),
    rows: report.results.map(tableRow),
    problems: problemLines(report.results),
    warnings: warningLines(report.results),
  };
}

function section(head: readonly string[], lines: readonly string[]): string[] {
  return [...head, ...lines, ""];
}

function draw(report: RunReport, all: SummaryEntries, shown: readonly number[]): string {
  const [notices = 0, rows = 0, problems = 0, warnings = 0] = shown;
  const lines = heading(report);
  if (all.notices.length > 0) lines.push(...section([], all.notices.slice(0, notices)));
  if (report.nothingSelected || report.results.length === 0) {
    lines.push(NOTHING_TO_PUBLISH, "");
  } else {
    lines.push(...section(TABLE_HEAD, all.rows.slice(0, rows)));
  }
  if (all.problems.length > 0) {
    lines.push(...section(["### Problems", ""], all.problems.slice(0, problems)));
  }
  if (all.warnings.length > 0) {
    lines.push(...section(["### Warnings", ""], all.warnings.slice(0, warnings)));
  }
  const note = omittedNote(
    [
      { count: all.notices.length - notices, noun: "notice" },
      { count: all.rows.length - rows, noun: "file" },
      { count: all.problems.length - problems, noun: "problem" },
      { count: all.warnings.length - warnings, noun: "warning" },
    ],
    "the `results` output and the log",
  );
  if (note !== "") lines.push(note, "");
  lines.push(...footer(report));
  return lines.join("\n") + "\n";
}

const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/**
 * Markdown (with a little HTML) for the job summary: heading with the mode and counts, notices,
 * a table with one row per file, the problems and then the warnings as `file:line:col — message`,
 * and a footer.
 * At most `maxBytes` UTF-8 bytes: when longer, whole rows and problems are left out, with a note.
 */
export function renderSummary(report: RunReport, options: { maxBytes?: number } = {}): string {
  const all = entries(report);
  // With nothing selected there is no table, so rows are not an entry group to cut.
  const rows = report.nothingSelected ? [] : all.rows;
  return fitToLimit({
    groups: [all.notices, rows, all.problems, all.warnings],
    render: (shown) => draw(report, { ...all, rows }, shown),
    limit: options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES,
    measure: utf8Bytes,
  });
}
