export const id = 782;
export const ids = [782];
export const modules = {

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitRunner: () => (/* binding */ createGitRunner),
/* harmony export */   isWorkTree: () => (/* binding */ isWorkTree)
/* harmony export */ });
/* unused harmony exports GitError, redactUrls, isShallow, resolveCommit, mergeBase, isAncestor, recordedParents, hasRemote, listTags, listTrackedFiles, readFileAt, fetch, diffCommits, parseNameStatus */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class GitError extends Error {
    args;
    code;
    stderr;
    /**
     * The message always says why: git's last words on stderr, or — when it printed none — how it
     * ended and the whole command, never Node's bare "Command failed".
     */
    constructor(args, code, stderr, cause) {
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
function redactUrls(text) {
    return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, "$1***@");
}
/** Longest command shown in a message; refspecs and paths come from payloads and repositories. */
const MAX_COMMAND_CHARS = 500;
/** Why a git command failed that printed nothing on stderr. */
function silentFailure(args, code, cause) {
    const full = `git ${args.join(" ")}`;
    const command = `\`${full.length > MAX_COMMAND_CHARS ? `${full.slice(0, MAX_COMMAND_CHARS)}…` : full}\``;
    if (code !== undefined)
        return `it printed nothing on stderr; the command was ${command}`;
    const error = (typeof cause === "object" && cause !== null ? cause : {});
    if (error.code === "ENOENT")
        return "git is not installed or not on PATH";
    if (typeof error.signal === "string")
        return `it was stopped by ${error.signal}: ${command}`;
    // Node's own words, unless they are only "Command failed: <command>" again.
    const message = typeof error.message === "string" ? error.message.trim() : "";
    if (message !== "" && !message.startsWith("Command failed"))
        return `${message}: ${command}`;
    return `it ended without an exit code or a message: ${command}`;
}
/** Output of `git diff-tree` and `ls-files` can be large in big repositories. */
const MAX_BUFFER = 256 * 1024 * 1024;
/**
 * A runner for the repository at `cwd`. Every call sets `core.quotepath=off` (names come out
 * as they are) and never prompts for credentials (a fetch that needs them fails instead).
 */
function createGitRunner(cwd, env = process.env) {
    const childEnv = { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    return {
        cwd,
        run(args, options = {}) {
            const okCodes = options.okCodes ?? [0];
            const fullArgs = ["-c", "core.quotepath=off", ...args];
            return new Promise((resolve, reject) => {
                (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", fullArgs, {
                    cwd,
                    env: childEnv,
                    maxBuffer: MAX_BUFFER,
                    encoding: options.encoding ?? "utf8",
                    windowsHide: true,
                }, (error, stdout, stderr) => {
                    const code = exitCode(error);
                    if (code !== undefined && okCodes.includes(code)) {
                        resolve({ code, stdout, stderr });
                    }
                    else {
                        reject(new GitError(args, code, stderr, error));
                    }
                });
            });
        },
    };
}
function exitCode(error) {
    if (error === null)
        return 0;
    const code = error.code;
    return typeof code === "number" ? code : undefined;
}
/** Revisions come from event payloads; one starting with `-` would be read as an option. */
function checkRev(rev) {
    if (rev === "" || rev.startsWith("-") || /[\s\0]/.test(rev)) {
        throw new Error(`Refusing the git revision ${JSON.stringify(rev)}: not a commit name.`);
    }
    return rev;
}
// ---- questions about the repository --------------------------------------------------------------
async function isWorkTree(git) {
    try {
        const out = await git.run(["rev-parse", "--is-inside-work-tree"], { okCodes: [0, 128] });
        return out.code === 0 && out.stdout.trim() === "true";
    }
    catch (error) {
        // No git at all is the same, for our purposes, as no repository.
        if (error instanceof GitError && error.code === undefined)
            return false;
        throw error;
    }
}
async function isShallow(git) {
    const out = await git.run(["rev-parse", "--is-shallow-repository"]);
    return out.stdout.trim() === "true";
}
/** The full object name of the commit `rev` names, or undefined when it is not in the clone. */
async function resolveCommit(git, rev) {
    const out = await git.run(["rev-parse", "--verify", "--quiet", `${checkRev(rev)}^{commit}`], {
        okCodes: [0, 1, 128],
    });
    return out.code === 0 ? out.stdout.trim() || undefined : undefined;
}
/** The best common ancestor of two commits, or undefined when their history here has none. */
async function mergeBase(git, a, b) {
    const out = await git.run(["merge-base", checkRev(a), checkRev(b)], { okCodes: [0, 1, 128] });
    return out.code === 0 ? out.stdout.trim() || undefined : undefined;
}
/** Whether `ancestor` is `descendant` or one of its ancestors, in the history the clone has. */
async function isAncestor(git, ancestor, descendant) {
    const out = await git.run(["merge-base", "--is-ancestor", checkRev(ancestor), checkRev(descendant)], {
        okCodes: [0, 1, 128],
    });
    return out.code === 0;
}
/**
 * The parents recorded in the commit object itself. Unlike `rev^`, this also answers in a
 * shallow clone, where the commit at the boundary looks parentless.
 */
async function recordedParents(git, commit) {
    const out = await git.run(["cat-file", "commit", checkRev(commit)]);
    const header = out.stdout.split("\n\n", 1)[0] ?? "";
    return header
        .split("\n")
        .filter((line) => line.startsWith("parent "))
        .map((line) => line.slice("parent ".length).trim());
}
async function hasRemote(git, name) {
    const out = await git.run(["remote"]);
    return out.stdout.split("\n").some((line) => line.trim() === name);
}
async function listTags(git) {
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
async function listTrackedFiles(git) {
    const out = await git.run(["ls-files", "-z"]);
    return [...new Set(out.stdout.split("\0").filter((p) => p !== ""))];
}
/**
 * A file's content at a revision, or undefined when the file (or the revision) is not there.
 * Used to read the previous version of a renamed or retitled cloudcast.
 */
async function readFileAt(git, rev, path) {
    const out = await git.run(["cat-file", "blob", `${checkRev(rev)}:./${path}`], {
        okCodes: [0, 128],
    });
    return out.code === 0 ? out.stdout : undefined;
}
/** Runs one fetch; resolves false (with the reason) rather than throwing when the fetch fails. */
async function fetch(git, request) {
    const args = ["fetch", "--no-tags", "--no-recurse-submodules", "--quiet"];
    if (request.unshallow)
        args.push("--unshallow");
    else if (request.deepen !== undefined)
        args.push(`--deepen=${request.deepen}`);
    else if (request.depth !== undefined)
        args.push(`--depth=${request.depth}`);
    args.push(checkRev(request.remote), ...request.refspecs.map(checkRev));
    try {
        await git.run(args);
        return { ok: true };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return { ok: false, reason: error.message };
    }
}
/**
 * The files that differ between two commits (`base` undefined: every file of `head`, as for a
 * root commit), with renames found (`-M`). Plumbing (`diff-tree`) rather than `git diff`, so
 * the user's diff settings cannot change the output; `-z` keeps any file name intact;
 * `--relative` reports paths relative to the workspace when it is a subdirectory of the repo.
 */
async function diffCommits(git, base, head) {
    const commits = base === undefined ? ["--root", checkRev(head)] : [checkRev(base), checkRev(head)];
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
function parseNameStatus(output) {
    const fields = output.split("\0");
    const entries = [];
    let i = 0;
    while (i < fields.length) {
        const code = fields[i++] ?? "";
        if (code === "")
            continue;
        const letter = code[0];
        if (letter === "R" || letter === "C") {
            const from = fields[i++] ?? "";
            const to = fields[i++] ?? "";
            entries.push({ status: letter === "R" ? "renamed" : "copied", path: to, previousPath: from });
            continue;
        }
        const file = fields[i++] ?? "";
        const status = SIMPLE_STATUS[letter ?? ""];
        if (status !== undefined)
            entries.push({ status, path: file });
    }
    return entries;
}
const SIMPLE_STATUS = {
    A: "added",
    M: "modified",
    T: "modified",
    D: "deleted",
};


/***/ })

};
