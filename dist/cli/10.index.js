export const id = 10;
export const ids = [10,930];
export const modules = {

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudcast_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1240);
/* harmony import */ var _cloudcast_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4105);
/* harmony import */ var _cloudcast_mixcloud_rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6440);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7242);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1348);
/* harmony import */ var _selection_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6317);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1532);
/* harmony import */ var _media_lfs_access_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9930);
/* harmony import */ var _tracklist_stage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7873);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8619);
/* harmony import */ var _licensing_option_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(114);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(625);
// `mixcloud-publish validate [--format text|json] [PATH…]`: reads cloudcast files and prints
// every problem as `file:line:col: message (rule)`. It has to stay fast — a repository of a
// thousand shows is checked in well under a second — so it imports only the format's own code
// (the tracklist readers only once a tracklist file is found), reads files a bounded number at a
// time, and keeps output to one write per problem line batch.













const USAGE = `Usage: mixcloud-publish validate [options] [PATH…]

Checks cloudcast files (a file, or every .yml/.yaml in a folder, recursively) and prints each
problem as file:line:col: message (rule), and each warning as file:line:col: warning: message
(rule). Warnings are what Mixcloud may hold against a show (its licensing rules); the audio is
not read here: \`publish --dry-run\` checks it too. PATH defaults to cloudcasts/.
Exit code: 0 all valid (warnings or not), 1 a problem was found, 2 bad command line or a path
that does not exist.

Options:
  --format text|json     output: one line per problem (default), or one JSON object
${_licensing_option_js__WEBPACK_IMPORTED_MODULE_10__/* .LICENSING_HELP */ .RH}  -h, --help             show this help
`;
const OPTIONS = {
    format: { type: "string" },
    ..._licensing_option_js__WEBPACK_IMPORTED_MODULE_10__/* .LICENSING_OPTION */ .Rm,
    help: { type: "boolean", short: "h" },
};
/** Files read at once: enough to keep the disk busy while the CPU parses, few enough to spare file handles. */
const READ_CONCURRENCY = 32;
/** Tries per LFS request, as `publish` makes by default (validate has no --retries). */
const LFS_ATTEMPTS = 5;
const validate = async (args, io) => {
    const line = (0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .readCommandLine */ .y)("validate", args, io, {
        options: OPTIONS,
        usage: USAGE,
        positionals: true,
    });
    if (typeof line === "number")
        return line;
    const { values, positionals } = line;
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") {
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .usageError */ .W)(io, "validate", new Error(`--format must be text or json, not '${format}'.`), USAGE, []);
    }
    const licensing = (0,_licensing_option_js__WEBPACK_IMPORTED_MODULE_10__/* .readLicensingOption */ .cU)(values.licensing);
    if (licensing instanceof Error)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .usageError */ .W)(io, "validate", licensing, USAGE, []);
    const found = await (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_6__.findCloudcastFiles)(positionals.length > 0 ? positionals : ["cloudcasts/"], io.cwd);
    for (const error of found.errors)
        io.stderr(`mixcloud-publish validate: ${error}\n`);
    // A tracklist export held as a Git LFS pointer is fetched as `publish` fetches it; the LFS
    // client loads only when one is met.
    const tracklists = (0,_tracklist_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .readCliTracklist */ .k)(io.cwd, (root) => (0,_media_lfs_access_js__WEBPACK_IMPORTED_MODULE_7__.createLocalLfsAccess)(root, LFS_ATTEMPTS));
    const checkFile = async (file) => {
        const parsed = await readAndParse(file, io.cwd);
        const stage = await tracklists(parsed);
        return { ...stage, parsed: withShowRules(stage.parsed, licensing) };
    };
    // An exception no check expected fails its own file; every other file is still reported.
    const results = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_12__/* .mapLimit */ .s)(found.files, READ_CONCURRENCY, (file) => checkFile(file).catch((error) => ({
        parsed: notChecked(file, (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .internalErrorAt */ .j)(file, error)),
    })));
    const report = summarise(results);
    if (format === "json")
        io.stdout(`${JSON.stringify(report)}\n`);
    else
        printText(io, report, located(results), found.files.length === 0 && found.errors.length === 0 ? positionals : undefined);
    if (found.errors.length > 0)
        return _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Usage;
    return report.invalid > 0 ? _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Problems : _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Ok;
};
/** Mixcloud's rules that need no audio (licensing): warnings, or problems under `error`. */
function withShowRules(parsed, licensing) {
    const cloudcast = parsed.cloudcast;
    if (cloudcast === undefined)
        return parsed;
    const found = (0,_cloudcast_mixcloud_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .showRules */ .R9)({ ...parsed, cloudcast }, {}, licensing);
    return {
        ...parsed,
        diagnostics: [...parsed.diagnostics, ...found.errors],
        warnings: [...(parsed.warnings ?? []), ...found.warnings],
    };
}
/** Reads a file's bytes — unless it is too big to be a cloudcast, which is reported without reading it. */
async function readAndParse(file, cwd) {
    const read = await (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readSmallFile */ .EW)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file), _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Limits */ .xu.fileBytes).catch((error) => error);
    if (read instanceof Error) {
        const message = `cannot read the file: ${read.message}`;
        return notChecked(file, (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R5)(file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .FILE_START */ .WS, "read-error", message));
    }
    if ("tooLarge" in read) {
        const message = (0,_cloudcast_source_js__WEBPACK_IMPORTED_MODULE_2__/* .fileTooLargeMessage */ .R6)(read.tooLarge);
        return notChecked(file, (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R5)(file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .FILE_START */ .WS, "file-too-large", message));
    }
    return (0,_cloudcast_parse_js__WEBPACK_IMPORTED_MODULE_1__.parseCloudcast)(read.bytes, file);
}
/** A file that could not be read or checked at all: one problem for the whole file. */
function notChecked(file, diagnostic) {
    return { file, diagnostics: [diagnostic], spans: {} };
}
function summarise(results) {
    const invalid = results.filter((r) => r.parsed.diagnostics.length > 0).length;
    return {
        files: results.length,
        valid: results.length - invalid,
        invalid,
        diagnostics: results.flatMap((r) => r.parsed.diagnostics),
        warnings: results.flatMap((r) => r.parsed.warnings ?? []),
        tracklists: results.flatMap((r) => r.source === undefined ? [] : [{ file: r.parsed.file, tracklist: r.source }]),
    };
}
/** A file's problems and warnings together, in the order of its lines; files in the order given. */
function located(results) {
    return results.flatMap(({ parsed }) => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .inLineOrder */ .QF)(parsed));
}
/** Not a problem, so not `file:line:col:`; what tracklist_exclude did is still worth seeing. */
function exclusionLine({ file, tracklist }) {
    const entries = `${tracklist.excluded} ${tracklist.excluded === 1 ? "entry" : "entries"}`;
    return `${file}: ${tracklist.sections} sections from ${tracklist.file}; tracklist_exclude left out ${entries}\n`;
}
function printText(io, report, lines, emptyPaths) {
    if (lines.length > 0)
        io.stdout(lines.map((d) => `${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDiagnostic */ .xy)(d)}\n`).join(""));
    const thinned = report.tracklists.filter((t) => t.tracklist.excluded > 0);
    if (thinned.length > 0)
        io.stdout(thinned.map(exclusionLine).join(""));
    if (emptyPaths !== undefined) {
        const where = emptyPaths.length > 0 ? emptyPaths.join(", ") : "cloudcasts/";
        io.stderr(`mixcloud-publish validate: no .yml or .yaml files in ${where}\n`);
    }
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const problems = report.invalid > 0 ? ` (${plural(report.diagnostics.length, "problem")})` : "";
    const warnings = report.warnings.length > 0 ? `, ${plural(report.warnings.length, "warning")}` : "";
    io.stdout(`${plural(report.files, "file")} checked: ${report.valid} valid, ${report.invalid} invalid${problems}${warnings}\n`);
}


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 9930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLocalLfsAccess: () => (/* binding */ createLocalLfsAccess)
/* harmony export */ });
/* unused harmony export createLfsAccess */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

