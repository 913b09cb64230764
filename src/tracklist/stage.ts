// The tracklist stage as the pipeline and `validate` run it: where the workspace is, how paths
// are named, and one folder listing shared by every file of a run.
import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { ParsedCloudcast } from "../cloudcast/types.js";
import type { LfsAccess } from "../media/types.js";
import { isInside } from "../media/workspace-path.js";
import { displayPath } from "../selection/files.js";
import { applyTracklistFile, folderLister, mayHaveTracklistFile } from "./resolve.js";
import type { TracklistStage } from "./resolve.js";

/** A function that completes each parsed cloudcast file (named workspace-relative) of a run. */
export function readCloudcastTracklist(
  workspace: string,
  lfs?: LfsAccess,
): (parsed: ParsedCloudcast) => Promise<TracklistStage> {
  let shared: Promise<{ root: string; listFolder: (folder: string) => Promise<string[]> }>;
  return async (parsed) => {
    if (!mayHaveTracklistFile(parsed)) return { parsed };
    shared ??= realpath(workspace).then((root) => ({ root, listFolder: folderLister(root) }));
    const { root, listFolder } = await shared;
    return applyTracklistFile(parsed, {
      root,
      cloudcastPath: parsed.file,
      listFolder,
      ...(lfs === undefined ? {} : { lfs }),
    });
  };
}

/**
 * The tracklist stage as `validate` runs it on files named relative to `cwd`: a tracklist file
 * must stay inside the git repository holding the cloudcast file (the folder with `.git`), or
 * inside `cwd` outside any repository; paths in messages are relative to `cwd`, as typed. An
 * export held as a Git LFS pointer is fetched through `lfsOf(root)` (one per repository, made
 * when its first file is met), and refused without it.
 */
export function readCliTracklist(
  cwd: string,
  lfsOf?: (root: string) => LfsAccess,
): (parsed: ParsedCloudcast) => Promise<TracklistStage> {
  const realCwd = realpath(cwd).catch(() => cwd);
  // Per folder, not per file: a thousand files in one folder cost one realpath and one walk up.
  const folders = new Map<string, Promise<{ folder: string; root: string }>>();
  // Per repository: its folder listings, and its way to its LFS server (made on first use).
  const repositories = new Map<
    string,
    { listFolder: (folder: string) => Promise<string[]>; lfs?: LfsAccess }
  >();
  const placeOf = (folder: string) => {
    let place = folders.get(folder);
    if (place === undefined) {
      place = realpath(folder)
        .catch(() => folder)
        .then(async (real) => ({ folder: real, root: await findRoot(real, await realCwd) }));
      folders.set(folder, place);
    }
    return place;
  };
  return async (parsed) => {
    if (!mayHaveTracklistFile(parsed)) return { parsed };
    const absolute = resolve(cwd, parsed.file);
    const { folder, root } = await placeOf(dirname(absolute));
    let repository = repositories.get(root);
    if (repository === undefined) {
      repository = { listFolder: folderLister(root), ...(lfsOf && { lfs: lfsOf(root) }) };
      repositories.set(root, repository);
    }
    const base = await realCwd;
    return applyTracklistFile(parsed, {
      root,
      cloudcastPath: slashes(relative(root, join(folder, basename(absolute)))),
      display: (path) => displayPath(join(root, path), base),
      ...repository,
    });
  };
}

/** The nearest folder up from `folder` with a `.git` entry; else `cwd` if it holds `folder`; else `folder`. */
async function findRoot(folder: string, cwd: string): Promise<string> {
  for (let at = folder; ; at = dirname(at)) {
    if (await exists(join(at, ".git"))) return at;
    if (dirname(at) === at) break;
  }
  return isInside(cwd, folder) ? cwd : folder;
}

function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

function slashes(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
