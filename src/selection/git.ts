import { execFile } from "node:child_process";

/**
 * The one door to the `git` binary. Arguments go in an array to `execFile` — never through a
 * shell — so file names and refs from the repository cannot be read as commands. Tests swap in
 * their own runner (to record calls or make fetches fail).
 */
export interface GitRunner {
  /** The directory git runs in (the workspace); paths in and out are relative to it. */
  readonly cwd: string;
  run(args: readonly string[], options?: GitRunOptions): Promise<GitOutput>;
}

export interface GitRunOptions {
  /** Exit codes that are answers rather than failures (e.g. 1 for "no merge base"). Default [0]. */
  okCodes?: readonly number[];
  /** How stdout is decoded; `latin1` keeps every byte as one character, for a file's raw bytes. */
  encoding?: "utf8" | "latin1";
}

export interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export class GitError extends Error {
  readonly args: readonly string[];
  readonly code: number | undefined;
  readonly stderr: string;

  /**
   * The message always says why: git's last words on stderr, or — when it printed none — how it
   * ended and the whole command, never Node's bare "Command failed".
   */
  constructor(args: readonly string[], code: number | undefined, stderr: string, cause?: unknown) {
    const what = `git ${args.slice(0, 3).join(" ")}${args.length > 3 ? " …" : ""}`;
    const said = stderr.trim().split("\n").slice(-3).join(" ").trim();
    const exit = code === undefined ? "" : ` (exit ${code})`;
    const detail = said !== "" ? said : silentFailure(args, code, cause);
    super(redactUrls(`${what} failed${exit}: ${detail}`));
    this.name = "GitError";
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
}

/** A remote URL may carry credentials (`https://user:token@host/`); they never reach a message. */
export function redactUrls(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, "$1***@");
}

/** Longest command shown in a message; refspecs and paths come from payloads and repositories. */
const MAX_COMMAND_CHARS = 500;

/** Why a git command failed that printed nothing on stderr. */
function silentFailure(args: readonly string[], code: number | undefined, cause: unknown): string {
  const full = `git ${args.join(" ")}`;
  const command = `\`${full.length > MAX_COMMAND_CHARS ? `${full.slice(0, MAX_COMMAND_CHARS)}…` : full}\``;
  if (code !== undefined) return `it printed nothing on stderr; the command was ${command}`;
  const error = (typeof cause === "object" && cause !== null ? cause : {}) as {
    code?: unknown;
    signal?: unknown;
    message?: unknown;
  };
  if (error.code === "ENOENT") return "git is not installed or not on PATH";
  if (typeof error.signal === "string") return `it was stopped by ${error.signal}: ${command}`;
  // Node's own words, unless they are only "Command failed: <command>" again.
  const message = typeof error.message === "string" ? error.message.trim() : "";
  if (message !== "" && !message.startsWith("Command failed")) return `${message}: ${command}`;
  return `it ended without an exit code or a message: ${command}`;
}

/** Output of `git diff-tree` and `ls-files` can be large in big repositories. */
const MAX_BUFFER = 256 * 1024 * 1024;

/**
 * A runner for the repository at `cwd`. Every call sets `core.quotepath=off` (names come out
 * as they are) and never prompts for credentials (a fetch that needs them fails instead).
 */