function createLfsAccess(settings) {
    return loadedOnUse(async () => (await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 6168))).createLfsClient(settings));
}
/**
 * The command line's access to the LFS server of the clone at `workspace`: a clone made with
 * GIT_LFS_SKIP_SMUDGE=1 holds pointers, whose objects are fetched as git-lfs fetches them, with
 * the credentials `git credential fill` gives for the server; a server on the user's own network
 * is fine. The URL policy (and its address parser) loads with the client, so `validate` pays
 * nothing for it until an export is a pointer.
 */
function createLocalLfsAccess(workspace, attempts) {
    return loadedOnUse(async () => {
        const [{ createLfsClient }, { PRIVATE_ALLOWED }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 6168)),
            Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(736)]).then(__webpack_require__.bind(__webpack_require__, 2736)),
        ]);
        return createLfsClient({
            workspace,
            gitCredentials: true,
            tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
            attempts,
            urlPolicy: PRIVATE_ALLOWED,
        });
    });
}
function loadedOnUse(load) {
    let client;
    const loaded = () => (client ??= load());
    return {
        open: async (id, label, signal) => (await loaded()).open(id, label, signal),
        download: async (id, label, filename, signal) => (await loaded()).download(id, label, filename, signal),
    };
}


/***/ }),

/***/ 7873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readCliTracklist),
/* harmony export */   y: () => (/* binding */ readCloudcastTracklist)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5733);
/* harmony import */ var _selection_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6317);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1087);
// The tracklist stage as the pipeline and `validate` run it: where the workspace is, how paths
// are named, and one folder listing shared by every file of a run.





