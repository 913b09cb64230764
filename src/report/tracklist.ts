/**
 * A show's tracklist as Mixcloud will get it, for the job summary and the PR comment: a collapsed
 * `<details>` block holding a table (start as Mixcloud shows it, artist, title, or a chapter's
 * text), a ⚠️ on the rows a warning is about, and the entries `tracklist_exclude` left out, each
 * with the pattern that matched it. Every text from a file is escaped (see display.ts).
 */
import { formatStartTime } from "../cloudcast/start-time.js";
import type { Section } from "../cloudcast/types.js";
import type { FileResult } from "../results.js";
import { sectionText } from "./display.js";
import { plural } from "./format.js";
import { codeSpan } from "./text.js";

const TABLE_HEAD = ["| Start | Artist | Title |", "| ---: | --- | --- |"];
const LEFT_OUT_HEAD = ["| Start | Artist | Title | Left out by |", "| ---: | --- | --- | --- |"];

/** `Tracklist — 14 tracks, 2 left out` */
export function tracklistTitle(result: FileResult): string {
  const details = result.details;
  const left = details?.tracklist?.excluded ?? 0;
  const tracks = plural(details?.tracks ?? 0, "track");
  return left === 0 ? `Tracklist — ${tracks}` : `Tracklist — ${tracks}, ${left} left out`;
}

/** Whether the file has a tracklist to show: sections, or entries left out of one. */
function hasTracklist(result: FileResult): boolean {
  const details = result.details;
  return (details?.sections?.length ?? 0) > 0 || (details?.tracklist?.left?.length ?? 0) > 0;
}

/** The block, as lines; empty when there is no tracklist to show. */
export function tracklistBlock(result: FileResult): string[] {
  if (!hasTracklist(result)) return [];
  const rows = result.details?.sections ?? [];
  const left = result.details?.tracklist?.left ?? [];
  const warned = new Set(result.warnings.map((w) => placeKey(w.file, w.line, w.column)));
  const marked = rows.map(
    (r) => r.at !== undefined && warned.has(placeKey(r.at.file, r.at.line, r.at.column)),
  );
  const lines = [`<details><summary>${tracklistTitle(result)}</summary>`, ""];
  if (rows.length > 0) {
    lines.push(
      ...TABLE_HEAD,
      ...rows.map((r, i) => `| ${cells(r.section, marked[i] === true).join(" | ")} |`),
      "",
    );
  }
  if (marked.includes(true))
    lines.push("⚠️ marks a track a warning is about (see the warnings).", "");
  if (left.length > 0) {
    lines.push("Left out by `tracklist_exclude`:", "", ...LEFT_OUT_HEAD);
    for (const entry of left) {
      const pattern = codeSpan(entry.pattern, { inTableCell: true });
      lines.push(`| ${[...cells(entry.section, false), pattern].join(" | ")} |`);
    }
    lines.push("");
  }
  lines.push("</details>");
  return lines;
}

/** Start, artist and title; a chapter's text takes the title's place. */
function cells(section: Section, warned: boolean): string[] {
  const start = `${warned ? "⚠️ " : ""}${startText(section.start)}`;
  return section.kind === "track"
    ? [start, sectionText(section.artist), sectionText(section.song)]
    : [start, "*chapter*", sectionText(section.chapter)];
}

/** `4:30`, `1:02:03`: as Mixcloud shows a section's start. */
export function startText(seconds: number): string {
  return formatStartTime(Math.max(0, Math.floor(seconds)));
}

function placeKey(file: string, line: number, column: number): string {
  return `${line}:${column}:${file}`;
}