export function createGitRunner(cwd: string, env: NodeJS.ProcessEnv = process.env): GitRunner {
  const childEnv = { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
  return {
    cwd,
    run(args, options = {}) {
      const okCodes = options.okCodes ?? [0];
      const fullArgs = ["-c", "core.quotepath=off", ...args];
      return new Promise((resolve, reject) => {
        execFile(
          "git",
          fullArgs,
          {
            cwd,
            env: childEnv,
            maxBuffer: MAX_BUFFER,
            encoding: options.encoding ?? "utf8",
            windowsHide: true,
          },
          (error, stdout, stderr) => {
            const code = exitCode(error);
            if (code !== undefined && okCodes.includes(code)) {
              resolve({ code, stdout, stderr });
            } else {
              reject(new GitError(args, code, stderr, error));
            }
          },
        );
      });
    },
  };
}

function exitCode(error: Error | null): number | undefined {
  if (error === null) return 0;
  const code = (error as { code?: unknown }).code;
  return typeof code === "number" ? code : undefined;
}

/** Revisions come from event payloads; one starting with `-` would be read as an option. */
function checkRev(rev: string): string {
  if (rev === "" || rev.startsWith("-") || /[\s\0]/.test(rev)) {
    throw new Error(`Refusing the git revision ${JSON.stringify(rev)}: not a commit name.`);
  }
  return rev;
}

// ---- questions about the repository --------------------------------------------------------------

export async function isWorkTree(git: GitRunner): Promise<boolean> {
  try {
    const out = await git.run(["rev-parse", "--is-inside-work-tree"], { okCodes: [0, 128] });
    return out.code === 0 && out.stdout.trim() === "true";
  } catch (error) {
    // No git at all is the same, for our purposes, as no repository.
    if (error instanceof GitError && error.code === undefined) return false;
    throw error;
  }
}

export async function isShallow(git: GitRunner): Promise<boolean> {
  const out = await git.run(["rev-parse", "--is-shallow-repository"]);
  return out.stdout.trim() === "true";
}

/** The full object name of the commit `rev` names, or undefined when it is not in the clone. */
export async function resolveCommit(git: GitRunner, rev: string): Promise<string | undefined> {
  const out = await git.run(["rev-parse", "--verify", "--quiet", `${checkRev(rev)}^{commit}`], {
    okCodes: [0, 1, 128],
  });
  return out.code === 0 ? out.stdout.trim() || undefined : undefined;
}

/** The best common ancestor of two commits, or undefined when their history here has none. */
export async function mergeBase(git: GitRunner, a: string, b: string): Promise<string | undefined> {
  const out = await git.run(["merge-base", checkRev(a), checkRev(b)], { okCodes: [0, 1, 128] });
  return out.code === 0 ? out.stdout.trim() || undefined : undefined;
}

/** Whether `ancestor` is `descendant` or one of its ancestors, in the history the clone has. */
export async function isAncestor(
  git: GitRunner,
  ancestor: string,
  descendant: string,
): Promise<boolean> {
  const out = await git.run(
    ["merge-base", "--is-ancestor", checkRev(ancestor), checkRev(descendant)],
    {
      okCodes: [0, 1, 128],
    },
  );
  return out.code === 0;
}

/**
 * The parents recorded in the commit object itself. Unlike `rev^`, this also answers in a
 * shallow clone, where the commit at the boundary looks parentless.
 */
export async function recordedParents(git: GitRunner, commit: string): Promise<string[]> {
  const out = await git.run(["cat-file", "commit", checkRev(commit)]);
  const header = out.stdout.split("\n\n", 1)[0] ?? "";
  return header
    .split("\n")
    .filter((line) => line.startsWith("parent "))
    .map((line) => line.slice("parent ".length).trim());
}

export async function hasRemote(git: GitRunner, name: string): Promise<boolean> {
  const out = await git.run(["remote"]);
  return out.stdout.split("\n").some((line) => line.trim() === name);
}

export interface TagInfo {
  name: string;
  /** Unix seconds: the tagger date of an annotated tag, else the commit date. */
  createdAt: number;
}

export async function listTags(git: GitRunner): Promise<TagInfo[]> {
  const out = await git.run([
    "for-each-ref",
    "--format=%(refname:strip=2)%00%(creatordate:unix)",
    "refs/tags",
  ]);
  return out.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const [name = "", date = "0"] = line.split("\0");
      return { name, createdAt: Number(date) || 0 };
    });
}