/** A function that completes each parsed cloudcast file (named workspace-relative) of a run. */
function readCloudcastTracklist(workspace, lfs) {
    let shared;
    return async (parsed) => {
        if (!(0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .mayHaveTracklistFile */ .jN)(parsed))
            return { parsed };
        shared ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace).then((root) => ({ root, listFolder: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .folderLister */ .SN)(root) }));
        const { root, listFolder } = await shared;
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .applyTracklistFile */ .yC)(parsed, {
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
function readCliTracklist(cwd, lfsOf) {
    const realCwd = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cwd).catch(() => cwd);
    // Per folder, not per file: a thousand files in one folder cost one realpath and one walk up.
    const folders = new Map();
    // Per repository: its folder listings, and its way to its LFS server (made on first use).
    const repositories = new Map();
    const placeOf = (folder) => {
        let place = folders.get(folder);
        if (place === undefined) {
            place = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(folder)
                .catch(() => folder)
                .then(async (real) => ({ folder: real, root: await findRoot(real, await realCwd) }));
            folders.set(folder, place);
        }
        return place;
    };
    return async (parsed) => {
        if (!(0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .mayHaveTracklistFile */ .jN)(parsed))
            return { parsed };
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, parsed.file);
        const { folder, root } = await placeOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute));
        let repository = repositories.get(root);
        if (repository === undefined) {
            repository = { listFolder: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .folderLister */ .SN)(root), ...(lfsOf && { lfs: lfsOf(root) }) };
            repositories.set(root, repository);
        }
        const base = await realCwd;
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .applyTracklistFile */ .yC)(parsed, {
            root,
            cloudcastPath: slashes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute)))),
            display: (path) => (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), base),
            ...repository,
        });
    };
}
/** The nearest folder up from `folder` with a `.git` entry; else `cwd` if it holds `folder`; else `folder`. */
async function findRoot(folder, cwd) {
    for (let at = folder;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, ".git")))
            return at;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
            break;
    }
    return (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(cwd, folder) ? cwd : folder;
}
function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).then(() => true, () => false);
}
function slashes(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === "/" ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
}


/***/ })

};
