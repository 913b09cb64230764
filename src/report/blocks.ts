/**
 * The blocks a report may leave out for room (a file's tracklist, the changes of an edit): one
 * entry per file that has one, for the fitting, and for each file what to draw in its place.
 */
import type { FileResult } from "../results.js";

export interface Blocks {
  /** The blocks of the files that have one, in file order: one entry each for the fitting. */
  entries: string[];
  /** Each file's index among `entries`, -1 when it has none. */
  indexOf: number[];
}

export function collectBlocks(
  results: readonly FileResult[],
  block: (r: FileResult) => string[],
  layout: (lines: readonly string[]) => string = (lines) => lines.join("\n"),
): Blocks {
  const entries: string[] = [];
  const indexOf = results.map((r) => {
    const lines = block(r);
    return lines.length === 0 ? -1 : entries.push(layout(lines)) - 1;
  });
  return { entries, indexOf };
}

/**
 * File `i`'s block when it is among the first `shown`, `leftOut` (a short line saying it is
 * elsewhere) when it is not, undefined when the file has none.
 */
export function blockFor(
  blocks: Blocks,
  i: number,
  shown: number,
  leftOut: () => string,
): string | undefined {
  const at = blocks.indexOf[i] ?? -1;
  if (at < 0) return undefined;
  return at < shown ? (blocks.entries[at] ?? "") : leftOut();
}

/** What was left out for room, for the note under a report. Never grows as more is shown. */
export function leftOutText(tracklists: number, changes: number): string {
  const parts: string[] = [];
  if (tracklists > 0) parts.push(`${tracklists} tracklist${tracklists === 1 ? "" : "s"}`);
  if (changes > 0) parts.push(`${changes} list${changes === 1 ? "" : "s"} of changes`);
  return parts.join(" and ");
}
