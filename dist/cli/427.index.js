export const id = 427;
export const ids = [427];
export const modules = {

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish),
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/commands/usage.ts
var usage = __webpack_require__(625);
// EXTERNAL MODULE: ./src/commands/licensing-option.ts
var licensing_option = __webpack_require__(114);
// EXTERNAL MODULE: ./src/netrc.ts
var netrc = __webpack_require__(6475);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/settings.ts



// mode.ts, not the rules' index: settings are read at every start, the rules only when checking.

/** Every bad input at once, so a user fixes their workflow in one go. */
class SettingsError extends Error {
    problems;
    constructor(problems) {
        super([
            `Invalid action input${problems.length === 1 ? "" : "s"}:`,
            ...problems.map((p) => `  - ${p.input}: got ${p.value}; expected ${p.allowed}.`),
        ].join("\n"));
        this.name = "SettingsError";
        this.problems = problems;
    }
}
const Bounds = {
    concurrency: { min: 1, max: 16, default: 2 },
    retries: { min: 1, max: 20, default: 5 },
};
/**
 * Events on which `dry-run: auto` means a dry run: pull requests run untrusted code without
 * secrets, and a merge queue's `merge_group` is a check before the merge (the merge's own push
 * publishes).
 */
const DRY_RUN_EVENTS = new Set(["pull_request", "pull_request_target", "merge_group"]);
/** Collects problems while each input is parsed; the values of bad inputs are never used. */
class Problems {
    list = [];
    add(input, value, allowed) {
        this.list.push({ input, value, allowed });
    }
}
/**
 * Turns the raw inputs into `Settings`, or throws one `SettingsError` naming every bad input.
 *
 * `read` returns an input's raw value ("" when unset), as `core.getInput` does; `mask` hides a
 * secret from the logs (`core.setSecret`). Tokens are masked before anything else can fail, so
 * no later error or log line can leak them. An input that arrives as an unexpanded `${{ … }}`
 * expression counts as not given, and `notice` says so (see {@link expandedOnly}).
 */
function parseSettings(rawRead, env, eventName, mask, notice = () => { }) {
    const read = expandedOnly(rawRead, notice);
    const accessToken = readSecret(read(Inputs.AccessToken), env["MIXCLOUD_ACCESS_TOKEN"], mask);
    const githubToken = readSecret(read(Inputs.GithubToken), undefined, mask);
    const problems = new Problems();
    checkToken(Inputs.AccessToken, accessToken, problems);
    checkToken(Inputs.GithubToken, githubToken, problems);
    const settings = {
        accessToken,
        files: parseFiles(read(Inputs.Files), problems),
        changedOnly: parseBoolean(Inputs.ChangedOnly, read(Inputs.ChangedOnly), true, problems),
        dryRun: parseDryRun(read(Inputs.DryRun), eventName, problems),
        ifExists: parseIfExists(read(Inputs.IfExists), problems),
        comment: parseBoolean(Inputs.Comment, read(Inputs.Comment), true, problems),
        githubToken,
        apiUrl: parseApiUrl(read(Inputs.ApiUrl), problems),
        concurrency: parseInteger(Inputs.Concurrency, read(Inputs.Concurrency), Bounds.concurrency, problems),
        retries: parseInteger(Inputs.Retries, read(Inputs.Retries), Bounds.retries, problems),
        licensing: parseChoice(Inputs.Licensing, read(Inputs.Licensing), LICENSING_MODES, "warn", problems),
        prereleases: parseBoolean(Inputs.Prereleases, read(Inputs.Prereleases), false, problems),
        allowPrivateUrls: parseBoolean(Inputs.AllowPrivateUrls, read(Inputs.AllowPrivateUrls), false, problems),
        workspace: path.resolve(nonEmpty(env["GITHUB_WORKSPACE"]) ?? process.cwd()),
        tempDir: path.resolve(nonEmpty(env["RUNNER_TEMP"]) ?? os.tmpdir()),
        timeouts: readTimeouts(env, problems),
    };
    if (problems.list.length > 0)
        throw new SettingsError(problems.list);
    return settings;
}
/** `${{ … }}`: a workflow expression, which the runner evaluates before an action sees it. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/;
/**
 * Reads inputs, passing on an unexpanded expression as not given. Only a runner expands
 * expressions, so one arrives as it is written when the action runs elsewhere — with
 * `@github/local-action`, which passes action.yml's defaults as they are written (`github-token`'s
 * `${{ github.token }}`), or from an `.env` file. parseSettings reads each input once, so each
 * unexpanded one gets one notice.
 */
