export const id = 541;
export const ids = [541];
export const modules = {

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudcastYaml: () => (/* binding */ cloudcastYaml),
/* harmony export */   formatStart: () => (/* binding */ formatStart),
/* harmony export */   importCommand: () => (/* binding */ importCommand),
/* harmony export */   toKey: () => (/* binding */ toKey)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8619);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(625);
/* harmony import */ var _netrc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6475);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
// `mixcloud-publish import KEY…`: brings existing Mixcloud uploads under the repository by
// writing a cloudcast file for each (title, description, tags, tracklist as far as the API
// returns it, and `key`, so later runs edit that upload rather than create another).







const USAGE = `Usage: mixcloud-publish import [options] KEY…

Writes a cloudcast file for each existing Mixcloud upload, named by its key (/user/slug/) or
its URL (https://www.mixcloud.com/user/slug/), so that the repository manages it from now on.

Options:
  --dir DIR              where to write the files (default cloudcasts/)
  --force                overwrite files that exist
  --token TOKEN          access token, to read unlisted uploads (else MIXCLOUD_ACCESS_TOKEN, ~/.netrc)
  --api-url URL          Mixcloud API root (default ${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_API_URL */ .rK})
  -h, --help             show this help
`;
const OPTIONS = {
    dir: { type: "string" },
    force: { type: "boolean" },
    token: { type: "string" },
    "api-url": { type: "string" },
    help: { type: "boolean", short: "h" },
};
const importCommand = async (args, io) => {
    const line = (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .readCommandLine */ .y)("import", args, io, {
        options: OPTIONS,
        usage: USAGE,
        positionals: true,
    });
    if (typeof line === "number")
        return line;
    const { values, positionals } = line;
    const keys = positionals.map(toKey);
    const bad = positionals.filter((_, i) => keys[i] === undefined);
    if (positionals.length === 0 || bad.length > 0) {
        io.stderr(`mixcloud-publish import: ${bad.length > 0 ? `not a cloudcast key or URL: ${bad.join(", ")}` : "name at least one cloudcast"}.\n\n${USAGE}`);
        return _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Usage;
    }
    const token = await (0,_netrc_js__WEBPACK_IMPORTED_MODULE_4__/* .lookupToken */ .qK)(values.token, io.env);
    const { MixcloudClient } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(870)]).then(__webpack_require__.bind(__webpack_require__, 870));
    const client = new MixcloudClient({
        apiUrl: (values["api-url"] ?? _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_API_URL */ .rK).replace(/\/+$/, ""),
        token: token?.token,
        attempts: 3,
    });
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, values.dir ?? "cloudcasts");
    let failures = 0;
    try {
        for (const key of keys) {
            try {
                const written = await importOne(client, key, dir, values.force === true);
                io.stdout(`imported  ${key}  ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, written)}\n`);
            }
            catch (error) {
                failures++;
                io.stderr(`mixcloud-publish import: ${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}\n`);
            }
        }
    }
    finally {
        await client.close();
    }
    return failures > 0 ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Problems : _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Ok;
};
async function importOne(client, key, dir, force) {
    const cloudcast = await client.getCloudcast(key);
    if (cloudcast === null)
        throw new Error("not on Mixcloud (check the key; an unlisted upload needs its owner's token)");
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${fileStem(cloudcast)}.yml`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, await cloudcastYaml(cloudcast), { flag: force ? "w" : "wx" });
    }
    catch (error) {
        if (error.code === "EEXIST")
            throw new Error(`${path} exists: pass --force to overwrite it`);
        throw error;
    }
    return path;
}
/** The YAML of a cloudcast file describing `remote`; audio is left out (it is never re-uploaded for a `key`). */
async function cloudcastYaml(remote) {
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const document = { title: remote.name };
    if (remote.description)
        document["desc"] = remote.description;
    if (remote.tags.length > 0)
        document["tags"] = remote.tags.slice(0, 5);
    if (remote.sections && remote.sections.length > 0) {
        document["tracks"] = remote.sections.map((s) => s.kind === "track"
            ? { start: formatStart(s.start), artist: s.artist, track: s.song }
            : { start: formatStart(s.start), chapter: s.chapter });
    }
    document["key"] = remote.key;
    const header = `# Imported from ${remote.url ?? remote.key} by mixcloud-publish import.\n`;
    return header + stringify(document, { lineWidth: 100 });
}
/** Seconds as the `m:ss` / `h:mm:ss` a person writes, quoted by the YAML writer as a string. */
function formatStart(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, "0");
    return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
