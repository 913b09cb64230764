/** The job summary (GITHUB_STEP_SUMMARY): a table of files and the problems found. */
import type { FileResult } from "../results.js";
import {
  NOTHING_TO_PUBLISH,
  durationText,
  overviewLines,
  fileText,
  mediaText,
  noticeText,
  omittedNote,
  tagsText,
  titleText,
  tracksText,
} from "./display.js";
import { blockFor, collectBlocks, leftOutText } from "./blocks.js";
import type { Blocks } from "./blocks.js";
import { changeBlock } from "./change.js";
import { problemItems, warningItems } from "./findings.js";
import { fitToLimit } from "./fit.js";
import { shortSha, statusBadge } from "./format.js";
import { escapeMarkdown, markdownLink } from "./text.js";
import { tracklistBlock, tracklistTitle } from "./tracklist.js";
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

const FINDINGS = { location: "full" } as const;

function heading(report: RunReport): string[] {
  const title = report.dryRun ? "## 🎧 Mixcloud publish — dry run" : "## 🎧 Mixcloud publish";
  return [title, "", ...overviewLines(report)];
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
  changes: Blocks;
  tracklists: Blocks;
  /** Each file's section under "Tracklists and edits", as the fitting counts it. */
  sections: string[];
}

function entries(report: RunReport): SummaryEntries {
  const results = report.nothingSelected ? [] : report.results;
  const all = {
    notices: report.notices.map((n) => `- ℹ️ ${noticeText(n)}`),
    rows: results.map(tableRow),
    problems: report.results.flatMap((r) => problemItems(r, FINDINGS)),
    warnings: report.results.flatMap((r) => warningItems(r, FINDINGS)),
    changes: collectBlocks(results, (r) => changeBlock(r, report.dryRun)),
    tracklists: collectBlocks(results, tracklistBlock),
    sections: [],
  };
  return { ...all, sections: fileSections({ ...report, results }, all) };
}

/**
 * Per file with a tracklist or an edit, the first `shown.files` of them: its heading, then its
 * blocks or what stands in for them. A heading is an entry of its own for the fitting, so that a
 * thousand files with long titles cannot make the fixed text alone outgrow the limit.
 */
function fileBlocks(
  report: RunReport,
  all: SummaryEntries,
  shown: { files: number; changes: number; tracklists: number },
): string[] {
  const lines: string[] = [];
  let drawn = 0;
  report.results.forEach((result, i) => {
    const change = blockFor(all.changes, i, shown.changes, () => LEFT_OUT);
    const tracklist = blockFor(all.tracklists, i, shown.tracklists, () => leftOutTracklist(result));
    if (change === undefined && tracklist === undefined) return;
    if (drawn++ >= shown.files) return;
    lines.push(`#### ${titleText(result)} · ${fileText(result.file)}`, "");
    if (change !== undefined) lines.push(change, "");
    if (tracklist !== undefined) lines.push(tracklist, "");
  });
  return lines;
}

/** Each file's section under "Tracklists and edits", with stand-ins for its blocks. */
function fileSections(report: RunReport, all: SummaryEntries): string[] {
  const none = { changes: 0, tracklists: 0 };
  return report.results.flatMap((result, i) => {
    const one = { ...all, changes: pick(all.changes, i), tracklists: pick(all.tracklists, i) };
    const lines = fileBlocks({ ...report, results: [result] }, one, { files: 1, ...none });
    return lines.length === 0 ? [] : [lines.join("\n")];
  });
}

/** File `i`'s block alone, as the blocks of a one-file report. */
function pick(blocks: Blocks, i: number): Blocks {
  const at = blocks.indexOf[i] ?? -1;
  return at < 0
    ? { entries: [], indexOf: [-1] }
    : { entries: [blocks.entries[at] ?? ""], indexOf: [0] };
}

const LEFT_OUT = "*Edit: its changes are left out for room.*";

function leftOutTracklist(result: FileResult): string {
  return `*${tracklistTitle(result)}: left out for room; \`mixcloud-publish tracklist\` prints it.*`;
}

function section(head: readonly string[], lines: readonly string[]): string[] {
  return [...head, ...lines, ""];
}

function draw(report: RunReport, all: SummaryEntries, shown: readonly number[]): string {
  const [
    notices = 0,
    rows = 0,
    problems = 0,
    warnings = 0,
    files = 0,
    changes = 0,
    tracklists = 0,
  ] = shown;
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
  if (all.changes.entries.length + all.tracklists.entries.length > 0) {
    lines.push(
      "### Tracklists and edits",
      "",
      ...fileBlocks(report, all, { files, changes, tracklists }),
    );
  }
  const note = omittedNote(
    [
      { count: all.notices.length - notices, noun: "notice" },
      { count: all.rows.length - rows, noun: "file" },
      { count: all.problems.length - problems, noun: "problem" },
      { count: all.warnings.length - warnings, noun: "warning" },
      {
        count: all.sections.length - files,
        noun: "file's tracklist and edit",
        plural: "files' tracklists and edits",
      },
    ],
    "the `results` output and the log",
  );
  if (note !== "") lines.push(note, "");
  const left = leftOutText(
    all.tracklists.entries.length - tracklists,
    all.changes.entries.length - changes,
  );
  if (left !== "")
    lines.push(
      `*To stay within GitHub's limit on a job summary, this one leaves out ${left}.*`,
      "",
    );
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
  // With nothing selected there is no table, so rows are not an entry group to cut.
  const all = entries(report);
  return fitToLimit({
    groups: [
      all.notices,
      all.rows,
      all.problems,
      all.warnings,
      all.sections,
      all.changes.entries,
      all.tracklists.entries,
    ],
    // Whole tracklists go first, then the changes of edits; problems and warnings last.
    tiers: [0, 0, 0, 0, 1, 2, 3],
    render: (shown) => draw(report, all, shown),
    limit: options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES,
    measure: utf8Bytes,
  });
}