/** Tracked files under the working directory, relative to it, `/`-separated. */
export async function listTrackedFiles(git: GitRunner): Promise<string[]> {
  const out = await git.run(["ls-files", "-z"]);
  return [...new Set(out.stdout.split("\0").filter((p) => p !== ""))];
}

/**
 * A file's content at a revision, or undefined when the file (or the revision) is not there.
 * Used to read the previous version of a renamed or retitled cloudcast.
 */
export async function readFileAt(
  git: GitRunner,
  rev: string,
  path: string,
): Promise<string | undefined> {
  const out = await git.run(["cat-file", "blob", `${checkRev(rev)}:./${path}`], {
    okCodes: [0, 128],
  });
  return out.code === 0 ? out.stdout : undefined;
}

// ---- fetching history ----------------------------------------------------------------------------

export interface FetchRequest {
  remote: string;
  /** Object names or refspecs to fetch. */
  refspecs: readonly string[];
  /** `--depth=N`: for a shallow clone, the history to bring along with new tips. */
  depth?: number;
  /** `--deepen=N`: extend the shallow boundary by N commits. */
  deepen?: number;
  /** `--unshallow`: the whole history. */
  unshallow?: boolean;
}

/** Runs one fetch; resolves false (with the reason) rather than throwing when the fetch fails. */
export async function fetch(
  git: GitRunner,
  request: FetchRequest,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const args = ["fetch", "--no-tags", "--no-recurse-submodules", "--quiet"];
  if (request.unshallow) args.push("--unshallow");
  else if (request.deepen !== undefined) args.push(`--deepen=${request.deepen}`);
  else if (request.depth !== undefined) args.push(`--depth=${request.depth}`);
  args.push(checkRev(request.remote), ...request.refspecs.map(checkRev));
  try {
    await git.run(args);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return { ok: false, reason: error.message };
  }
}

// ---- diffs ---------------------------------------------------------------------------------------

export type DiffStatus = "added" | "modified" | "renamed" | "copied" | "deleted";

export interface DiffEntry {
  status: DiffStatus;
  path: string;
  /** The source of a rename or copy. */
  previousPath?: string;
}

/**
 * The files that differ between two commits (`base` undefined: every file of `head`, as for a
 * root commit), with renames found (`-M`). Plumbing (`diff-tree`) rather than `git diff`, so
 * the user's diff settings cannot change the output; `-z` keeps any file name intact;
 * `--relative` reports paths relative to the workspace when it is a subdirectory of the repo.
 */
export async function diffCommits(
  git: GitRunner,
  base: string | undefined,
  head: string,
): Promise<DiffEntry[]> {
  const commits =
    base === undefined ? ["--root", checkRev(head)] : [checkRev(base), checkRev(head)];
  const out = await git.run([
    "diff-tree",
    "-r",
    "-z",
    "-M",
    "--name-status",
    "--no-commit-id",
    "--relative",
    ...commits,
  ]);
  return parseNameStatus(out.stdout);
}

/**
 * Parses `--name-status -z` output: `STATUS\0path\0`, or `R080\0old\0new\0` for renames and
 * copies. Type changes count as modifications; unmerged and unknown entries are dropped.
 */
export function parseNameStatus(output: string): DiffEntry[] {
  const fields = output.split("\0");
  const entries: DiffEntry[] = [];
  let i = 0;
  while (i < fields.length) {
    const code = fields[i++] ?? "";
    if (code === "") continue;
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const from = fields[i++] ?? "";
      const to = fields[i++] ?? "";
      entries.push({ status: letter === "R" ? "renamed" : "copied", path: to, previousPath: from });
      continue;
    }
    const file = fields[i++] ?? "";
    const status = SIMPLE_STATUS[letter ?? ""];
    if (status !== undefined) entries.push({ status, path: file });
  }
  return entries;
}

const SIMPLE_STATUS: Record<string, DiffStatus | undefined> = {
  A: "added",
  M: "modified",
  T: "modified",
  D: "deleted",
};
