export const id = 10;
export const ids = [10,317];
export const modules = {

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError),
/* harmony export */   y: () => (/* binding */ readCommandLine)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8619);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2969);
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
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const hint = unknown === undefined ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(unknown.replace(/^-+/, ""), knownOptions);
    io.stderr(`mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
        `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`);
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Usage;
}


/***/ }),

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudcast_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6160);
/* harmony import */ var _cloudcast_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4105);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1348);
/* harmony import */ var _selection_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6317);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1532);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8619);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(625);
// `mixcloud-publish validate [--format text|json] [PATH…]`: reads cloudcast files and prints
// every problem as `file:line:col: message (rule)`. It has to stay fast — a repository of a
// thousand shows is checked in well under a second — so it imports only the format's own code,
// reads files a bounded number at a time, and keeps output to one write per problem line batch.









const USAGE = `Usage: mixcloud-publish validate [options] [PATH…]

Checks cloudcast files (a file, or every .yml/.yaml in a folder, recursively) and prints each
problem as file:line:col: message (rule). PATH defaults to cloudcasts/.
Exit code: 0 all valid, 1 a problem was found, 2 bad command line or a path that does not exist.

Options:
  --format text|json     output: one line per problem (default), or one JSON object
  -h, --help             show this help
`;
const OPTIONS = {
    format: { type: "string" },
    help: { type: "boolean", short: "h" },
};
/** Files read at once: enough to keep the disk busy while the CPU parses, few enough to spare file handles. */
const READ_CONCURRENCY = 32;
const validate = async (args, io) => {
    const line = (0,_usage_js__WEBPACK_IMPORTED_MODULE_7__/* .readCommandLine */ .y)("validate", args, io, {
        options: OPTIONS,
        usage: USAGE,
        positionals: true,
    });
    if (typeof line === "number")
        return line;
    const { values, positionals } = line;
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") {
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .W)(io, "validate", new Error(`--format must be text or json, not '${format}'.`), USAGE, []);
    }
    const found = await (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_5__.findCloudcastFiles)(positionals.length > 0 ? positionals : ["cloudcasts/"], io.cwd);
    for (const error of found.errors)
        io.stderr(`mixcloud-publish validate: ${error}\n`);
    const results = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(found.files, READ_CONCURRENCY, (file) => readAndParse(file, io.cwd));
    const report = summarise(results);
    if (format === "json")
        io.stdout(`${JSON.stringify(report)}\n`);
    else
        printText(io, report, found.files.length === 0 && found.errors.length === 0 ? positionals : undefined);
    if (found.errors.length > 0)
        return _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.Usage;
    return report.invalid > 0 ? _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.Problems : _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.Ok;
};
/** Reads a file's bytes — unless it is too big to be a cloudcast, which is reported without reading it. */
async function readAndParse(file, cwd) {
    const read = await (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readSmallFile */ .E)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file), _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Limits */ .xu.fileBytes).catch((error) => error);
    if (read instanceof Error) {
        const message = `cannot read the file: ${read.message}`;
        return {
            file,
            diagnostics: [(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosticAt */ .R5)(file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .FILE_START */ .WS, "read-error", message)],
            spans: {},
        };
    }
    if ("tooLarge" in read) {
        const message = (0,_cloudcast_source_js__WEBPACK_IMPORTED_MODULE_2__/* .fileTooLargeMessage */ .R6)(read.tooLarge);
        return {
            file,
            diagnostics: [(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosticAt */ .R5)(file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .FILE_START */ .WS, "file-too-large", message)],
            spans: {},
        };
    }
    return (0,_cloudcast_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCloudcast */ .i)(read.bytes, file);
}
function summarise(results) {
    const invalid = results.filter((r) => r.diagnostics.length > 0).length;
    return {
        files: results.length,
        valid: results.length - invalid,
        invalid,
        diagnostics: results.flatMap((r) => r.diagnostics),
    };
}
function printText(io, report, emptyPaths) {
    if (report.diagnostics.length > 0) {
        io.stdout(report.diagnostics.map((d) => `${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .xy)(d)}\n`).join(""));
    }
    if (emptyPaths !== undefined) {
        const where = emptyPaths.length > 0 ? emptyPaths.join(", ") : "cloudcasts/";
        io.stderr(`mixcloud-publish validate: no .yml or .yaml files in ${where}\n`);
    }
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const problems = report.invalid > 0 ? ` (${plural(report.diagnostics.length, "problem")})` : "";
    io.stdout(`${plural(report.files, "file")} checked: ${report.valid} valid, ${report.invalid} invalid${problems}\n`);
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
};
const Outputs = {
    Urls: "urls",
    Results: "results",
    Published: "published",
    Updated: "updated",
    Skipped: "skipped",
    Failed: "failed",
    Invalid: "invalid",
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
/** The hidden marker that finds the sticky PR comment again. */
const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";


/***/ }),

/***/ 1348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   WS: () => (/* binding */ FILE_START),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony export warningAt */
/** The span of the first character of a file: for problems that belong to the file as a whole. */
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function diagnosticAt(file, span, rule, message) {
    return { file, ...span, message, rule };
}
function warningAt(file, span, rule, message) {
    return { file, ...span, message, rule, severity: "warning" };
}
/**
 * The stable, grep-able one-line form used by the CLI: `file:line:col: message (rule)`, and
 * `file:line:col: warning: message (rule)` for a warning.
 */
function formatDiagnostic(d) {
    const level = d.severity === "warning" ? "warning: " : "";
    return `${d.file}:${d.line}:${d.column}: ${level}${d.message} (${d.rule})`;
}
/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}


/***/ }),

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile),
/* harmony export */   findCloudcastFiles: () => (/* binding */ findCloudcastFiles)
/* harmony export */ });
/* unused harmony export displayPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const CLOUDCAST_FILE = /\.ya?ml$/i;
/**
 * The cloudcast files named by command-line paths: a file is taken as given, a folder is
 * searched recursively for `.yml`/`.yaml` files — skipping `node_modules` and dot-folders, and
 * not following symbolic links to folders, which could loop.
 */
async function findCloudcastFiles(paths, cwd) {
    const found = new Set();
    const errors = [];
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute).catch((error) => error);
        if (info instanceof Error) {
            errors.push(`${path}: ${describeError(info)}`);
        }
        else if (info.isDirectory()) {
            await walk(absolute, found, errors, cwd);
        }
        else if (info.isFile()) {
            found.add(absolute);
        }
        else {
            errors.push(`${path}: not a file or a folder`);
        }
    }
    const files = [...found].map((file) => displayPath(file, cwd));
    return { files: [...new Set(files)].sort(), errors };
}
async function walk(folder, found, errors, cwd) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { withFileTypes: true }).catch((error) => error);
    if (entries instanceof Error) {
        errors.push(`${displayPath(folder, cwd)}/: ${describeError(entries)}`);
        return;
    }
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith(".") && entry.name !== "node_modules")
                await walk(path, found, errors, cwd);
        }
        else if (CLOUDCAST_FILE.test(entry.name) && (entry.isFile() || (await isFileLink(path)))) {
            found.add(path);
        }
    }
}
async function isFileLink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    return info?.isFile() ?? false;
}
/** How a path is shown and reported: relative to the working directory, with `/`. */
function displayPath(absolute, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, absolute);
    const shown = rel === "" || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) ? absolute : rel;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === "/" ? shown : shown.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
}
function describeError(error) {
    if (error.code === "ENOENT")
        return "no such file or folder";
    if (error.code === "EACCES" || error.code === "EPERM")
        return "permission denied";
    if (error.code === "ENOTDIR")
        return "a part of the path is not a folder";
    return error.message;
}
/**
 * Reads a file of at most `limit` bytes. Callback-style `fs` on purpose: for the thousands of
 * small files `validate` reads, it costs half as much as `fs/promises` file handles.
 */
function readSmallFile(path, limit) {
    return new Promise((resolvePromise, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r", (openError, fd) => {
            if (openError)
                return reject(openError);
            const finish = (error, result) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => (error ? reject(error) : resolvePromise(result)));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat)(fd, (statError, info) => {
                if (statError)
                    return finish(statError);
                if (info.size > limit)
                    return finish(null, { tooLarge: info.size });
                readAll(fd, Buffer.allocUnsafe(info.size), 0, finish);
            });
        });
    });
}
function readAll(fd, buffer, offset, done) {
    if (offset === buffer.length)
        return done(null, { bytes: buffer });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, offset, buffer.length - offset, offset, (error, bytesRead) => {
        if (error)
            return done(error);
        // The file shrank while being read: keep what is there.
        if (bytesRead === 0)
            return done(null, { bytes: buffer.subarray(0, offset) });
        readAll(fd, buffer, offset + bytesRead, done);
    });
}


/***/ })

};
