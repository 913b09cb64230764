/**
 * The problem and warning lists, drawn once for the job summary and the PR comment: one list
 * item per finding (`- file:line:col — message`, a warning marked ⚠️), the comment's with the
 * shorter `file:line` and at most a few per file.
 */
import type { FileResult } from "../results.js";
import { problemsOf, warningsOf } from "./display.js";
import type { Problem } from "./display.js";
import { plural } from "./format.js";

export interface FindingListOptions {
  /** `full`: `file:line:col` (the summary); `short`: `file:line` (the comment). */
  location: "full" | "short";
  /** At most this many items, then one saying how many more there are and where. */
  max?: number;
  /** Where the rest are, for that last item. */
  rest?: string;
}

/** The file's problems (errors, and its failure), one list item each. */
export function problemItems(result: FileResult, options: FindingListOptions): string[] {
  return items(problemsOf(result), "", "problem", options);
}

/** The file's warnings, one list item each, marked ⚠️. */
export function warningItems(result: FileResult, options: FindingListOptions): string[] {
  return items(warningsOf(result), "⚠️ ", "warning", options);
}

function items(
  findings: readonly Problem[],
  mark: string,
  noun: string,
  { location, max = Infinity, rest = "the job summary" }: FindingListOptions,
): string[] {
  const lines = findings
    .slice(0, max)
    .map((f) => `- ${mark}${location === "full" ? f.location : f.shortLocation} — ${f.message}`);
  const more = findings.length - lines.length;
  if (more > 0) lines.push(`- *… and ${plural(more, `more ${noun}`)} (see ${rest})*`);
  return lines;
}
