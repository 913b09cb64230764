/**
 * What an edit changes on Mixcloud, for the job summary and the PR comment: each changed field as
 * "old → new", then the tracks added, removed or changed, each with its start — never the whole
 * tracklist twice. Every text from a file is escaped (see display.ts).
 */
import { isUnchanged } from "../cloudcast/diff-result.js";
import type { CloudcastDiff, FieldChange, SectionChange } from "../cloudcast/diff-result.js";
import type { Section } from "../cloudcast/types.js";
import type { FileResult } from "../results.js";
import { fileText, sectionText, valueText } from "./display.js";
import { plural } from "./format.js";
import { codeSpan, truncateText } from "./text.js";
import { startText } from "./tracklist.js";

/** Said for an edit that leaves everything Mixcloud gets as it was (a YAML comment, a reflow). */
export const NO_CHANGE = "no change to what Mixcloud gets";

/**
 * The block, as lines; empty for a file without a previous version. A preview says what changes;
 * a publishing run's report, what changed.
 */
export function changeBlock(result: FileResult, dryRun: boolean): string[] {
  const change = result.details?.change;
  if (change === undefined) return [];
  const edit =
    change.renamedFrom === undefined
      ? "**Edit**"
      : `**Edit** (renamed from ${fileText(change.renamedFrom)})`;
  if ("unreadable" in change) {
    return [
      `${edit}: the previous version is not a valid cloudcast (${valueText(change.unreadable)}), so what ${dryRun ? "changes" : "changed"} cannot be shown.`,
    ];
  }
  const diff = change.diff;
  if (isUnchanged(diff)) return [`${edit}: ${NO_CHANGE} (the file changed, the show does not).`];
  return [
    `${edit} — what ${dryRun ? "changes" : "changed"} on Mixcloud:`,
    "",
    ...diff.fields.map(fieldLine),
    ...sectionLines(diff),
  ];
}

const FIELD_LABEL: Readonly<Record<FieldChange["field"], string>> = {
  title: "Title",
  description: "Description",
  tags: "Tags",
  picture: "Picture",
  audio: "Audio",
  unlisted: "Unlisted",
  "publish date": "Publish date",
  "comments disabled": "Comments disabled",
  "stats hidden": "Stats hidden",
  hosts: "Hosts",
  key: "Key",
};

/** Why some changes land differently from the rest. */
const FIELD_NOTE: Partial<Record<FieldChange["field"], string>> = {
  audio: " (an edit does not replace the audio of a show already on Mixcloud)",
  key: " (the file now points at another Mixcloud show)",
};

/** A path or URL as long as a file allows still leaves room for the rest of the comment. */
const MAX_MEDIA_CHARS = 300;

function fieldLine(change: FieldChange): string {
  const value = (text: string | undefined) => {
    if (text === undefined) return FLAG_FIELDS.has(change.field) ? "no" : "*(none)*";
    if (change.field === "picture" || change.field === "audio")
      return codeSpan(truncateText(text, MAX_MEDIA_CHARS));
    return valueText(text, change.field === "description" ? "description" : "value");
  };
  const note = FIELD_NOTE[change.field] ?? "";
  return `- ${FIELD_LABEL[change.field]}: ${value(change.before)} → ${value(change.after)}${note}`;
}

const FLAG_FIELDS: ReadonlySet<FieldChange["field"]> = new Set([
  "unlisted",
  "comments disabled",
  "stats hidden",
]);

function sectionLines(diff: CloudcastDiff): string[] {
  if (diff.rewritten !== undefined) {
    const { before, after } = diff.rewritten;
    return [
      `- Tracks: rewritten (${plural(before, "track")} before, ${plural(after, "track")} now): see the tracklist`,
    ];
  }
  if (diff.sections.length === 0) return [];
  const counts = (["changed", "added", "removed"] as const)
    .map((kind) => [kind, diff.sections.filter((s) => s.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return [
    `- Tracks: ${counts.join(", ")}`,
    ...diff.sections.map((s) => `  - ${sectionChangeText(s)}`),
  ];
}

function sectionChangeText(change: SectionChange): string {
  if (change.kind === "added")
    return `➕ ${startText(change.after.start)} ${sectionName(change.after)}`;
  if (change.kind === "removed") {
    return `➖ ${startText(change.before.start)} ${sectionName(change.before)}`;
  }
  const { before, after } = change;
  return `✏️ ${startText(after.start)} ${sectionName(after)}: ${partChanges(before, after).join("; ")}`;
}

/** `Artist — Title`, or a chapter's text. */
function sectionName(section: Section): string {
  return section.kind === "track"
    ? `${sectionText(section.artist)} — ${sectionText(section.song)}`
    : `*chapter* ${sectionText(section.chapter)}`;
}

/** `artist Moodymann → Moody Mann`, `start 4:30 → 4:35`, … */
function partChanges(before: Section, after: Section): string[] {
  const parts: string[] = [];
  if (before.start !== after.start) {
    parts.push(`start ${startText(before.start)} → ${startText(after.start)}`);
  }
  const [was, is] = [textParts(before), textParts(after)];
  for (const part of ["artist", "title", "chapter"] as const) {
    if (was[part] === is[part]) continue;
    parts.push(`${part} ${partText(was[part])} → ${partText(is[part])}`);
  }
  return parts;
}

function textParts(section: Section): Partial<Record<"artist" | "title" | "chapter", string>> {
  return section.kind === "track"
    ? { artist: section.artist, title: section.song }
    : { chapter: section.chapter };
}

function partText(text: string | undefined): string {
  return text === undefined ? "*(none)*" : sectionText(text);
}