function expandedOnly(read, notice) {
    return (name) => {
        const raw = read(name);
        const match = EXPRESSION.exec(raw);
        const value = match === null ? raw : "";
        if (match !== null) {
            notice(`Input ${name} is the unexpanded expression ${JSON.stringify(match[0])}: only a GitHub ` +
                "Actions runner expands expressions, so it is treated as not given. Set a plain value " +
                `(for a local run, INPUT_${name.toUpperCase()} in the environment) to use it.`);
        }
        return value;
    };
}
function readTimeouts(env, problems) {
    return {
        headersMs: parseSeconds("MIXCLOUD_PUBLISH_ANSWER_TIMEOUT", env, problems),
        stallMs: parseSeconds("MIXCLOUD_PUBLISH_STALL_TIMEOUT", env, problems),
        listingLagMs: parseSeconds("MIXCLOUD_PUBLISH_LISTING_LAG", env, problems),
    };
}
/** The same timeouts for the command line, which reads the same environment variables. */
function timeoutsFromEnv(env) {
    const problems = new Problems();
    const timeouts = readTimeouts(env, problems);
    return { timeouts, problems: problems.list };
}
/** A positive number of seconds from an environment variable, in milliseconds. */
function parseSeconds(name, env, problems) {
    const raw = nonEmpty(env[name]);
    if (raw === undefined)
        return undefined;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
        problems.add(name, JSON.stringify(raw), "a number of seconds, more than 0 and at most 86400");
        return undefined;
    }
    return Math.round(seconds * 1000);
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/**
 * Masks a secret the moment it is read. Each line is masked on its own as well, because the
 * runner matches masks line by line and a pasted token may carry a stray newline.
 */
function readSecret(input, fallback, mask) {
    const raw = nonEmpty(input) ?? nonEmpty(fallback);
    if (raw === undefined)
        return undefined;
    mask(raw);
    for (const line of raw.split(/\r?\n/)) {
        const part = line.trim();
        if (part && part !== raw)
            mask(part);
    }
    return raw;
}
/** A token is one word; anything else is a copy-paste accident. Its value is never echoed. */
function checkToken(input, token, problems) {
    // eslint-disable-next-line no-control-regex
    if (token !== undefined && /[\s\u0000-\u001f\u007f]/.test(token)) {
        problems.add(input, "a value with whitespace or control characters (hidden)", "a single-line token");
    }
}
function show(value) {
    return JSON.stringify(value);
}
function parseBoolean(input, raw, fallback, problems) {
    const value = raw.trim().toLowerCase();
    if (value === "")
        return fallback;
    if (value === "true")
        return true;
    if (value === "false")
        return false;
    problems.add(input, show(raw), "`true` or `false`");
    return fallback;
}
function parseChoice(input, raw, choices, fallback, problems) {
    const value = raw.trim().toLowerCase();
    if (value === "")
        return fallback;
    const found = choices.find((choice) => choice === value);
    if (found !== undefined)
        return found;
    problems.add(input, show(raw), `one of ${choices.map((c) => `\`${c}\``).join(", ")}`);
    return fallback;
}
function parseDryRun(raw, eventName, problems) {
    const mode = parseChoice(Inputs.DryRun, raw, ["auto", "true", "false"], "auto", problems);
    if (mode === "auto")
        return DRY_RUN_EVENTS.has(eventName);
    return mode === "true";
}
function parseIfExists(raw, problems) {
    return parseChoice(Inputs.IfExists, raw, ["update", "skip", "fail"], "update", problems);
}
function parseInteger(input, raw, bounds, problems) {
    const value = raw.trim();
    if (value === "")
        return bounds.default;
    const allowed = `a whole number from ${bounds.min} to ${bounds.max}`;
    if (!/^\d{1,6}$/.test(value)) {
        problems.add(input, show(raw), allowed);
        return bounds.default;
    }
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) {
        problems.add(input, show(raw), allowed);
        return bounds.default;
    }
    return n;
}
/**
 * Newline-separated globs; blank lines and `#` comments are skipped, a leading `./` is dropped.
 * When every glob is an exclusion, the default globs are what they exclude from.
 */
