/** The body of the sticky PR comment: a preview of what a run will publish, or did. */
import { COMMENT_MARKER } from "../constants.js";
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
  tracklistText,
} from "./display.js";
import { blockFor, collectBlocks, leftOutText } from "./blocks.js";
import type { Blocks } from "./blocks.js";
import { changeBlock } from "./change.js";
import { problemItems, warningItems } from "./findings.js";
import { fitToLimit } from "./fit.js";
import { plural, shortSha, statusBadge } from "./format.js";
import { escapeMarkdown, markdownLink } from "./text.js";
import { tracklistBlock, tracklistTitle } from "./tracklist.js";
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

const FINDINGS = { location: "short", max: MAX_PROBLEMS_PER_FILE } as const;

/** Lines under a file's list item: indented to stay inside it (blank lines stay blank). */
function indent(lines: readonly string[]): string {
  return lines.map((line) => (line === "" ? "" : `  ${line}`)).join("\n");
}

/**
 * One list item per file; its details, problems and warnings are indented under it. Problems and
 * warnings are part of the entry: they are never left out while the file is shown.
 */
function entry(result: FileResult): string {
  const head = `- ${statusBadge(result.status)} — ${titleText(result)} · ${fileText(result.file)}`;
  const details = detailsLine(result);
  const lines: string[] = [];
  if (details !== "") lines.push(details);
  lines.push(...problemItems(result, FINDINGS), ...warningItems(result, FINDINGS));
  return lines.length === 0 ? head : `${head}\n${indent(lines)}`;
}

/** Said in place of a block left out for room, so the reader knows it exists and where it is. */
function leftOutTracklist(result: FileResult): string {
  return indent([`*${tracklistTitle(result)}: left out here for room, see the job summary.*`]);
}

const LEFT_OUT_CHANGE = indent([
  "*Edit: its changes are left out here for room, see the job summary.*",
]);

function heading(report: RunReport): string[] {
  const title = report.dryRun ? "### 🎧 Mixcloud preview" : "### 🎧 Published to Mixcloud";
  return [COMMENT_MARKER, title, "", ...overviewLines(report)];
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
  changes: Blocks;
  tracklists: Blocks;
}

/** A file's entry, with its change and tracklist blocks, or what stands in for them. */
function fileLines(
  result: FileResult,
  i: number,
  all: CommentEntries,
  shown: { changes: number; tracklists: number },
): string[] {
  const lines = [all.files[i] ?? ""];
  const change = blockFor(all.changes, i, shown.changes, () => LEFT_OUT_CHANGE);
  if (change !== undefined) lines.push("", change);
  const tracklist = blockFor(all.tracklists, i, shown.tracklists, () => leftOutTracklist(result));
  if (tracklist !== undefined) lines.push("", tracklist);
  return lines;
}

/** What was left out for room, and where it all is. */
function roomNote(all: CommentEntries, changes: number, tracklists: number): string {
  const what = leftOutText(
    all.tracklists.entries.length - tracklists,
    all.changes.entries.length - changes,
  );
  if (what === "") return "";
  return `*To stay within GitHub's limit on a comment, this one leaves out ${what}: the job summary of the workflow run has them all; on your machine, \`mixcloud-publish validate\` checks the files and \`mixcloud-publish tracklist\` prints a tracklist file's tracks.*`;
}

function draw(report: RunReport, all: CommentEntries, shown: readonly number[]): string {
  const [notices = 0, files = 0, changes = 0, tracklists = 0] = shown;
  const lines = heading(report);
  if (all.notices.length > 0) lines.push(...all.notices.slice(0, notices), "");
  if (report.nothingSelected || report.results.length === 0) lines.push(NOTHING_TO_PUBLISH, "");
  else {
    report.results
      .slice(0, files)
      .forEach((r, i) => lines.push(...fileLines(r, i, all, { changes, tracklists })));
    lines.push("");
  }
  const note = omittedNote(
    [
      { count: all.notices.length - notices, noun: "notice" },
      { count: all.files.length - files, noun: "file" },
    ],
    "the job summary and the `results` output",
  );
  if (note !== "") lines.push(note, "");
  const room = roomNote(all, changes, tracklists);
  if (room !== "") lines.push(room, "");
  lines.push(...footer(report));
  return lines.join("\n") + "\n";
}

/**
 * Markdown for the sticky PR comment. Its first line is {@link COMMENT_MARKER}, by which the
 * comment is found again and updated. At most `maxChars` UTF-16 code units (as GitHub counts):
 * when longer, whole tracklists are left out first, then the changes of edits, then whole file
 * entries, each with a note — the comment is never refused.
 */
export function renderComment(report: RunReport, options: { maxChars?: number } = {}): string {
  const nothing = report.nothingSelected || report.results.length === 0;
  const results = nothing ? [] : report.results;
  const all: CommentEntries = {
    notices: report.notices.map((n) => `> ℹ️ ${noticeText(n)}`),
    files: results.map(entry),
    changes: collectBlocks(results, (r) => changeBlock(r, report.dryRun), indent),
    tracklists: collectBlocks(results, tracklistBlock, indent),
  };
  return fitToLimit({
    groups: [
      all.notices,
      // A file costs its entry with what stands in for its blocks: showing one replaces that.
      results.map((r, i) => fileLines(r, i, all, { changes: 0, tracklists: 0 }).join("\n")),
      all.changes.entries,
      all.tracklists.entries,
    ],
    // Whole tracklists go first, then the changes of edits; a file's problems and warnings never.
    tiers: [0, 0, 1, 2],
    render: (shown) => draw(report, all, shown),
    limit: options.maxChars ?? DEFAULT_COMMENT_MAX_CHARS,
    measure: (text) => text.length,
  });
}
