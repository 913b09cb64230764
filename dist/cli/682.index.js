export const id = 682;
export const ids = [682];
export const modules = {

/***/ 6134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseStartTime),
/* harmony export */   z: () => (/* binding */ formatStartTime)
/* harmony export */ });
const CLOCK = /^(\d+):(\d+)(?::(\d+))?$/;
/**
 * A section's `start` in seconds: a non-negative whole number, or `m:ss` / `h:mm:ss` text.
 * YAML 1.2 reads an unquoted `1:25` as the text "1:25" (YAML 1.1 read it as the sexagesimal
 * number 85); either way it is 85 seconds here.
 */
function parseStartTime(value) {
    return typeof value === "number" ? fromNumber(value) : fromClock(value);
}
function fromNumber(value) {
    if (!Number.isInteger(value)) {
        return { rule: "start-format", message: `start must be whole seconds or m:ss, not ${value}` };
    }
    if (value < 0 || Object.is(value, -0)) {
        return { rule: "start-format", message: `start must not be negative (${value})` };
    }
    if (!Number.isSafeInteger(value)) {
        return { rule: "start-format", message: `start ${value} is too large to be a time in a mix` };
    }
    return { seconds: value };
}
function fromClock(text) {
    const match = CLOCK.exec(text);
    if (!match) {
        const hint = /^\d+$/.test(text) ? `: write it without quotes, start: ${text}` : "";
        return {
            rule: "start-format",
            message: `start must be whole seconds (e.g. 85) or m:ss / h:mm:ss (e.g. 1:25 or 1:02:03), not "${text}"${hint}`,
        };
    }
    const [, first = "", second = "", third] = match;
    const fields = third === undefined
        ? { hours: "0", minutes: first, seconds: second, wide: false }
        : { hours: first, minutes: second, seconds: third, wide: true };
    return fromFields(text, fields);
}
function fromFields(text, f) {
    const hours = Number(f.hours);
    const minutes = Number(f.minutes);
    const seconds = Number(f.seconds);
    if (seconds >= 60) {
        return { rule: "start-range", message: `start ${text}: the seconds field must be below 60` };
    }
    if (minutes >= 60) {
        const asHours = `${Math.floor(minutes / 60) + hours}:${pad(minutes % 60)}:${pad(seconds)}`;
        return {
            rule: "start-range",
            message: `start ${text}: the minutes field must be below 60; write it as ${asHours}`,
        };
    }
    const minuteDigits = f.wide ? f.minutes.length === 2 : f.minutes.length <= 2;
    if (f.seconds.length !== 2 || !minuteDigits) {
        const example = f.wide ? "1:02:03" : "1:05";
        return {
            rule: "start-format",
            message: `start "${text}": write minutes and seconds with two digits, as in ${example}`,
        };
    }
    const total = hours * 3600 + minutes * 60 + seconds;
    if (!Number.isSafeInteger(total)) {
        return { rule: "start-format", message: `start ${text} is too large to be a time in a mix` };
    }
    return { seconds: total };
}
function pad(n) {
    return String(n).padStart(2, "0");
}
/** Seconds as the `m:ss` / `h:mm:ss` people write, for messages. */
function formatStartTime(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}


/***/ }),

/***/ 8682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tracklist: () => (/* binding */ tracklist)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/selection/files.ts
var files = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/tracklist/exclude.ts
var exclude = __webpack_require__(2609);
// EXTERNAL MODULE: ./src/tracklist/file.ts + 1 modules
var tracklist_file = __webpack_require__(9675);
// EXTERNAL MODULE: ./src/tracklist/resolve.ts
var resolve = __webpack_require__(1087);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/cloudcast/start-time.ts
var start_time = __webpack_require__(6134);
;// CONCATENATED MODULE: ./src/tracklist/to-yaml.ts
// Sections as the `tracks:` YAML a person would write, printed on their own or put into a
// cloudcast file in place of `tracks:`/`tracklist:`, keeping the rest of the file as it is.


