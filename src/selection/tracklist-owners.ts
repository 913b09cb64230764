// A cloudcast's sections may come from a tracklist file (`tracklist:`, or the export beside it
// with the same stem), so a change to that file is a change to the cloudcast — as editing its
// `tracks:` would be: a push that only commits a corrected `show.cue` edits `show.yml`'s upload,
// and a pull request that breaks it gets its dry run.
import { posix } from "node:path";
import type { ParsedCloudcast } from "../cloudcast/types.js";
import { DEFAULT_TRACKLIST_EXTENSIONS, tracklistRelPath } from "../tracklist/file.js";
import type { ChangeSet } from "./changes.js";
import type { SelectedFile } from "./select.js";

/** Reads a workspace file (`/`-separated, workspace-relative), or undefined when it cannot. */
export type ReadWorkspaceFile = (path: string) => Promise<Uint8Array | undefined>;

/**
 * Extensions of the files taken for tracklists when they change. A `tracklist:` may name a file
 * with any extension, but looking behind every changed file would read every cloudcast file on
 * every push; a tracklist under another name is picked up when its cloudcast file changes.
 */
const TRACKLIST_EXTENSIONS: ReadonlySet<string> = new Set(DEFAULT_TRACKLIST_EXTENSIONS);

/**
 * The cloudcast files (tracked, selected by `matches`) whose tracklist file the change added,
 * modified, renamed or deleted, as `modified`. Without `read`, only the files beside a changed
 * export with its stem are found; with it, each candidate is parsed, so one with `tracks:` is
 * left alone and one whose `tracklist:` names a changed file elsewhere is found.
 */
export async function cloudcastsOfTracklists(
  changes: Extract<ChangeSet, { kind: "changed" }>,
  matches: (file: string) => boolean,
  listAll: () => Promise<string[]>,
  read?: ReadWorkspaceFile,
): Promise<SelectedFile[]> {
  const touched = new Set(
    [
      ...changes.files.flatMap((f) => [f.path, f.previousPath ?? f.path]),
      ...changes.deleted,
    ].filter((path) => !matches(path) && TRACKLIST_EXTENSIONS.has(extension(path))),
  );
  if (touched.size === 0) return [];
  const changed = new Set(changes.files.map((f) => f.path));
  const candidates = (await listAll()).filter((path) => matches(path) && !changed.has(path));
  const stems = new Set([...touched].map(withoutExtension));
  // Loaded only now: the action's start on a push without tracklists does not pay for the parser.
  const { parseCloudcast } = await import("../cloudcast/parse.js");
  const parse = async (path: string, readFile: ReadWorkspaceFile) => {
    const bytes = await readFile(path);
    return bytes === undefined ? undefined : parseCloudcast(bytes, path);
  };
  const owners: SelectedFile[] = [];
  for (const path of candidates) {
    const sibling = stems.has(withoutExtension(path));
    if (read === undefined ? sibling : owns(path, sibling, touched, await parse(path, read))) {
      owners.push({ path, status: "modified" });
    }
  }
  return owners;
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