function parseFiles(raw, problems) {
    if (raw.trim() === "")
        return [...DEFAULT_FILES];
    // Every line break the runner or an editor may leave: CRLF, a lone CR, and Unicode's own.
    const globs = raw
        .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"))
        .map(stripDotSlash);
    if (globs.length === 0) {
        problems.add(Inputs.Files, show(raw), "at least one glob (blank and `#` lines are ignored)");
        return [...DEFAULT_FILES];
    }
    for (const glob of globs) {
        const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
        if (pattern === "" || pattern.startsWith("/") || /(^|\/)\.\.(\/|$)/.test(pattern)) {
            problems.add(Inputs.Files, show(glob), "globs relative to the repository root, without a leading `/` or `..` segments");
        }
    }
    const onlyExclusions = globs.every((glob) => glob.startsWith("!"));
    return onlyExclusions ? [...DEFAULT_FILES, ...globs] : globs;
}
function stripDotSlash(glob) {
    const negated = glob.startsWith("!");
    let pattern = negated ? glob.slice(1) : glob;
    while (pattern.startsWith("./"))
        pattern = pattern.slice(2);
    return negated ? `!${pattern}` : pattern;
}
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
function isLoopback(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** An http(s) URL with no credentials, query or fragment; plain http only to loopback (tests). */
function parseApiUrl(raw, problems) {
    const value = raw.trim();
    if (value === "")
        return DEFAULT_API_URL;
    const allowed = "an `https://` URL such as `https://api.mixcloud.com` (plain `http://` only to a loopback address), without credentials, query or fragment";
    let url;
    try {
        url = new URL(value);
    }
    catch {
        problems.add(Inputs.ApiUrl, show(raw), allowed);
        return DEFAULT_API_URL;
    }
    const secure = url.protocol === "https:";
    const local = url.protocol === "http:" && isLoopback(url.hostname);
    const clean = !url.username && !url.password && !url.search && !url.hash;
    if (!(secure || local) || !clean) {
        // A URL with credentials is shown without them.
        const shown = url.username || url.password ? `${url.protocol}//(credentials hidden)@${url.host}` : raw;
        problems.add(Inputs.ApiUrl, show(shown), allowed);
        return DEFAULT_API_URL;
    }
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}

;// CONCATENATED MODULE: ./src/results.ts
/** The JSON shape of each entry of the `results` output: exactly SPEC §3's fields. */
function toOutputResult(r) {
    return {
        file: r.file,
        status: r.status,
        title: r.title ?? null,
        key: r.key ?? null,
        url: r.url ?? null,
        error: r.error ?? null,
    };
}

// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
// EXTERNAL MODULE: ./src/report/display.ts
var display = __webpack_require__(188);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/commands/terminal-log.ts

const PROGRESS = /^\s*(\d+) % (.*)$/;
function createTerminalLog(io) {
    let bar = false;
    const clearBar = () => {
        if (bar)
            io.stdout("\r\x1b[2K");
        bar = false;
    };
    // Titles and file names come from the repository: no escape sequence of theirs reaches the terminal.
    const line = (file, message) => (0,report_text/* sanitizeText */.jZ)(file === "" ? message : `${file}: ${message}`);
    return {
        info(file, message) {
            const progress = io.isTTY ? PROGRESS.exec(message) : null;
            if (progress !== null) {
                const percent = Number(progress[1]);
                const width = 24;
                const filled = Math.round((percent / 100) * width);
                clearBar();
                io.stdout(`[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)} % ${progress[2]} ${(0,report_text/* sanitizeText */.jZ)(file)}`);
                bar = true;
                return;
            }
            clearBar();
            io.stdout(`${line(file, message)}\n`);
        },
        warning(file, message) {
            clearBar();
            io.stderr(`warning: ${line(file, message)}\n`);
        },
        close: clearBar,
        progressStepPercent: io.isTTY ? 1 : 10,
    };
}

;// CONCATENATED MODULE: ./src/commands/publish.ts
// `mixcloud-publish publish`: the action's pipeline on the command line — the same validation,
// media checks, exactly-once uploads, statuses and exit codes — without GitHub.













const USAGE = `Usage: mixcloud-publish publish [options] [PATH…]

Publishes cloudcast files (or every *.yml/*.yaml in the folders given; default: cloudcasts/) to
Mixcloud, exactly as the GitHub Action does: everything is validated first, nothing is uploaded
from an invalid batch, new cloudcasts are uploaded, existing ones updated.

Options:
  --dry-run              validate and check media only; upload nothing (no token needed)
  --token TOKEN          Mixcloud access token (else MIXCLOUD_ACCESS_TOKEN, else ~/.netrc
                         "machine mixcloud-api")
  --api-url URL          Mixcloud API root (default ${constants/* DEFAULT_API_URL */.rK})
  --if-exists MODE       update (default), skip or fail, for cloudcasts already on Mixcloud
  --concurrency N        uploads at once (default 2)
  --retries N            attempts per request on a transient failure (default 5)
${licensing_option/* LICENSING_HELP */.RH}  --json                 print the results as JSON instead of lines
  -h, --help             show this help

Problems and warnings are printed as file:line:col: [warning: ]message (rule). Warnings (what
Mixcloud may hold against a show: licensing, a show under 15 minutes, a free account at its 10
public shows) never change the exit status.

The environment variables MIXCLOUD_PUBLISH_ANSWER_TIMEOUT, MIXCLOUD_PUBLISH_STALL_TIMEOUT and
MIXCLOUD_PUBLISH_LISTING_LAG (seconds) set the network timeouts, as for the action.

Exit status: 0 all published, updated, unchanged or skipped; 1 a file invalid or failed; 2 usage.
`;
const OPTIONS = {
    "dry-run": { type: "boolean" },
    token: { type: "string" },
    "api-url": { type: "string" },
    "if-exists": { type: "string" },
    concurrency: { type: "string" },
    retries: { type: "string" },
    ...licensing_option/* LICENSING_OPTION */.Rm,
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
const publish = async (args, io) => {
    const line = (0,usage/* readCommandLine */.y)("publish", args, io, {
        options: OPTIONS,
        usage: USAGE,
        positionals: true,
    });
    if (typeof line === "number")
        return line;
    const { values, positionals } = line;
    const problems = [];
    const ifExists = values["if-exists"] ?? "update";
    if (!["update", "skip", "fail"].includes(ifExists))
        problems.push(`--if-exists takes update, skip or fail, not '${ifExists}'`);
    const concurrency = integerOption(values.concurrency, 2, 1, 16, "--concurrency", problems);
    const retries = integerOption(values.retries, 5, 1, 20, "--retries", problems);
    const licensing = (0,licensing_option/* readLicensingOption */.cU)(values.licensing);
    if (licensing instanceof Error)
        problems.push(licensing.message);
    const fromEnv = timeoutsFromEnv(io.env);
    for (const p of fromEnv.problems)
        problems.push(`${p.input} is ${p.value}, expected ${p.allowed}`);
    if (problems.length > 0) {
        io.stderr(`mixcloud-publish publish: ${problems.join("; ")}.\n`);
        return types/* ExitCode */.y.Usage;
    }
    const dryRun = values["dry-run"] === true;
    const token = dryRun ? undefined : await (0,netrc/* lookupToken */.qK)(values.token, io.env);
    if (!dryRun && token === undefined) {
        io.stderr("mixcloud-publish publish: no access token. Pass --token, set MIXCLOUD_ACCESS_TOKEN, or run `mixcloud-publish auth --save` to store one in ~/.netrc; or use --dry-run to only check.\n");
        return types/* ExitCode */.y.Usage;
    }
    const results = await runPublish({
        paths: positionals.length > 0 ? positionals : ["cloudcasts"],
        dryRun,
        token: token?.token,
        apiUrl: (values["api-url"] ?? constants/* DEFAULT_API_URL */.rK).replace(/\/+$/, ""),
        ifExists: ifExists,
        concurrency,
        retries,
        licensing: licensing,
        timeouts: fromEnv.timeouts,
    }, io);
    if (results === undefined)
        return types/* ExitCode */.y.Usage;
    printResults(results, io, values.json === true, dryRun);
    return results.some((r) => r.status === "invalid" || r.status === "failed")
        ? types/* ExitCode */.y.Problems
        : types/* ExitCode */.y.Ok;
};
/** Runs the pipeline over the given paths; undefined when a path does not exist (already reported). */
async function runPublish(run, io, signal) {
    const { findCloudcastFiles } = await __webpack_require__.e(/* import() */ 317).then(__webpack_require__.bind(__webpack_require__, 6317));
    const found = await findCloudcastFiles(run.paths, io.cwd);
    for (const error of found.errors)
        io.stderr(`mixcloud-publish publish: ${error}\n`);
    if (found.errors.length > 0)
        return undefined;
    const workspace = await workspaceOf(io.cwd);
    const files = found.files.map((file) => ({
        path: toWorkspacePath(workspace, (0,external_node_path_.resolve)(io.cwd, file)),
        status: "listed",
    }));
    const { runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(752), __webpack_require__.e(815), __webpack_require__.e(240), __webpack_require__.e(870), __webpack_require__.e(87), __webpack_require__.e(517), __webpack_require__.e(373)]).then(__webpack_require__.bind(__webpack_require__, 5373));
    const { createDownloader, createLfsDownloader } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(517), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 1531));
    const { createLocalLfsAccess } = await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 9930));
    const { PRIVATE_ALLOWED } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(736)]).then(__webpack_require__.bind(__webpack_require__, 2736));
    const controller = new AbortController();
    const stop = () => controller.abort(new Error("interrupted"));
    signal?.addEventListener("abort", stop, { once: true });
    process.once("SIGINT", stop);
    const log = createTerminalLog(io);
    const lfs = createLocalLfsAccess(workspace, run.retries);
    try {
        return await runPipeline({
            workspace,
            files,
            dryRun: run.dryRun,
            ifExists: run.ifExists,
            licensing: run.licensing,
            concurrency: run.concurrency,
            retries: run.retries,
            signal: controller.signal,
            log,
            connect: async () => {
                const { connectMixcloud } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(870), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 5633));
                return connectMixcloud({
                    accessToken: run.token,
                    apiUrl: run.apiUrl,
                    retries: run.retries,
                    timeouts: run.timeouts,
                });
            },
            // The CLI runs on the user's own files: a media server on their own network is fine.
            download: createDownloader({
                tempDir: (0,external_node_os_.tmpdir)(),
                signal: controller.signal,
                attempts: run.retries,
                urlPolicy: PRIVATE_ALLOWED,
            }),
            downloadLfs: createLfsDownloader(lfs, controller.signal),
            media: { urlPolicy: PRIVATE_ALLOWED, lfs },
        });
    }
    finally {
        log.close();
        process.off("SIGINT", stop);
    }
}
/** The root the paths in cloudcast files are relative to: the git work tree, else the current folder. */
async function workspaceOf(cwd) {
    const { createGitRunner, isWorkTree } = await __webpack_require__.e(/* import() */ 782).then(__webpack_require__.bind(__webpack_require__, 3782));
    const git = createGitRunner(cwd);
    if (!(await isWorkTree(git)))
        return cwd;
    const top = await git.run(["rev-parse", "--show-toplevel"]);
    return top.stdout.trim() || cwd;
}
function toWorkspacePath(workspace, absolute) {
    return (0,external_node_path_.relative)(workspace, absolute).split(external_node_path_.sep).join("/");
}
function printResults(results, io, json, dryRun) {
    if (json) {
        io.stdout(`${JSON.stringify(results.map(toOutputResult), null, 2)}\n`);
        return;
    }
    for (const result of results) {
        for (const d of (0,diagnostic/* inLineOrder */.QF)(result))
            io.stdout(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
        const where = result.url ?? result.error ?? "";
        io.stdout(`${result.status.padEnd(9)}  ${result.file}${where ? `  ${where}` : ""}\n`);
    }
    const counts = (0,format/* countStatuses */.ip)(results);
    const parts = Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status}`);
    const warnings = (0,display/* countWarnings */.pU)(results);
    const warned = warnings === 0 ? "" : `; ${warnings} warning${warnings === 1 ? "" : "s"}`;
    io.stdout(`${results.length} file${results.length === 1 ? "" : "s"}${dryRun ? " (dry run)" : ""}: ${parts.join(", ") || "nothing to do"}${warned}\n`);
}
function integerOption(raw, fallback, min, max, name, problems) {
    if (raw === undefined)
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        problems.push(`${name} takes a whole number from ${min} to ${max}, not '${raw}'`);
        return fallback;
    }
    return value;
}


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ netrcPath),
/* harmony export */   qK: () => (/* binding */ lookupToken),
/* harmony export */   sb: () => (/* binding */ withNetrcToken)
/* harmony export */ });
/* unused harmony exports NETRC_MACHINE, findNetrcPassword, readNetrcToken */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The seed's token convention: `machine mixcloud-api` / `password TOKEN` in ~/.netrc. A missing
// file, an unreadable one, or one without that machine simply yields no token (the seed crashed).



const NETRC_MACHINE = "mixcloud-api";
function netrcPath(env) {
    return env["NETRC"] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env["HOME"] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), ".netrc");
}
/** The `password` of `machine` in netrc text (tokens split on white space; `#` comments skipped). */
function findNetrcPassword(text, machine) {
    const tokens = text
        .split(/\r?\n/)
        .map((line) => (line.trimStart().startsWith("#") ? "" : line))
        .join("\n")
        .split(/\s+/)
        .filter(Boolean);
    let current;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === "machine")
            current = tokens[++i];
        else if (token === "default")
            current = undefined;
        else if (token === "macdef")
            break; // macro bodies run to a blank line; nothing after is ours
        else if (token === "password" && current === machine)
            return tokens[i + 1];
    }
    return undefined;
}
async function readNetrcToken(env) {
    try {
        return findNetrcPassword(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(netrcPath(env), "utf8"), NETRC_MACHINE);
    }
    catch {
        return undefined;
    }
}
/** The text of a netrc with `machine mixcloud-api` set to `token`, other entries kept. */
function withNetrcToken(text, token) {
    const entry = `machine ${NETRC_MACHINE}\n  password ${token}\n`;
    const pattern = new RegExp(`(^|\\n)machine\\s+${NETRC_MACHINE}\\b[\\s\\S]*?(?=\\nmachine\\s|\\ndefault\\s|$)`);
    if (pattern.test(text))
        return text.replace(pattern, (_m, lead) => `${lead}${entry.trimEnd()}`);
    return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${entry}`;
}
/** Where the CLI's token comes from, first found wins: flag, environment, ~/.netrc. */
async function lookupToken(flag, env) {
    if (flag !== undefined && flag !== "")
        return { token: flag, source: "--token" };
    const fromEnv = env["MIXCLOUD_ACCESS_TOKEN"];
    if (fromEnv !== undefined && fromEnv.trim() !== "")
        return { token: fromEnv.trim(), source: "MIXCLOUD_ACCESS_TOKEN" };
    const fromNetrc = await readNetrcToken(env);
    return fromNetrc === undefined ? undefined : { token: fromNetrc, source: netrcPath(env) };
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ fileText),
/* harmony export */   GW: () => (/* binding */ problemsOf),
/* harmony export */   Ih: () => (/* binding */ mediaText),
/* harmony export */   Qw: () => (/* binding */ titleText),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   S5: () => (/* binding */ durationText),
/* harmony export */   Vg: () => (/* binding */ omittedNote),
/* harmony export */   Wt: () => (/* binding */ NOTHING_TO_PUBLISH),
/* harmony export */   XE: () => (/* binding */ tagsText),
/* harmony export */   ke: () => (/* binding */ tracksText),
/* harmony export */   nZ: () => (/* binding */ warningsOf),
/* harmony export */   pU: () => (/* binding */ countWarnings),
/* harmony export */   rO: () => (/* binding */ sectionText),
/* harmony export */   rt: () => (/* binding */ overviewLines),
/* harmony export */   ut: () => (/* binding */ noticeText)
/* harmony export */ });
/* unused harmony export tracklistText */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5655);


/**
 * Caps on file-derived text, so that one entry stays a bounded size (a title could be most of a
 * 1 MiB file) and a limit can always be met by leaving entries out.
 */
const MAX_CHARS = {
    title: 200,
    file: 300,
    tag: 60,
    message: 500,
    notice: 500,
    mediaType: 20,
    /** An artist, a song title or a chapter's text in a tracklist table. */
    section: 200,
    /** A value in "old → new": tags, a picture's path, hosts. */
    value: 300,
    /** A description is shortened to its start in "old → new". */
    description: 120,
};
/** Shown where a value is not known. */
const UNKNOWN = "—";
function md(text, maxChars) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(text, maxChars));
}
/** A file name as a code span (`` `cloudcasts/a.yml` ``), optionally with its place (`:3:5`). */
function fileText(file, options = {}) {
    const { at = "", inTableCell = false } = options;
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(file, MAX_CHARS.file) + at, { inTableCell });
}
/** The title, linked to the cloudcast when it has a URL; `(no title)` when there is none. */
function titleText(result) {
    const title = result.title?.trim();
    if (title === undefined || title === "")
        return "*(no title)*";
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(md(title, MAX_CHARS.title), result.url);
}
function tagsText(result) {
    const tags = result.details?.tags ?? [];
    return tags.length === 0 ? UNKNOWN : tags.map((t) => md(t, MAX_CHARS.tag)).join(", ");
}
function tracksText(result) {
    const tracks = result.details?.tracks;
    const excluded = result.details?.tracklist?.excluded ?? 0;
    if (tracks === undefined)
        return UNKNOWN;
    return excluded === 0 ? String(tracks) : `${tracks} (${excluded} left out)`;
}
/** ` from show.cue, 3 left out by tracklist_exclude`, after the count of tracks in the comment. */
function tracklistText(result) {
    const tracklist = result.details?.tracklist;
    if (tracklist === undefined)
        return "";
    const from = ` from ${fileText(tracklist.file)}`;
    return tracklist.excluded === 0
        ? from
        : `${from}, ${tracklist.excluded} left out by tracklist_exclude`;
}
function durationText(result) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(result.details?.audio?.durationSeconds) ?? UNKNOWN;
}
/** `48.2 MB mp3`: size and type, as far as they are known. */
function mediaText(media) {
    if (media === undefined)
        return UNKNOWN;
    const parts = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(media.size), media.type && md(media.type, MAX_CHARS.mediaType)];
    const known = parts.filter((p) => p !== undefined && p !== "");
    return known.length === 0 ? UNKNOWN : known.join(" ");
}
function noticeText(notice) {
    return md(notice, MAX_CHARS.notice);
}
/** An artist, song title or chapter text, for a tracklist table or a list of changes. */
function sectionText(text) {
    return md(text, MAX_CHARS.section);
}
/** A field's value in "old → new"; a description shortened to its start. */
function valueText(text, field = "value") {
    return md(text, MAX_CHARS[field]);
}
function diagnosticProblem(d) {
    return {
        location: fileText(d.file, { at: `:${d.line}:${d.column}` }),
        shortLocation: fileText(d.file, { at: `:${d.line}` }),
        message: md(d.message, MAX_CHARS.message),
    };
}
/** Every diagnostic of a file, plus its error when it failed (or is invalid with no diagnostic). */
function problemsOf(result) {
    const problems = result.diagnostics.map(diagnosticProblem);
    const error = result.error;
    const errorIsNews = result.status === "failed" || (result.status === "invalid" && problems.length === 0);
    if (error !== undefined && error !== "" && errorIsNews) {
        const file = fileText(result.file);
        problems.push({
            location: file,
            shortLocation: file,
            message: md(error, MAX_CHARS.message),
        });
    }
    return problems;
}
/** Every warning of a file, where it is and what it says, escaped. */
function warningsOf(result) {
    return result.warnings.map(diagnosticProblem);
}
function countWarnings(results) {
    return results.reduce((sum, r) => sum + r.warnings.length, 0);
}
/** The line under the counts when there are warnings: how many, and that they do not block. */
function warningsText(count) {
    if (count === 0)
        return "";
    return `⚠️ **${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, "warning")}**: what Mixcloud may hold against a show (mute it, refuse it, keep it in the drafts). Warnings do not stop publishing; fix them before Mixcloud finds them.`;
}
/** What was done, for the line under the heading. */
function modeText(report) {
    return report.dryRun
        ? "Dry run: nothing was uploaded. The cloudcasts were validated and their media checked."
        : "";
}
/** The consequence of invalid files, which SPEC §4 makes block the whole run. */
function invalidText(report, invalid) {
    if (invalid === 0)
        return "";
    const files = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(invalid, "file is", "files are");
    return report.dryRun
        ? `**${files} invalid**: fix the problems below, or nothing will be published.`
        : `**${files} invalid**, so nothing was published: fix the problems below and run again.`;
}
/** For a run that selected no cloudcast file. The globs are the `files` input's business. */
const NOTHING_TO_PUBLISH = "No cloudcast file changed, so there is nothing to publish. (Which files count as cloudcasts is set by the `files` input.)";
/**
 * The paragraphs under the heading of the summary and the comment alike, each followed by an
 * empty line: what was done, the counts, what the invalid files mean, the warnings.
 */
function overviewLines(report) {
    const counts = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .countStatuses */ .ip)(report.results);
    const total = report.results.length;
    const paragraphs = [
        modeText(report),
        total > 0 ? countsText(total, (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCounts */ .gM)(counts)) : "",
        invalidText(report, counts.invalid),
        warningsText(countWarnings(report.results)),
    ];
    return paragraphs.filter((p) => p !== "").flatMap((p) => [p, ""]);
}
/** `**3 files**: 2 ✅ published · 1 ❌ invalid` */
function countsText(total, counts) {
    return `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(total, "file")}**: ${counts}`;
}
/**
 * `… and 3 more files and 40 more problems not shown (see …)`: what was left out, group by
 * group, given each group's noun and how many of it are missing.
 */
function omittedNote(omitted, see) {
    const parts = omitted
        .filter((o) => o.count > 0)
        .map((o) => `${o.count} more ${o.count === 1 ? o.noun : (o.plural ?? `${o.noun}s`)}`);
    if (parts.length === 0)
        return "";
    return `*… and ${parts.join(" and ")} not shown (see ${see}).*`;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Od: () => (/* binding */ statusBadge),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gM: () => (/* binding */ formatCounts),
/* harmony export */   ip: () => (/* binding */ countStatuses),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export STATUS_ORDER */
/** Every status, in the order counts are shown: successes first, then what needs attention. */
const STATUS_ORDER = [
    "published",
    "updated",
    "unchanged",
    "skipped",
    "dry-run",
    "failed",
    "invalid",
];
const STATUS_EMOJI = {
    published: "✅",
    updated: "✏️",
    unchanged: "💤",
    skipped: "⏭️",
    "dry-run": "🔍",
    failed: "💥",
    invalid: "❌",
};
/** How a status reads to people; `dry-run` is "ready": checked, and would be published. */
const STATUS_LABEL = {
    published: "published",
    updated: "updated",
    unchanged: "unchanged",
    skipped: "skipped",
    "dry-run": "ready",
    failed: "failed",
    invalid: "invalid",
};
/** `✅ published`, `🔍 ready`, … */
function statusBadge(status) {
    return `${STATUS_EMOJI[status]} ${STATUS_LABEL[status]}`;
}
function countStatuses(statuses) {
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
    for (const { status } of statuses)
        counts[status] += 1;
    return counts;
}
/** `2 ✅ published · 1 ❌ invalid`: the statuses that occur, in {@link STATUS_ORDER}. */
function formatCounts(counts) {
    return STATUS_ORDER.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${statusBadge(s)}`)
        .join(" · ");
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** `h:mm:ss` (hours unpadded), or undefined when the length is not a usable number. */
function formatDuration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
        return undefined;
    const total = Math.round(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = total % 60;
    return `${hours}:${String(minutes).padStart(2, "0")}:${String(secs).padStart(2, "0")}`;
}
const BYTE_UNITS = ["B", "kB", "MB", "GB", "TB"];
/**
 * Decimal (SI) units, as Mixcloud and most file managers show sizes: `512 B`, `120 kB`,
 * `48.2 MB`, `4.3 GB`; undefined when the size is not a usable number.
 */