function plain(section) {
    const start = (0,start_time/* formatStartTime */.z)(section.start);
    if (section.kind === "chapter")
        return { start, chapter: section.chapter };
    const track = { start, artist: section.artist, track: section.song };
    // The album is kept: the licensing rules count tracks from one album (it is never sent).
    if (section.album !== undefined)
        track["album"] = section.album;
    return track;
}
const OUTPUT = { lineWidth: 0 };
/** `tracks:` and its list, as a YAML document of its own. */
function tracksYaml(sections) {
    return new dist/* Document */.yo({ tracks: sections.map(plain) }).toString(OUTPUT);
}
/**
 * `text` (a cloudcast file) with `tracks:` set to the sections: the value of an existing
 * `tracks:` replaced, or `tracklist:` turned into `tracks:` where it stands, or `tracks:` added
 * at the end. `tracklist_exclude:` goes too, its work done. Comments, key order and the other
 * values stay as written; CRLF line ends and a BOM are kept.
 */
function putTracksInto(text, sections) {
    const bom = text.startsWith("\uFEFF");
    const crlf = /\r\n/.test(text);
    const doc = (0,dist/* parseDocument */.Tp)(bom ? text.slice(1) : text, { keepSourceTokens: false });
    const problem = doc.errors[0];
    if (problem !== undefined)
        return { error: `its YAML cannot be read (${problem.message.split("\n")[0]}): fix it first` };
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return { error: "it is not a mapping of keys such as title:" };
    const map = doc.contents;
    const value = doc.createNode(sections.map(plain));
    const replaced = replacePair(map, "tracks", value)
        ? "tracks"
        : replacePair(map, "tracklist", value)
            ? "tracklist"
            : "none";
    if (replaced === "none")
        map.add(doc.createPair("tracks", value));
    const index = map.items.findIndex((pair) => keyOf(pair) === "tracklist_exclude");
    if (index >= 0)
        map.items.splice(index, 1);
    const written = doc.toString(OUTPUT);
    return {
        text: (bom ? "\uFEFF" : "") + (crlf ? written.replace(/\n/g, "\r\n") : written),
        replaced,
    };
}
/** Gives the pair named `name` the new value (and the name `tracks`); false when there is none. */
function replacePair(map, name, value) {
    const pair = map.items.find((item) => keyOf(item) === name);
    if (pair === undefined)
        return false;
    if ((0,dist/* isScalar */.jn)(pair.key))
        pair.key.value = "tracks";
    else
        pair.key = "tracks";
    pair.value = value;
    return true;
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
}

// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/commands/usage.ts
var usage = __webpack_require__(625);
;// CONCATENATED MODULE: ./src/commands/tracklist.ts
// `mixcloud-publish tracklist FILE [--into show.yml] [--exclude PATTERN]…`: the `tracks:` YAML
// of a DJ program's export, printed, or written into a cloudcast file — for a DJ who would
// rather convert once and edit the tracklist by hand than keep the export in the repository.












