// What an edit changes on Mixcloud: the difference between two versions of a cloudcast, field by
// field and track by track, for the pull request preview. A pure function of the two values.
import { diffArrays } from "diff/lib/diff/array.js";
import type { Cloudcast, MediaRef, Section } from "./types.js";
import type { ChangedField, CloudcastDiff, FieldChange, SectionChange } from "./diff-result.js";

export type { ChangedField, CloudcastDiff, FieldChange, SectionChange } from "./diff-result.js";
export { isUnchanged } from "./diff-result.js";

/**
 * Past this many edits the tracklists are said to be rewritten. It also bounds the work: the
 * diff costs about (tracks before + after) × edits, so a hostile tracklist cannot make it slow.
 */
export const MAX_SECTION_EDITS = 200;

export function diffCloudcasts(before: Cloudcast, after: Cloudcast): CloudcastDiff {
  const fields = fieldChanges(before, after);
  const sections = diffSections(before.sections, after.sections);
  if (sections === undefined) {
    const rewritten = { before: before.sections.length, after: after.sections.length };
    return { fields, sections: [], rewritten };
  }
  return { fields, sections };
}

function fieldChanges(before: Cloudcast, after: Cloudcast): FieldChange[] {
  const values: Array<[ChangedField, (c: Cloudcast) => string | undefined]> = [
    ["title", (c) => c.title],
    ["description", (c) => c.description],
    ["tags", (c) => (c.tags.length === 0 ? undefined : c.tags.join(", "))],
    ["picture", (c) => mediaText(c.picture)],
    ["audio", (c) => mediaText(c.audio)],
    ["unlisted", (c) => flag(c.unlisted)],
    ["publish date", (c) => c.publishDate],
    ["comments disabled", (c) => flag(c.disableComments)],
    ["stats hidden", (c) => flag(c.hideStats)],
    ["hosts", (c) => (c.hosts.length === 0 ? undefined : c.hosts.join(", "))],
    ["key", (c) => c.key],
  ];
  return values.flatMap(([field, read]): FieldChange[] => {
    const [was, is] = [read(before), read(after)];
    if (normalise(was ?? "") === normalise(is ?? "")) return [];
    return [
      {
        field,
        ...(was === undefined ? {} : { before: was }),
        ...(is === undefined ? {} : { after: is }),
      },
    ];
  });
}

/** A flag as the file writes it; unset reads as Mixcloud's default, off. */
function flag(value: boolean | undefined): string | undefined {
  return value === true ? "yes" : undefined;
}

/** A path as written; a URL without its query string, which may carry a token. */
function mediaText(media: MediaRef | undefined): string | undefined {
  if (media === undefined) return undefined;
  if (media.kind === "path") return media.path;
  const query = media.url.search(/[?#]/);
  return query < 0 ? media.url : media.url.slice(0, query);
}

/**
 * Sections matched by what they are (artist and title, or the chapter's text); a match whose
 * start moved, and a removed section followed by an added one in its place, are changes.
 * Undefined past {@link MAX_SECTION_EDITS}.
 */
function diffSections(before: Section[], after: Section[]): SectionChange[] | undefined {
  const beforeKeys = before.map(identity);
  const afterKeys = after.map(identity);
  const runs = diffArrays(beforeKeys, afterKeys, { maxEditLength: MAX_SECTION_EDITS });
  if (runs === undefined) return undefined;
  const changes: SectionChange[] = [];
  let [b, a] = [0, 0];
  let removed: Section[] = [];
  const flushRemoved = () => {
    changes.push(...removed.map((s): SectionChange => ({ kind: "removed", before: s })));
    removed = [];
  };
  for (const run of runs) {
    if (run.removed) {
      removed.push(...before.slice(b, b + run.count));
      b += run.count;
    } else if (run.added) {
      for (const section of after.slice(a, a + run.count)) {
        const replaced = removed.shift();
        changes.push(
          replaced === undefined
            ? { kind: "added", after: section }
            : { kind: "changed", before: replaced, after: section },
        );
      }
      a += run.count;
      flushRemoved();
    } else {
      flushRemoved();
      for (let i = 0; i < run.count; i += 1, b += 1, a += 1) {
        const [was, is] = [before[b] as Section, after[a] as Section];
        if (was.start !== is.start) changes.push({ kind: "changed", before: was, after: is });
      }
    }
  }
  flushRemoved();
  return changes;
}

/** What a section is, as Mixcloud stores it (white space collapsed). */
function identity(section: Section): string {
  return section.kind === "track"
    ? `t\u0000${normalise(section.artist)}\u0000${normalise(section.song)}`
    : `c\u0000${normalise(section.chapter)}`;
}

/** White space Mixcloud would change: a run, anything but a plain space, or at either end. */
const FOLDABLE_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Mixcloud trims and collapses white space and line ends in what it stores. */
function normalise(text: string): string {
  // Most names have nothing to fold: testing first spares a long tracklist a copy of each.
  return FOLDABLE_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}