function formatBytes(bytes) {
    if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0)
        return undefined;
    let unit = 0;
    let value = bytes;
    while (unit < BYTE_UNITS.length - 1 && roundForDisplay(value, unit) >= 1000) {
        value /= 1000;
        unit += 1;
    }
    const shown = roundForDisplay(value, unit);
    const digits = unit === 0 || shown >= 100 ? 0 : 1;
    return `${shown.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}
/** Bytes are whole; larger units keep one decimal below 100 (`48.2 MB`, `120 kB`). */
function roundForDisplay(value, unit) {
    if (unit === 0 || value >= 100)
        return Math.round(value);
    return Math.round(value * 10) / 10;
}
/** The 7-character form of a commit SHA; undefined for anything that is not one. */
function shortSha(sha) {
    if (sha === undefined || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    return sha.slice(0, 7).toLowerCase();
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   jZ: () => (/* binding */ sanitizeText)
/* harmony export */ });
/* unused harmony exports escapeWorkflowCommandText, markdownLinkTarget */
/**
 * Making text from cloudcast files (titles, tags, file names, messages that quote them) safe to
 * show: in markdown (job summary, PR comment) and in workflow commands (annotations, log lines).
 *
 * Outputs are left alone: they are data, written by @actions/core with a random heredoc
 * delimiter, and JSON-encoded where structured.
 */
const REPLACEMENT = "\uFFFD";
const ELLIPSIS = "…";
/** Line terminators for the runner (CR, LF), markdown (VT, FF) or Unicode (NEL, LS, PS). */
function isLineBreak(codePoint) {
    return ((codePoint >= 0x0a && codePoint <= 0x0d) ||
        codePoint === 0x85 ||
        codePoint === 0x2028 ||
        codePoint === 0x2029);
}
/**
 * Characters that are invisible or act on the terminal/renderer: C0 controls except tab, DEL,
 * C1 controls, bidirectional embeddings/overrides/isolates (they can make text read differently
 * from what it is — "Trojan Source"), and lone surrogates (not text at all).
 */
function isUnsafe(codePoint) {
    return ((codePoint < 0x20 && codePoint !== 0x09) ||
        (codePoint >= 0x7f && codePoint <= 0x9f) ||
        (codePoint >= 0x202a && codePoint <= 0x202e) ||
        (codePoint >= 0x2066 && codePoint <= 0x2069) ||
        (codePoint >= 0xd800 && codePoint <= 0xdfff));
}
/**
 * A quick test that lets ordinary text skip the character loop below. It over-matches (every
 * surrogate, also those of a well-formed pair); the loop decides.
 */
const MAY_NEED_SANITIZING = 
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
/**
 * One line of plain, visible text: every line break (CRLF counts once) becomes a space, every
 * other unsafe character becomes U+FFFD. Replaced rather than removed, so that removing one
 * cannot join its neighbours into something meaningful (`:\x00:` must not become `::`).
 */
function sanitizeText(text) {
    if (!MAY_NEED_SANITIZING.test(text))
        return text;
    let out = "";
    let previous = "";
    for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (char === "\n" && previous === "\r") {
            previous = char;
            continue;
        }
        if (isLineBreak(codePoint))
            out += " ";
        else if (isUnsafe(codePoint))
            out += REPLACEMENT;
        else
            out += char;
        previous = char;
    }
    return out;
}
/** At most `maxChars` code points (never half a surrogate pair), ending in "…" when cut. */
function truncateText(text, maxChars) {
    // A string has at least as many UTF-16 units as code points: short ones need no count.
    if (text.length <= maxChars)
        return text;
    let count = 0;
    let cutAt = 0;
    for (let i = 0; i < text.length; count += 1) {
        if (count === maxChars - 1)
            cutAt = i;
        if (count === maxChars)
            return text.slice(0, cutAt) + ELLIPSIS;
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    return text;
}
/** Where a line could start a workflow command (`::cmd::`, or the legacy `##[cmd]`). */
const COMMAND_START = /^\s*(::|##\[)/;
/** Not whitespace to the runner's TrimStart(), so a command prefix after it is inert. */
const ZERO_WIDTH_SPACE = "\u200B";
/**
 * File-derived text for an annotation message or title, or a log line: one line, no control or
 * bidi characters, and never the start of a workflow command even when printed on a line of
 * its own. (@actions/core escapes `%`, CR and LF in messages, and `:` and `,` in properties, so
 * within a command the text cannot end it early; this covers every other place it may go.)
 */
function escapeWorkflowCommandText(text) {
    const line = sanitizeText(text);
    return COMMAND_START.test(line) ? ZERO_WIDTH_SPACE + line : line;
}
/**
 * How a character is written so that markdown shows it literally. HTML-significant characters
 * become entities (these work in markdown and inline HTML alike); `$` too, as GitHub's math
 * scans the source for it; `@` and `#` get a zero-width space after them, so a title never
 * pings a user or cross-references an issue ("Episode #12" would otherwise show up on issue 12).
 */
const MARKDOWN_REPLACEMENTS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    $: "&#36;",
    "@": "@&#8203;",
    "#": "#&#8203;",
    "\t": " ",
};
/**
 * The characters above, and the ASCII punctuation that starts markdown syntax (emphasis, code,
 * links, tables, lists, …), which a backslash makes literal.
 */