/** A key `/user/slug/`, from a key or a mixcloud.com URL; undefined when it is neither. */
function toKey(input) {
    let path = input.trim();
    if (/^https?:\/\//i.test(path)) {
        try {
            path = new URL(path).pathname;
        }
        catch {
            return undefined;
        }
    }
    const parts = path.split("/").filter(Boolean);
    return parts.length === 2 ? `/${parts[0]}/${parts[1]}/` : undefined;
}
function fileStem(remote) {
    const slug = decodeURIComponent(remote.key.split("/").filter(Boolean)[1] ?? remote.slug);
    return slug.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "") || "cloudcast";
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError),
/* harmony export */   y: () => (/* binding */ readCommandLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8619);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2969);
// One way for every command to read its command line: --help prints the usage (exit 0); a bad
// command line says what was wrong, the nearest known option when there is one, and where the
// help is (exit 2).




/**
 * Parses `args` against `options` (which must include `help`). Returns the parsed values and
 * positionals, or the exit code when the command should stop here (help shown, usage error).
 */
function readCommandLine(command, args, io, spec) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: spec.options,
            allowPositionals: spec.positionals,
            strict: true,
        });
        if (parsed.values.help === true) {
            io.stdout(spec.usage);
            return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        }
        return parsed;
    }
    catch (error) {
        return usageError(io, command, error, spec.usage, Object.keys(spec.options));
    }
}
function usageError(io, command, error, usage, knownOptions) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const hint = unknown === undefined ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestName */ .N)(unknown.replace(/^-+/, ""), knownOptions);
    io.stderr(`mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
        `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`);
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Usage;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ MAX_EXCLUDE_PATTERNS),
/* harmony export */   Mb: () => (/* binding */ URL_CHECK_BUDGET_MS),
/* harmony export */   _c: () => (/* binding */ DEFAULT_OAUTH_URL),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   xu: () => (/* binding */ Limits)
/* harmony export */ });
/* unused harmony exports Inputs, Outputs, DEFAULT_FILES, COMMENT_MARKER */
/** Names of the action's inputs and outputs (action.yml), kept in one place. */
const Inputs = {
    AccessToken: "access-token",
    Files: "files",
    ChangedOnly: "changed-only",
    DryRun: "dry-run",
    IfExists: "if-exists",
    Comment: "comment",
    GithubToken: "github-token",
    ApiUrl: "api-url",
    Concurrency: "concurrency",
    Retries: "retries",
    Licensing: "licensing",
    Prereleases: "prereleases",
    AllowPrivateUrls: "allow-private-urls",
};
const Outputs = {
    Urls: "urls",
    Results: "results",
    Published: "published",
    Updated: "updated",
    Skipped: "skipped",
    Failed: "failed",
    Invalid: "invalid",
    Warnings: "warnings",
    Matrix: "matrix",
};
const DEFAULT_FILES = (/* unused pure expression or super */ null && (["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"]));
const DEFAULT_API_URL = "https://api.mixcloud.com";
/** OAuth lives on the website host, not the API host. */
const DEFAULT_OAUTH_URL = "https://www.mixcloud.com/oauth";
/** Limits from SPEC §2 and the Mixcloud API. */
const Limits = {
    fileBytes: 1024 * 1024,
    descriptionChars: 1000,
    tags: 5,
    hosts: 2,
    audioBytes: 4 * 1024 * 1024 * 1024,
    pictureBytes: 10 * 1024 * 1024,
};
/**
 * All the URL checks of one run together get three minutes. A healthy check takes well under a
 * second (one HEAD), so a hundred URL shows need seconds; three minutes is six times the
 * per-URL timeout, so a few slow hosts do not use it up, while a pull request naming a thousand
 * URLs that never answer costs three minutes of the job, not an hour (8 checks at a time × 30 s).
 */
const URL_CHECK_BUDGET_MS = 3 * 60_000;
/**
 * The most `tracklist_exclude` patterns one cloudcast may have (checked with the format, used by
 * the tracklist stage). A playout log's non-music entries fall under a handful of patterns
 * (station idents, jingles, adverts, news, weather, a few named sponsors): even a station with
 * many writes a few dozen. Each pattern reads every name once, so the work grows with their
 * number; 100 bounds it while leaving room for any real list.
 */
const MAX_EXCLUDE_PATTERNS = 100;
/** The hidden marker that finds the sticky PR comment again. */
const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown, for a one-line report. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
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


/***/ })

};
