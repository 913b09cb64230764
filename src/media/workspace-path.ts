import type { Stats } from "node:fs";
import { lstat, readdir, readlink } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { closestName } from "../suggest.js";
import type { MediaProblem } from "./types.js";

// Resolves a repo-relative path one component at a time, so that a symlink anywhere on the way
// (a linked folder as much as a linked file) is seen and its target checked before anything is
// read through it. A link's target is followed the same way, one component at a time, and only
// while it stays inside the repository: nothing outside is ever looked at, so the answer for a
// link out of the repository is the same whether its target exists or not, and never names it
// (a pull request must not learn which paths exist on the runner).

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
  const walked = await walk({ root, start: root, parts, label, links: { hops: 0 } });
  if (!walked.ok) return walked;
  return { ok: true, realPath: walked.realPath, stats: await lstat(walked.realPath) };
}

/** As many links as Linux follows for one path (its ELOOP limit). */
const MAX_LINK_HOPS = 40;

interface Walk {
  root: string;
  /** Real path the parts are relative to. */
  start: string;
  parts: string[];
  label: string;
  links: { hops: number };
  /** The repo path of the link whose target is being walked, for messages. */
  via?: string;
}

async function walk({ root, start, parts, label, links, via }: Walk): Promise<Step> {
  let current = start;
  for (const [index, part] of parts.entries()) {
    const walked = relative(root, join(current, part)).split(sep).join("/");
    const isLast = index === parts.length - 1;
    const context = { root, parent: current, part, walked, label, isLast, links, via };
    const step = await stepInto(context);
    if (!step.ok) return step;
    current = step.realPath;
  }
  return { ok: true, realPath: current };
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
  links: { hops: number };
  via?: string;
}

async function stepInto(context: StepContext): Promise<Step> {
  const { root, parent, part, walked, label, links } = context;
  if (part === "..") {
    // Only in a link's target (a repo path has none), after the components before it are real.
    const up = resolve(parent, "..");
    return isInside(root, up)
      ? { ok: true, realPath: up }
      : escapeStep(context.via ?? walked, label);
  }
  const candidate = join(parent, part);
  let stats: Stats;
  try {
    stats = await lstat(candidate);
  } catch (error) {
    return missingStep(error, context);
  }
  if (!stats.isSymbolicLink()) return { ok: true, realPath: candidate };
  links.hops += 1;
  if (links.hops > MAX_LINK_HOPS) {
    return failure("missing", `${label} goes through \`${walked}\`, a loop of symbolic links`);
  }
  const target = await readlink(candidate);
  const via = context.via ?? walked;
  // An absolute target is judged by its text: one outside the repository is never looked at.
  // A relative one is walked from the link's folder, `..` by `..`, never past the root.
  if (isAbsolute(target) && !isInside(root, resolve(target))) return escapeStep(via, label);
  const followed = await walk({
    root,
    start: isAbsolute(target) ? root : parent,
    parts: (isAbsolute(target) ? relative(root, resolve(target)) : target)
      .split(sep === "/" ? "/" : /[\\/]/)
      .filter((p) => p !== "" && p !== "."),
    label,
    links,
    via,
  });
  if (followed.ok || followed.problem.rule !== "missing") return followed;
  if (/loop of symbolic links/.test(followed.problem.message)) return followed;
  return failure(
    "missing",
    `${label} does not exist: \`${walked}\` is a symbolic link to something that does not exist`,
  );
}

function escapeStep(walked: string, label: string): Step {
  return failure(
    "symlink-escape",
    `${label} goes through the symbolic link \`${walked}\`, which points outside the ` +
      "repository: only files inside the repository are published; copy the file in instead " +
      "of linking to it",
  );
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
