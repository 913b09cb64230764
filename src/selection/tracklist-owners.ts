// A cloudcast's sections may come from a tracklist file (`tracklist:`, or the export beside it
// with the same stem), so a change to that file is a change to the cloudcast — as editing its
// `tracks:` would be: a push that only commits a corrected `show.cue` edits `show.yml`'s upload,
// and a pull request that breaks it gets its dry run.
//
// Finding the owners must not cost a parse of the whole catalogue: the file beside the export with
// its stem is parsed, and any other file only when its bytes name the export (export-mentions.ts).
// A push that touches a README.txt reads the catalogue's files but parses none of them.
import { posix } from "node:path";
import type * as ParseModule from "../cloudcast/parse.js";
import type { ParsedCloudcast } from "../cloudcast/types.js";
import { mapLimit } from "../concurrency.js";
import { DEFAULT_TRACKLIST_EXTENSIONS, tracklistRelPath } from "../tracklist/paths.js";
import type { ChangeSet } from "./changes.js";
import { exportMentions } from "./export-mentions.js";

/** Reads a workspace file (`/`-separated, workspace-relative), or undefined when it cannot. */
export type ReadWorkspaceFile = (path: string) => Promise<Uint8Array | undefined>;

/**
 * Extensions of the files taken for tracklists when they change. A `tracklist:` may name a file
 * with any extension, but looking behind every changed file would read every cloudcast file on
 * every push; a tracklist under another name is picked up when its cloudcast file changes.
 */
const TRACKLIST_EXTENSIONS: ReadonlySet<string> = new Set(DEFAULT_TRACKLIST_EXTENSIONS);

/** Cloudcast files read at once: enough to overlap the disk's waits, few file handles. */
const READ_CONCURRENCY = 16;

/**
 * The cloudcast files (tracked, selected by `matches`, not changed themselves) whose tracklist
 * file the change added, modified, renamed or deleted, in `listAll`'s order. Without `read`, only
 * the files beside a changed export with its stem are found; with it, a file beside it is parsed,
 * so one with `tracks:` is left alone, and any other is parsed when its text names a changed
 * export, so one whose `tracklist:` names it is found.
 */
export async function tracklistOwners(
  changes: Extract<ChangeSet, { kind: "changed" }>,
  matches: (file: string) => boolean,
  listAll: () => Promise<string[]>,
  read?: ReadWorkspaceFile,
): Promise<string[]> {
  const touched = touchedTracklists(changes, matches);
  if (touched.size === 0) return [];
  const changed = new Set(changes.files.map((f) => f.path));
  const candidates = (await listAll()).filter((path) => matches(path) && !changed.has(path));
  const stems = new Set([...touched].map(withoutExtension));
  const isSibling = (path: string) => stems.has(withoutExtension(path));
  if (read === undefined) return candidates.filter(isSibling);

  const mentions = exportMentions(touched);
  const parse = parserOnDemand();
  const owned = await mapLimit(candidates, READ_CONCURRENCY, async (path) => {
    const sibling = isSibling(path);
    const bytes = await read(path);
    // Only the file beside the export may own it without naming it (see `owns`).
    if (!sibling && (bytes === undefined || !mentions(bytes))) return false;
    return owns(path, sibling, touched, bytes === undefined ? undefined : await parse(bytes, path));
  });
  return candidates.filter((_, index) => owned[index]);
}

/** Changed paths with a tracklist extension that are not cloudcast files: before and after. */
function touchedTracklists(
  changes: Extract<ChangeSet, { kind: "changed" }>,
  matches: (file: string) => boolean,
): Set<string> {
  return new Set(
    [
      ...changes.files.flatMap((f) => [f.path, f.previousPath ?? f.path]),
      ...changes.deleted,
    ].filter((path) => !matches(path) && TRACKLIST_EXTENSIONS.has(extension(path))),
  );
}

/**
 * The cloudcast parser, loaded on the first file that needs it: a run whose push names no export
 * in any file, like one without tracklists at all, does not pay for loading it.
 */
function parserOnDemand(): (bytes: Uint8Array, path: string) => Promise<ParsedCloudcast> {
  let loading: Promise<typeof ParseModule> | undefined;
  return async (bytes, path) => {
    loading ??= import("../cloudcast/parse.js");
    return (await loading).parseCloudcast(bytes, path);
  };
}

function owns(
  cloudcast: string,
  sibling: boolean,
  touched: ReadonlySet<string>,
  parsed: ParsedCloudcast | undefined,
): boolean {
  // An invalid file cannot say where its tracklist is; the export beside it is the best guess.
  if (parsed?.cloudcast === undefined) return sibling;
  const written = parsed.cloudcast.tracklist;
  if (written !== undefined) {
    return touched.has(tracklistRelPath(cloudcast, written));
  }
  return sibling && parsed.spans.tracks === undefined;
}

/** `shows/ep1.yml` → `shows/ep1`: a cloudcast file and its default tracklist share it. */
function withoutExtension(path: string): string {
  return path.slice(0, path.length - posix.extname(path).length);
}

function extension(path: string): string {
  return posix.extname(path).slice(1).toLowerCase();
}
