// Finds and reads the tracklist file of a cloudcast with the care the media get: inside the
// workspace after symlinks, a regular file, within a size limit; a Git LFS pointer is fetched
// (whole and verified) when the run can reach its LFS server.
import { constants } from "node:fs";
import { posix } from "node:path";
import { formatBytes } from "../media/formats.js";
import { lfsPointerMessage, parseLfsPointer } from "../media/lfs.js";
import type { LfsAccess, MediaProblem } from "../media/types.js";
import { errorCode, resolveInWorkspace } from "../media/workspace-path.js";
import { errorMessage } from "../errors.js";
import { readSmallFile } from "../selection/files.js";
import type { SmallFile } from "../selection/files.js";
import { DEFAULT_TRACKLIST_EXTENSIONS, tracklistRelPath } from "./paths.js";

export { DEFAULT_TRACKLIST_EXTENSIONS, tracklistRelPath } from "./paths.js";

/**
 * Far above any real export (a 12-hour radio day's CUE sheet is about 100 kB, a Traktor history
 * of a long night a few MB), low enough that a wrong file is refused before it is read.
 */
export const TRACKLIST_MAX_BYTES = 32 * 1024 * 1024;

/** Where a cloudcast's tracklist file is, relative to the workspace, or why there is none. */
export type TracklistLocation =
  | { kind: "none" }
  | { kind: "file"; relPath: string; explicit: boolean; unused: string[] }
  | { kind: "outside"; written: string };

/**
 * `tracklist:` resolved against the cloudcast file's folder; else the first file beside it with
 * the same stem and a tracklist extension (any case). `unused` lists other such files, which a
 * user may have meant instead.
 */
export async function locateTracklist(
  cloudcastPath: string,
  written: string | undefined,
  listFolder: (folder: string) => Promise<string[]>,
): Promise<TracklistLocation> {
  if (written !== undefined) {
    const relPath = tracklistRelPath(cloudcastPath, written);
    if (relPath === ".." || relPath.startsWith("../")) return { kind: "outside", written };
    return { kind: "file", relPath, explicit: true, unused: [] };
  }
  const folder = posix.dirname(cloudcastPath);
  const stem = posix.basename(cloudcastPath, posix.extname(cloudcastPath));
  const rank = (name: string): number => {
    const ext = name.slice(stem.length + 1).toLowerCase();
    return (DEFAULT_TRACKLIST_EXTENSIONS as readonly string[]).indexOf(ext);
  };
  const found = [...(byStem(await listFolder(folder)).get(stem) ?? [])]
    .filter((name) => rank(name) >= 0)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((name) => (folder === "." ? name : `${folder}/${name}`));
  const [first, ...unused] = found;
  return first === undefined
    ? { kind: "none" }
    : { kind: "file", relPath: first, explicit: false, unused };
}

const stemIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * A folder's names by stem (the name up to its last dot), built once per listing: `validate`
 * looks up a thousand files' stems in one folder, and scanning every name for each is quadratic.
 */
function byStem(names: readonly string[]): Map<string, string[]> {
  let index = stemIndexes.get(names);
  if (index === undefined) {
    index = new Map();
    for (const name of names) {
      const dot = name.lastIndexOf(".");
      if (dot <= 0) continue;
      const stem = name.slice(0, dot);
      const same = index.get(stem);
      if (same === undefined) index.set(stem, [name]);
      else same.push(name);
    }
    stemIndexes.set(names, index);
  }
  return index;
}

/** The names beside a cloudcast file that the default tracklist would be, for messages. */
export function defaultTracklistNames(cloudcastPath: string): string[] {
  const folder = posix.dirname(cloudcastPath);
  const stem = posix.basename(cloudcastPath, posix.extname(cloudcastPath));
  const base = folder === "." ? stem : `${folder}/${stem}`;
  return DEFAULT_TRACKLIST_EXTENSIONS.map((ext) => `${base}.${ext}`);
}

export type TracklistRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: MediaProblem };

/** Reads `relPath` under the real workspace `root`; `label` names it in messages. */
export async function readTracklistFile(
  root: string,
  relPath: string,
  label: string,
  lfs?: LfsAccess,
): Promise<TracklistRead> {
  const resolved = await resolveInWorkspace(root, relPath, label);
  if (!resolved.ok) return resolved;
  const { stats } = resolved;
  if (!stats.isFile()) {
    const what = stats.isDirectory() ? "a folder" : "not a regular file";
    return fail("not-regular", `${label} is ${what}: name the exported tracklist file itself`);
  }
  if (stats.size === 0) {
    return fail("empty", `${label} is empty (0 bytes): export the tracklist again and commit it`);
  }
  if (stats.size > TRACKLIST_MAX_BYTES) return tooLarge(label, stats.size);
  let read: SmallFile;
  try {
    read = await readSmallFile(resolved.realPath, TRACKLIST_MAX_BYTES, CHECKED_PATH_FLAGS);
  } catch (error) {
    return unreadable(error, label);
  }
  if ("tooLarge" in read) return tooLarge(label, read.tooLarge);
  return tracklistBytes(read.bytes, label, lfs);
}

/**
 * A tracklist file's bytes as read (from the workspace, or from git for a previous version): a
 * Git LFS pointer is fetched through `lfs`, or refused with the way to fetch it without.
 */
export async function tracklistBytes(
  bytes: Uint8Array,
  label: string,
  lfs: LfsAccess | undefined,
): Promise<TracklistRead> {
  const pointer = parseLfsPointer(bytes, bytes.length);
  if (pointer === undefined) return { ok: true, bytes };
  if (lfs === undefined) return fail("lfs-pointer", lfsPointerMessage(label, "tracklist", pointer));
  const { readLfsText } = await import("../media/lfs/read.js");
  return readLfsText(pointer, label, lfs, TRACKLIST_MAX_BYTES);
}

/**
 * O_NOFOLLOW and O_NONBLOCK: should the checked path be swapped for a link or a FIFO since the
 * check, opening it neither follows the link nor hangs.
 */
const CHECKED_PATH_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/** It grew past the limit since it was checked, or was too large already. */
function tooLarge(label: string, size: number): TracklistRead {
  return fail(
    "too-large",
    `${label} is ${formatBytes(size)}; a tracklist file may be at most ${formatBytes(TRACKLIST_MAX_BYTES)}: is this the right file?`,
  );
}

function unreadable(error: unknown, label: string): TracklistRead {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM") {
    return fail("unreadable", `${label} cannot be read: permission denied`);
  }
  if (code === "ELOOP" || code === "ENOENT") {
    return fail("not-regular", `${label} changed while it was being read: run the check again`);
  }
  const message = errorMessage(error);
  return fail("unreadable", `${label} cannot be read: ${message}`);
}

function fail(rule: string, message: string): TracklistRead {
  return { ok: false, problem: { rule, message } };
}