const USAGE = `Usage: mixcloud-publish tracklist [options] FILE

Reads a tracklist exported by DJ software — a CUE sheet, a Traktor history (.nml), a Serato
history (.csv export, or the .session file itself), a VirtualDJ history (.m3u or
tracklist.txt), or plain text with one "0:00 Artist - Title" a line — and prints it as the
tracks: of a cloudcast file.

Options:
  --into FILE            write the tracks into this cloudcast file instead, in place of its
                         tracks: or tracklist: (its tracklist_exclude patterns apply, then go);
                         the rest of the file and its comments stay as they are
  --exclude PATTERN      leave out entries whose "Artist - Title" matches this glob pattern,
                         ignoring case (e.g. "*jingle*"); may be given more than once
  -h, --help             show this help

Exit status: 0 done; 1 a problem in the tracklist or the cloudcast file; 2 usage, or a file
that cannot be read.
`;
const OPTIONS = {
    into: { type: "string" },
    exclude: { type: "string", multiple: true },
    help: { type: "boolean", short: "h" },
};
const tracklist = async (args, io) => {
    const line = (0,usage/* readCommandLine */.y)("tracklist", args, io, {
        options: OPTIONS,
        usage: USAGE,
        positionals: true,
    });
    if (typeof line === "number")
        return line;
    const { values, positionals } = line;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
        const why = file === undefined ? "name one tracklist file" : "name only one tracklist file";
        io.stderr(`mixcloud-publish tracklist: ${why}.\n\n${USAGE}`);
        return types/* ExitCode */.y.Usage;
    }
    const into = values.into === undefined ? undefined : await readInto(values.into, io);
    if (typeof into === "number")
        return into;
    const patterns = [...(values.exclude ?? []), ...(into?.patterns ?? [])];
    const sections = await readSections(file, patterns, io);
    if (typeof sections === "number")
        return sections;
    if (into === undefined) {
        io.stdout(tracksYaml(sections));
        return types/* ExitCode */.y.Ok;
    }
    return writeInto(into, sections, (0,files/* displayPath */.Gt)((0,external_node_path_.resolve)(io.cwd, file), io.cwd), io);
};
/** The tracklist file's sections, or the exit code after printing why there are none. */
async function readSections(file, patterns, io) {
    const shown = (0,files/* displayPath */.Gt)((0,external_node_path_.resolve)(io.cwd, file), io.cwd);
    const bytes = await readFile((0,external_node_path_.resolve)(io.cwd, file), shown, tracklist_file/* TRACKLIST_MAX_BYTES */.dk, io);
    if (typeof bytes === "number")
        return bytes;
    const { parseTracklist } = await Promise.all(/* import() */[__webpack_require__.e(902), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 8644));
    const parsed = parseTracklist(bytes, shown);
    const { kept, hits, unreadable, unmatchedLong } = (0,exclude.excludeEntries)(parsed.entries, patterns);
    const { placed, diagnostics } = (0,resolve/* sectionsOf */.Ks)(kept, shown);
    const errors = [...parsed.diagnostics, ...diagnostics].sort(diagnostic/* compareDiagnostics */.oV);
    printDiagnostics(io, [...errors, ...parsed.warnings].sort(diagnostic/* compareDiagnostics */.oV));
    for (const { index, reason } of unreadable) {
        io.stderr(`mixcloud-publish tracklist: ${(0,resolve/* unreadablePatternMessage */.DY)(patterns[index] ?? "", reason)}\n`);
    }
    patterns.forEach((pattern, i) => {
        const compiled = !unreadable.some((u) => u.index === i);
        if (compiled && hits[i] === 0)
            io.stderr(`mixcloud-publish tracklist: warning: "${pattern}" matches no entry of ${shown}\n`);
    });
    if (unmatchedLong > 0)
        io.stderr(`mixcloud-publish tracklist: warning: ${(0,resolve/* longNamesMessage */.wR)(unmatchedLong, shown)}\n`);
    if (unreadable.length > 0)
        return types/* ExitCode */.y.Problems;
    if (errors.length > 0) {
        const count = `${errors.length} problem${errors.length === 1 ? "" : "s"}`;
        io.stderr(`mixcloud-publish tracklist: ${shown}: ${count}; nothing written\n`);
        return types/* ExitCode */.y.Problems;
    }
    const left = parsed.entries.length - kept.length;
    if (left > 0)
        io.stderr(`${shown}: ${left} of ${parsed.entries.length} entries left out\n`);
    return placed.map((p) => p.section);
}
async function readInto(file, io) {
    const path = (0,external_node_path_.resolve)(io.cwd, file);
    const shown = (0,files/* displayPath */.Gt)(path, io.cwd);
    const bytes = await readFile(path, shown, constants/* Limits */.xu.fileBytes, io);
    if (typeof bytes === "number")
        return bytes;
    const { parseCloudcast } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 1240));
    const parsed = parseCloudcast(bytes, shown);
    const problems = parsed.diagnostics.filter((d) => d.rule !== "tracks-and-tracklist");
    if (problems.length > 0) {
        printDiagnostics(io, problems);
        io.stderr(`mixcloud-publish tracklist: fix ${shown} first; nothing written\n`);
        return types/* ExitCode */.y.Problems;
    }
    const text = new TextDecoder().decode(bytes);
    return { path, shown, text, patterns: parsed.cloudcast?.tracklistExclude ?? [] };
}
async function writeInto(into, sections, from, io) {
    const result = putTracksInto(into.text, sections);
    if ("error" in result) {
        io.stderr(`mixcloud-publish tracklist: ${into.shown}: ${result.error}\n`);
        return types/* ExitCode */.y.Problems;
    }
    // Written beside it and renamed over it: an interrupted write never leaves half a file.
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(into.path), `.${(0,external_node_path_.basename)(into.path)}.${process.pid}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, result.text, { flag: "wx" });
        await (0,promises_.rename)(temporary, into.path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        io.stderr(`mixcloud-publish tracklist: cannot write ${into.shown}: ${(0,errors/* errorMessage */.g)(error)}\n`);
        return types/* ExitCode */.y.Problems;
    }
    const n = `${sections.length} section${sections.length === 1 ? "" : "s"} from ${from}`;
    const done = {
        tracks: `its tracks: replaced by ${n}`,
        tracklist: `its tracklist: replaced by tracks: with ${n}`,
        none: `tracks: added with ${n}`,
    }[result.replaced];
    io.stdout(`${into.shown}: ${done}\n`);
    return types/* ExitCode */.y.Ok;
}
async function readFile(path, shown, limit, io) {
    const read = await (0,files/* readSmallFile */.EW)(path, limit).catch((error) => error);
    if (read instanceof Error) {
        const why = read.code === "ENOENT"
            ? "no such file"
            : read.code === "EISDIR"
                ? "a folder, not a file"
                : read.message;
        io.stderr(`mixcloud-publish tracklist: ${shown}: ${why}\n`);
        return types/* ExitCode */.y.Usage;
    }
    if ("tooLarge" in read) {
        io.stderr(`mixcloud-publish tracklist: ${shown} is ${read.tooLarge} bytes, more than the ${limit} read: is this the right file?\n`);
        return types/* ExitCode */.y.Problems;
    }
    return read.bytes;
}
function printDiagnostics(io, diagnostics) {
    if (diagnostics.length > 0)
        io.stderr(diagnostics.map((d) => `${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`).join(""));
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

/***/ 1348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ warningAt),
/* harmony export */   OI: () => (/* binding */ moreProblems),
/* harmony export */   QF: () => (/* binding */ inLineOrder),
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   WS: () => (/* binding */ FILE_START),
/* harmony export */   j: () => (/* binding */ internalErrorAt),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   uV: () => (/* binding */ MAX_DIAGNOSTICS),
/* harmony export */   uo: () => (/* binding */ capped),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** The span of the first character of a file: for problems that belong to the file as a whole. */
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function diagnosticAt(file, span, rule, message) {
    return { file, ...span, message, rule };
}
/** Where to report a bug: said in every `internal-error` diagnostic. */
const ISSUES_URL = "https://github.com/mixcloud-publish/mixcloud-publish/issues";
/** Enough of an exception's message to recognise it; a hostile input could make it any length. */
const MAX_INTERNAL_MESSAGE = 300;
/**
 * An exception no check expected (a bug, or an input nobody foresaw), as the diagnostic of the one
 * file it happened on, so that every other file is still checked and reported. Only the message
 * is kept, on one line: a stack trace means nothing in an annotation.
 */
function internalErrorAt(file, error) {
    const flat = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error).replace(/\s+/g, " ").trim();
    const cut = flat.length > MAX_INTERNAL_MESSAGE ? `${flat.slice(0, MAX_INTERNAL_MESSAGE)}…` : flat;
    const message = `mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at ${ISSUES_URL} (with the file if you can): ${cut}`;
    return diagnosticAt(file, FILE_START, "internal-error", message);
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
/** A file's problems and warnings together, in the order of its lines, as the CLI prints them. */
function inLineOrder(found) {
    return [...found.diagnostics, ...(found.warnings ?? [])].sort(compareDiagnostics);
}
/** More than any person fixes in one go; a generated or hostile file could otherwise print thousands. */
const MAX_DIAGNOSTICS = 100;
/**
 * How many problems a closing `too-many-problems` diagnostic stands for, when a reader made it
 * (a tracklist reader counts the problems past the cap without keeping them).
 */
const standsFor = new WeakMap();
/** The diagnostic that closes a capped list: `count` more problems from `at` on. */
function moreProblems(file, at, count) {
    const message = `and ${count.toLocaleString("en")} more problems from here on, not shown: fix the ones above and check again`;
    const closing = diagnosticAt(file, at, "too-many-problems", message);
    standsFor.set(closing, count);
    return closing;
}
function capped(diagnostics) {
    diagnostics.sort(compareDiagnostics);
    const rest = diagnostics.slice(MAX_DIAGNOSTICS);
    const next = rest[0];
    if (!next)
        return diagnostics;
    const count = rest.reduce((sum, d) => sum + (standsFor.get(d) ?? 1), 0);
    const { line, column, endLine, endColumn } = next;
    return [
        ...diagnostics.slice(0, MAX_DIAGNOSTICS),
        moreProblems(next.file, { line, column, endLine, endColumn }, count),
    ];
}


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


/***/ })

};
