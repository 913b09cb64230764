import type { Stats } from "node:fs";
import { lstat, readdir, realpath } from "node:fs/promises";
import { isAbsolute, join, sep } from "node:path";
import { closestName } from "../suggest.js";
import type { MediaProblem } from "./types.js";

// Resolves a repo-relative path one component at a time, so that a symlink anywhere on the way
// (a linked folder as much as a linked file) is seen and its target checked before anything is
// read through it. Containment is decided on real paths, never on the text of the path.

export type WorkspacePath =
  { ok: true; realPath: string; stats: Stats } | { ok: false; problem: MediaProblem };

/** True when `path` is `root` or inside it. Both must be real (symlink-free) absolute paths. */
export function isInside(root: string, path: string): boolean {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (path + sep).startsWith(prefix);
}

/**
 * Finds `relPath` (`/`-separated) under the real workspace `root`.
 * `label` names the medium in messages, e.g. "the audio `mixes/show.mp3`".
 */
export async function resolveInWorkspace(
  root: string,
  relPath: string,
  label: string,
): Promise<WorkspacePath> {
  const parts = relPath.split("/").filter((part) => part !== "" && part !== ".");
  if (isAbsolute(relPath) || parts.includes("..")) {
    return failure(
      "outside-workspace",
      `${label} is outside the repository: use a path relative to the repository root`,
    );
  }
  let current = root;
  for (const [index, part] of parts.entries()) {
    const walked = parts.slice(0, index + 1).join("/");
    const isLast = index === parts.length - 1;
    const step = await stepInto({ root, parent: current, part, walked, label, isLast });
    if (!step.ok) return step;
    current = step.realPath;
  }
  return { ok: true, realPath: current, stats: await lstat(current) };
}

type Step = { ok: true; realPath: string } | { ok: false; problem: MediaProblem };

interface StepContext {
  root: string;
  /** Real path of the folder reached so far. */
  parent: string;
  part: string;
  /** The repo-relative path up to and including `part`. */
  walked: string;
  label: string;
  isLast: boolean;
}

async function stepInto(context: StepContext): Promise<Step> {
  const { root, parent, part, walked, label } = context;
  const candidate = join(parent, part);
  let stats: Stats;
  try {
    stats = await lstat(candidate);
  } catch (error) {
    return missingStep(error, context);
  }
  if (!stats.isSymbolicLink()) return { ok: true, realPath: candidate };
  let target: string;
  try {
    target = await realpath(candidate);
  } catch (error) {
    return brokenLinkStep(error, walked, label);
  }
  if (!isInside(root, target)) {
    return failure(
      "symlink-escape",
      `${label} goes through the symbolic link \`${walked}\`, which points outside the ` +
        `repository (to \`${target}\`): only files inside the repository are published; ` +
        "copy the file in instead of linking to it",
    );
  }
  return { ok: true, realPath: target };
}

async function missingStep(error: unknown, context: StepContext): Promise<Step> {
  const { parent, part, walked, label } = context;
  const code = errorCode(error);
  if (code === "ENOTDIR") {
    return failure(
      "missing",
      `${label} does not exist: \`${parentOf(walked)}\` is a file, not a folder`,
    );
  }
  if (code === "EACCES" || code === "EPERM") {
    return failure("unreadable", `${label} cannot be read: permission denied on \`${walked}\``);
  }
  if (code !== "ENOENT") throw error;
  const suggestion = closestName(part, await listNames(parent));
  const where = context.isLast ? "" : ` (there is no folder \`${walked}\`)`;
  const folder = parentOf(walked);
  const hint =
    suggestion === undefined
      ? "commit the file or fix the path"
      : `did you mean \`${folder === "" ? suggestion : `${folder}/${suggestion}`}\`?`;
  return failure("missing", `${label} does not exist${where}: ${hint}`);
}

function brokenLinkStep(error: unknown, walked: string, label: string): Step {
  const code = errorCode(error);
  if (code === "ELOOP") {
    return failure("missing", `${label} goes through \`${walked}\`, a loop of symbolic links`);
  }
  if (code === "ENOENT" || code === "ENOTDIR") {
    return failure(
      "missing",
      `${label} does not exist: \`${walked}\` is a symbolic link to something that does not exist`,
    );
  }
  throw error;
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

function parentOf(walked: string): string {
  const slash = walked.lastIndexOf("/");
  return slash < 0 ? "" : walked.slice(0, slash);
}

function failure(rule: string, message: string): { ok: false; problem: MediaProblem } {
  return { ok: false, problem: { rule, message } };
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