const MARKDOWN_SPECIAL = /[&<>$@#\t\\`*_{}[\]()+\-.!|~]/g;
/**
 * Text that renders as itself in GitHub markdown, in a table cell, list item or link text:
 * `| a | b |` stays in its cell, `<img src=x>` shows as text, backticks make no code span.
 * One line (see {@link sanitizeText}). Not for inside code spans, where escapes do not apply.
 */
function escapeMarkdown(text) {
    return sanitizeText(text).replace(MARKDOWN_SPECIAL, (char) => MARKDOWN_REPLACEMENTS[char] ?? "\\" + char);
}
/**
 * Text as a code span, as GitHub's own bots write file names (`` `cloudcasts/a-b.yml` ``): shown
 * as it is, in a monospace font, with no markdown, HTML, mention, reference or math inside it.
 * One line (see {@link sanitizeText}). Per CommonMark, the fence is one backtick longer than the
 * longest run of backticks in the text, and a space pads both ends when the text starts or ends
 * with a backtick (or with spaces at both ends, which a renderer would strip).
 *
 * In a table cell a `|` still ends the cell, even inside a code span; GFM takes `\|` there as a
 * literal pipe, which `inTableCell` writes. Anywhere else the backslash would show.
 */
function codeSpan(text, options = {}) {
    let content = sanitizeText(text);
    if (options.inTableCell)
        content = content.replace(/\|/g, "\\|");
    if (content === "")
        return "` `";
    const longestRun = (content.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
    const fence = "`".repeat(longestRun + 1);
    const stripped = content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "";
    const pad = content.startsWith("`") || content.endsWith("`") || stripped ? " " : "";
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Characters a markdown link destination or a table cell would take as syntax. */
const LINK_UNSAFE = /[()|<>"'`\\\s]/g;
const MAX_URL_CHARS = 2000;
/** Mixcloud takes its token in the query string; a link carrying one must not be shown. */
function carriesCredentials(url) {
    return url.username !== "" || url.password !== "" || url.searchParams.has("access_token");
}
/**
 * A URL fit for `[text](…)`, or undefined when it is not an http(s) URL one would want to link
 * (malformed, another scheme, carrying credentials, absurdly long). Syntax characters are
 * percent-encoded, which leaves the address the same.
 */
function markdownLinkTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        return undefined;
    if (carriesCredentials(parsed) || parsed.href.length > MAX_URL_CHARS)
        return undefined;
    return parsed.href.replace(LINK_UNSAFE, (char) => "%" + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
/** `[text](url)` when the URL is linkable, else just the text (already escaped markdown). */
function markdownLink(escapedText, url) {
    const target = url === undefined ? undefined : markdownLinkTarget(url);
    return target === undefined ? escapedText : `[${escapedText}](${target})`;
}


/***/ })

};
