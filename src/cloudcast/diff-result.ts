// What an edit changes, as the preview reads it: the shape of a cloudcast diff (src/cloudcast/
// diff.ts computes it). Apart from the diff itself, so that the reports, which every run loads at
// its start, do not bring the diff and its library with them.
import type { Section } from "./types.js";

/** A field whose value differs; `before`/`after` are plain text, undefined where it is not set. */
export interface FieldChange {
  field: ChangedField;
  before?: string;
  after?: string;
}

export type ChangedField =
  | "title"
  | "description"
  | "tags"
  | "picture"
  | "audio"
  | "unlisted"
  | "publish date"
  | "comments disabled"
  | "stats hidden"
  | "hosts"
  | "key";

export type SectionChange =
  | { kind: "added"; after: Section }
  | { kind: "removed"; before: Section }
  | { kind: "changed"; before: Section; after: Section };

export interface CloudcastDiff {
  /** In the order the fields appear on Mixcloud's page. */
  fields: FieldChange[];
  /** Track by track, in the order they play; empty when the tracklists are the same. */
  sections: SectionChange[];
  /**
   * Set instead of `sections` when the two tracklists differ in more places than a list of
   * changes would help with (a different export altogether): how many sections each has.
   */
  rewritten?: { before: number; after: number };
}

/** Whether Mixcloud gets anything different: no field and no section changed. */
export function isUnchanged(diff: CloudcastDiff): boolean {
  return diff.fields.length === 0 && diff.sections.length === 0 && diff.rewritten === undefined;
}
