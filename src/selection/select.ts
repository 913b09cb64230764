import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import type { ChangeSet, ChangedFile } from "./changes.js";
import { readPlainFile } from "./files.js";
import { isWorkTree, listTrackedFiles, type GitRunner } from "./git.js";
import { tracklistOwners, type ReadWorkspaceFile } from "./tracklist-owners.js";

/**
 * A cloudcast file to process. `listed`: taken because every matching file was asked for
 * (a dispatch, a schedule, `changed-only: false`), not because the event changed it.
 */
export interface SelectedFile {
  /** Workspace-relative, `/`-separated. */
  path: string;
  previousPath?: string;
  status: ChangedFile["status"] | "listed";
}

/**
 * Globs in, one predicate out. A path is selected when it matches at least one plain glob and
 * no `!` glob — whatever their order: an exclusion always wins (a later glob does not bring an
 * excluded file back). `dot: true` so folders like `.shows/` are not silently skipped.
 */
export function compileGlobs(globs: readonly string[]): (file: string) => boolean {
  const include = globs.filter((g) => !g.startsWith("!"));
  const exclude = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  const options = { dot: true };
  const isIncluded = include.length > 0 ? picomatch(include, options) : () => false;
  const isExcluded = exclude.length > 0 ? picomatch(exclude, options) : () => false;
  return (file) => isIncluded(file) && !isExcluded(file);
}

/**
 * The changed (or, for `all`, every) file that the globs select, sorted by path. A cloudcast
 * file whose tracklist file changed counts as changed (see tracklist-owners.ts); `read` lets
 * its `tracklist:` be read.
 */
export async function selectFiles(
  globs: readonly string[],
  changes: ChangeSet,
  listAll: () => Promise<string[]>,
  read?: ReadWorkspaceFile,
): Promise<SelectedFile[]> {
  const matches = compileGlobs(globs);
  let selected: SelectedFile[];
  switch (changes.kind) {
    case "skip":
      return [];
    case "all":
      selected = (await listAll())
        .filter(matches)
        .map((file) => ({ path: file, status: "listed" }));
      break;
    case "changed":
      selected = changes.files.filter((f) => matches(f.path)).map(toSelected);
      for (const owner of await tracklistOwners(changes, matches, listAll, read))
        selected.push({ path: owner, status: "modified" });
      break;
  }
  return dedupe(selected).sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * How the selection reads a listed cloudcast file (to find a changed export's owners; a push may
 * make it read thousands). A listed file is one git tracks or the walk found, so no folder on its
 * way is a symbolic link: a regular file that is not a link itself is read at once; anything else
 * (a link, a FIFO, a file over `limit`) by the careful reader the pipeline uses, loaded then —
 * so what is read, and what comes of it, is the same as if every file were read with care.
 */
export function listedFileReader(workspace: string, limit: number): ReadWorkspaceFile {
  return async (file) => {
    const plain = await readPlainFile(path.join(workspace, file), limit);
    if (plain !== undefined) return plain;
    const { readWorkspaceFile } = await import("./workspace.js");
    const read = await readWorkspaceFile(workspace, file, limit);
    return read.ok ? read.bytes : undefined;
  };
}

/** Deleted files the globs select: shown in a notice (nothing is removed on Mixcloud). */
export function selectDeleted(globs: readonly string[], changes: ChangeSet): string[] {
  if (changes.kind !== "changed") return [];
  const matches = compileGlobs(globs);
  return changes.deleted.filter(matches).sort(compareStrings);
}

function toSelected(file: ChangedFile): SelectedFile {
  const selected: SelectedFile = { path: file.path, status: file.status };
  if (file.previousPath !== undefined) selected.previousPath = file.previousPath;
  return selected;
}

function dedupe(files: SelectedFile[]): SelectedFile[] {
  const seen = new Map<string, SelectedFile>();
  for (const file of files) if (!seen.has(file.path)) seen.set(file.path, file);
  return [...seen.values()];
}

/** By code unit, not locale: the same order on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every candidate file of the workspace: the files git tracks (untracked files are not part of
 * the repository, so not published), or — outside a git repository, as for the CLI on a plain
 * folder — a walk of the folders the globs can reach.
 */
export async function listAllFiles(
  workspace: string,
  git: GitRunner,
  globs: readonly string[],
): Promise<string[]> {
  if (await isWorkTree(git)) return listTrackedFiles(git);
  return walkFiles(workspace, globRoots(globs));
}

/** The fixed leading folders of the plain globs (`cloudcasts/**` → `cloudcasts`), to walk only those. */
export function globRoots(globs: readonly string[]): string[] {
  const roots = globs
    .filter((g) => !g.startsWith("!"))
    .map((g) => picomatch.scan(g).base)
    .map((base) => (base === "." ? "" : base));
  // A root inside another root is walked with it.
  const unique = [...new Set(roots)].sort();
  return unique.filter((root) => !unique.some((other) => other !== root && isInside(root, other)));
}

function isInside(child: string, parent: string): boolean {
  return parent === "" || child.startsWith(`${parent}/`);
}

/** Folders never worth walking for cloudcasts. */
const SKIPPED_DIRS = new Set([".git", "node_modules"]);

/**
 * Regular files (and symlinks to files, which the media checks judge later) under the roots,
 * relative to the workspace. Symlinked folders are not followed: they could loop or leave the
 * workspace.
 */
export async function walkFiles(workspace: string, roots: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(workspace, relative), { withFileTypes: true });
    } catch {
      return; // A root that does not exist selects nothing.
    }
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await visit(child);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        found.push(child);
      }
    }
  };
  for (const root of roots) {
    const stat = await lstat(path.join(workspace, root)).catch(() => undefined);
    if (stat?.isFile() || stat?.isSymbolicLink()) found.push(root);
    else if (stat?.isDirectory()) await visit(root);
  }
  return found;
}
