// The rules every section obeys whoever wrote it — an item of `tracks:` or an entry of a DJ
// program's export — so that both sources give the same sections and the same diagnostics.
// Generic in where a section is written (`At`): a YAML node, or a span of a tracklist file.
import type { RuleId } from "./rules.js";
import { formatStartTime, parseStartTime } from "./start-time.js";
import type { Section } from "./types.js";

export type ReportAt<At> = (at: At, rule: RuleId, message: string) => void;

/** One item on its way to becoming a section. */
export interface SectionDraft<At> {
  /** Undefined when the item is not a valid section (its problems are reported already). */
  section?: Section;
  /** The start, when it could be read, and where it is written. */
  start?: { seconds: number; at: At };
  /** Where the whole item is written. */
  at: At;
}

export interface PlacedSection<At> {
  section: Section;
  at: At;
}

/**
 * Starts never go back: a start before the previous one is reported at that start. Returns the
 * valid sections in order, each with where it is written.
 */
export function orderSections<At>(
  drafts: readonly SectionDraft<At>[],
  report: ReportAt<At>,
): PlacedSection<At>[] {
  const placed: PlacedSection<At>[] = [];
  let previous: number | undefined;
  for (const draft of drafts) {
    const start = draft.start;
    if (start !== undefined && previous !== undefined && start.seconds < previous) {
      report(
        start.at,
        "start-order",
        `start ${formatStartTime(start.seconds)} comes before the previous section's start ${formatStartTime(previous)}: list sections in the order they play`,
      );
    }
    if (start !== undefined) previous = start.seconds;
    if (draft.section) placed.push({ section: draft.section, at: draft.at });
  }
  return placed;
}

/** The message for text that is empty once trimmed. */
export function emptyTextMessage(field: string): string {
  return `${field} is empty: write a value or remove the line`;
}

/**
 * A section a tracklist reader made from a DJ program's export, held to the rules a `tracks:`
 * item is held to: whole non-negative seconds, text that is not blank (trimmed, as YAML text is).
 */
export function draftOf<At>(entry: Section, at: At, report: ReportAt<At>): SectionDraft<At> {
  const parsed = parseStartTime(entry.start);
  const start = "rule" in parsed ? undefined : { seconds: parsed.seconds, at };
  if ("rule" in parsed) report(at, parsed.rule, parsed.message);
  const text = (field: string, value: string): string | undefined => {
    const trimmed = value.trim();
    if (trimmed === "") report(at, "empty-value", emptyTextMessage(field));
    return trimmed === "" ? undefined : trimmed;
  };
  if (entry.kind === "chapter") {
    const chapter = text("chapter", entry.chapter);
    if (start === undefined || chapter === undefined) return { start, at };
    return { section: { kind: "chapter", start: start.seconds, chapter }, start, at };
  }
  const artist = text("artist", entry.artist);
  const song = text("track", entry.song);
  const album = entry.album?.trim() || undefined;
  if (start === undefined || artist === undefined || song === undefined) return { start, at };
  const section: Section = { kind: "track", start: start.seconds, artist, song };
  return { section: album === undefined ? section : { ...section, album }, start, at };
}
