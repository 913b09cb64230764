// Decides whether a file's cloudcast differs from what Mixcloud holds, so that an edit is sent
// only when something changed (a re-run then reports `unchanged` and sends nothing).
import type { Cloudcast, Section } from "../cloudcast/types.js";
import { toFormFields } from "../cloudcast/fields.js";
import type { RemoteCloudcast } from "../mixcloud/index.js";

/**
 * Fields the API never shows back (SPEC §2 Pro settings and the picture). Whether they changed can
 * only be judged against the file's previous version in git.
 */
const UNSEEN_FIELD = /^(publish_date|unlisted|disable_comments|hide_stats|hosts-\d+-username)$/;

/** Names of the visible fields that differ between the file and Mixcloud (empty: the same). */
export function visibleDifferences(local: Cloudcast, remote: RemoteCloudcast): string[] {
  const differences: string[] = [];
  if (normalise(local.title) !== normalise(remote.name)) differences.push("title");
  if (
    local.description !== undefined &&
    normalise(local.description) !== normalise(remote.description ?? "")
  ) {
    differences.push("desc");
  }
  // Mixcloud stores tags case-insensitively; compare them as it does.
  if (
    local.tags.length > 0 &&
    !sameList(local.tags, remote.tags, (t) => normalise(t).toLowerCase())
  ) {
    differences.push("tags");
  }
  if (
    local.sections.length > 0 &&
    !sameList(local.sections.map(sectionKey), (remote.sections ?? []).map(sectionKey), (s) => s)
  ) {
    differences.push("tracks");
  }
  return differences;
}

/**
 * Names of the unseen fields whose value differs between two versions of a file. Without a
 * previous version (a new file, or every file on a dispatch) there is nothing to compare with:
 * the upload is taken to have them as the file says, so a re-run does not edit for nothing.
 */
export function unseenDifferences(current: Cloudcast, previous: Cloudcast | undefined): string[] {
  if (previous === undefined) return [];
  const unseen = (c: Cloudcast): Map<string, string> =>
    new Map(toFormFields(c).filter(([name]) => UNSEEN_FIELD.test(name)));
  const before = unseen(previous);
  const after = unseen(current);
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

/** The form fields of an edit: everything the file defines, but never the audio. */
export function editFields(cloudcast: Cloudcast, sendUnseen: boolean): Array<[string, string]> {
  return toFormFields(cloudcast).filter(([name]) => sendUnseen || !UNSEEN_FIELD.test(name));
}

function sectionKey(section: Section): string {
  return section.kind === "track"
    ? `${section.start}|t|${normalise(section.artist)}|${normalise(section.song)}`
    : `${section.start}|c|${normalise(section.chapter)}`;
}

function sameList<T>(a: T[], b: T[], key: (item: T) => string): boolean {
  return a.length === b.length && a.every((item, i) => key(item) === key(b[i] as T));
}

/** Mixcloud trims and collapses white space and line ends in what it stores. */
function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
