export const id = 87;
export const ids = [87];
export const modules = {

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ Findings),
/* harmony export */   Sz: () => (/* binding */ MAX_TRACKLIST_ENTRIES),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1348);
// What a reader collects while it reads: entries, errors and warnings, all in one tracklist file.

/**
 * The most entries one tracklist file gives. A 3-hour DJ set has about 60 tracks; a 24-hour radio
 * playout log that lists every record, station ident, jingle and advert has under 3,000 (one entry
 * every 30 seconds, all day, is 2,880). 5,000 is well past any real show, and low enough that a
 * hostile 32 MiB file of 400,000 tracks is refused before its sections are built (each costs
 * memory in every later stage: rules, preview, upload form).
 */
const MAX_TRACKLIST_ENTRIES = 5_000;
class Findings {
    file;
    entries = [];
    diagnostics = [];
    warnings = [];
    /** Entries read, those past the cap included (counted, not kept). */
    read = 0;
    /** Where the first entry past the cap is. */
    firstPastCap;
    constructor(file) {
        this.file = file;
    }
    /** True once more than {@link MAX_TRACKLIST_ENTRIES} entries were read: stop building them. */
    get full() {
        return this.read > MAX_TRACKLIST_ENTRIES;
    }
    /** Entries past the cap that a reader counted without reading them. */
    countSkipped(count) {
        this.read += count;
    }
    /** What was read; no entries and one error when there are more than the cap. */
    result() {
        if (!this.full)
            return this;
        const message = `this tracklist has ${this.read.toLocaleString("en")} entries; a show takes at most ${MAX_TRACKLIST_ENTRIES.toLocaleString("en")} (a 24-hour radio log of every record, ident and advert has under 3,000): is this the right file? Split a longer log into one file a show`;
        const at = this.firstPastCap ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_START */ .WS;
        return {
            entries: [],
            diagnostics: [
                ...this.diagnostics,
                (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticAt */ .R5)(this.file, at, "tracklist-too-many", message),
            ],
            warnings: this.warnings,
        };
    }
    /** Counts an entry; true when it is past the cap (and so not kept). */
    pastCap(span) {
        this.read++;
        if (this.read <= MAX_TRACKLIST_ENTRIES)
            return false;
        this.firstPastCap ??= span;
        return true;
    }
    error(span, rule, message) {
        this.diagnostics.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticAt */ .R5)(this.file, span, rule, message));
    }
    warn(span, rule, message) {
        this.warnings.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .warningAt */ .MK)(this.file, span, rule, message));
    }
    track(span, start, artist, song, album) {
        if (this.pastCap(span) || this.beforeFirst(span, start))
            return;
        const entry = { kind: "track", start, artist, song, span };
        if (album)
            entry.album = album;
        this.entries.push(entry);
    }
    /**
     * Starts count from the first entry of a history; one that played earlier (rows out of order)
     * would get a negative start, which no section may have.
     */
    beforeFirst(span, start) {
        if (start >= 0)
            return false;
        this.error(span, "tracklist-before-first", `this entry played ${-start} s before the file's first entry: list the entries in the order they played`);
        return true;
    }
    chapter(span, start, chapter) {
        if (this.pastCap(span) || this.beforeFirst(span, start))
            return;
        this.entries.push({ kind: "chapter", start, chapter, span });
    }
}
/**
 * Text from the file as a message quotes it: in double quotes, on one line, with control and
 * bidirectional-override characters escaped (a message becomes a log line and an annotation), and
 * cut after `max` characters.
 */
function quote(text, max = 60) {
    const cut = text.length > max ? `${text.slice(0, cutAt(text, max))}…` : text;
    return `"${escapeText(cut)}"`;
}
/** `max`, or one less where `max` would fall between the halves of a surrogate pair. */
function cutAt(text, max) {
    const before = text.charCodeAt(max - 1);
    return before >= 0xd800 && before <= 0xdbff ? max - 1 : max;
}
/** Control and bidirectional-override characters as `\uXXXX` (line breaks as `\n`, `\r`). */
function escapeText(text) {
    return text.replace(UNSAFE, (c) => {
        if (c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    });
}
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;


/***/ }),

/***/ 1087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyTracklistFile: () => (/* binding */ applyTracklistFile),
/* harmony export */   folderLister: () => (/* binding */ folderLister),
/* harmony export */   mayHaveTracklistFile: () => (/* binding */ mayHaveTracklistFile),
/* harmony export */   sectionsOf: () => (/* binding */ sectionsOf),
/* harmony export */   unreadablePatternMessage: () => (/* binding */ unreadablePatternMessage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudcast_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1240);
/* harmony import */ var _cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2083);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1348);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5733);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1013);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3073);
// The tracklist stage. Parsing a cloudcast file never reads the disk, so a file whose sections
// come from a DJ program's export (`tracklist:`, or the export beside it with the same stem) is
// completed here: the export is found, read with the media's care, parsed, thinned by
// `tracklist_exclude`, and held to the rules `tracks:` is held to. The pipeline and `validate`
// both run it, so both report the same problems, each at its own file, line and column.







/** Lists folders under `root` once each, however many cloudcast files share them. */
function folderLister(root) {
    const cache = new Map();
    return (folder) => {
        let names = cache.get(folder);
        if (names === undefined) {
            names = listNames(root, folder);
            cache.set(folder, names);
        }
        return names;
    };
}
async function listNames(root, folder) {
    const found = await (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInWorkspace */ .z1)(root, folder, `the folder \`${folder}\``);
    if (!found.ok || !found.stats.isDirectory())
        return [];
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(found.realPath).catch(() => []);
}
/**
 * False for a file the stage has nothing to do for — invalid, or with its own `tracks:` — so
 * that callers skip even the disk look-ups that set it up.
 */
function mayHaveTracklistFile(parsed) {
    return parsed.cloudcast !== undefined && parsed.spans.tracks === undefined;
}
/** Completes a parsed cloudcast with the sections of its tracklist file, if it has one. */
async function applyTracklistFile(parsed, context) {
    const cloudcast = parsed.cloudcast;
    if (cloudcast === undefined || !mayHaveTracklistFile(parsed))
        return { parsed };
    const listFolder = context.listFolder ?? folderLister(context.root);
    const location = await (0,_file_js__WEBPACK_IMPORTED_MODULE_5__/* .locateTracklist */ .Or)(context.cloudcastPath, cloudcast.tracklist, listFolder);
    if (location.kind === "file")
        return readLocated(parsed, location, context);
    const problem = locationProblem(parsed, location, context);
    return problem === undefined ? { parsed } : { parsed: invalid(parsed, [problem], []) };
}
function locationProblem(parsed, location, context) {
    if (location.kind === "outside") {
        return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(parsed.file, parsed.spans.tracklist ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS, "tracklist-outside-workspace", `tracklist "${location.written}" leads out of the repository: commit the export inside it and name it relative to this file`);
    }
    if (parsed.cloudcast?.tracklistExclude === undefined)
        return undefined;
    const display = context.display ?? ((path) => path);
    const looked = (0,_file_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultTracklistNames */ .n6)(context.cloudcastPath).map(display).join(", ");
    return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(parsed.file, parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS, "tracklist-missing", `tracklist_exclude is set, but this cloudcast has no tracklist file: looked for ${looked}; commit the DJ software's export there, or set tracklist: to its path`);
}
async function readLocated(parsed, location, context) {
    const file = (context.display ?? ((path) => path))(location.relPath);
    const readFile = context.readFile ??
        ((relPath, label) => (0,_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readTracklistFile */ .Wb)(context.root, relPath, label, context.lfs));
    const read = await readFile(location.relPath, `the tracklist \`${file}\``);
    if (!read.ok)
        return { parsed: invalid(parsed, [unreadable(parsed, location, file, read.problem)], []) };
    // Loaded on first use: the readers bring an XML and a CSV parser that `validate` on a
    // repository without tracklist files should not pay for at start-up.
    const [{ parseTracklist }, { excludeEntries }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(902), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 8644)),
        __webpack_require__.e(/* import() */ 609).then(__webpack_require__.bind(__webpack_require__, 2609)),
    ]);
    const tracklist = parseTracklist(read.bytes, file);
    const exclusion = excludeEntries(tracklist.entries, parsed.cloudcast?.tracklistExclude ?? []);
    const excluded = applyExclude(tracklist.entries, exclusion, parsed, file);
    const { placed, diagnostics: rules } = sectionsOf(excluded.kept, file);
    const errors = [...tracklist.diagnostics, ...excluded.errors, ...rules];
    const warnings = [
        ...tracklist.warnings,
        ...(errors.length === 0 ? excluded.warnings : []),
        ...unusedSiblings(parsed, location, file, context),
    ];
    const source = {
        file,
        ...(tracklist.format === undefined ? {} : { format: tracklist.format }),
        sections: placed.length,
        excluded: excluded.count,
        left: exclusion.left.map(({ entry, pattern }) => ({
            section: withoutSpan(entry),
            pattern: parsed.cloudcast?.tracklistExclude?.[pattern] ?? "",
        })),
    };
    if (errors.length > 0)
        return { parsed: invalid(parsed, errors, warnings), source };
    const cloudcast = { ...parsed.cloudcast, sections: placed.map((p) => p.section) };
    const sectionSpans = placed.map((p) => ({ file, ...p.at }));
    return {
        parsed: { ...parsed, cloudcast, sectionSpans, warnings: withWarnings(parsed, warnings) },
        source,
    };
}
function withoutSpan(entry) {
    const { span: _span, ...section } = entry;
    return section;
}
/** A wrong `tracklist:` is fixed in the cloudcast file; a bad default export, in the export. */
function unreadable(parsed, location, file, problem) {
    const rule = `tracklist-${problem.rule}`;
    return location.explicit
        ? (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(parsed.file, parsed.spans.tracklist ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS, rule, problem.message)
        : (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS, rule, problem.message);
}
/** Why a pattern cannot be used, and how to write it instead. */
function unreadablePatternMessage(pattern, reason) {
    return `tracklist_exclude pattern ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(pattern)} cannot be read as a glob pattern (${reason}): write it with * for any text and ? for one character`;
}
/** `tracklist_exclude` applied, with its problems placed on the patterns in the cloudcast file. */
function applyExclude(entries, { kept, hits, unreadable }, parsed, file) {
    const patterns = parsed.cloudcast?.tracklistExclude ?? [];
    const spanOf = (i) => parsed.excludeSpans?.[i] ?? parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS;
    const errors = unreadable.map(({ index, reason }) => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(parsed.file, spanOf(index), "tracklist-exclude-pattern", unreadablePatternMessage(patterns[index] ?? "", reason)));
    const warnings = patterns.flatMap((pattern, i) => hits[i] === 0 ? [unusedPattern(parsed.file, spanOf(i), pattern, file, entries.length)] : []);
    if (entries.length > 0 && kept.length === 0 && patterns.length > 0) {
        const message = `tracklist_exclude leaves out every entry of ${file} (${entries.length}): no sections are left; check the patterns`;
        const span = parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS;
        warnings.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warningAt */ .MK)(parsed.file, span, "tracklist-exclude-all", message));
    }
    return { kept, count: entries.length - kept.length, errors, warnings };
}
/**
 * The entries held to the rules of `tracks:` (whole seconds, text not blank, starts that never
 * go back), each problem placed at the entry's line in the tracklist file.
 */
function sectionsOf(entries, file) {
    const diagnostics = [];
    const report = (span, rule, message) => diagnostics.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(file, span, rule, message));
    const drafts = entries.map((entry) => (0,_cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .draftOf */ .bz)(entry, entry.span, report));
    return { placed: (0,_cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .orderSections */ .LE)(drafts, report), diagnostics };
}
function unusedPattern(cloudcastFile, span, pattern, file, entries) {
    return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warningAt */ .MK)(cloudcastFile, span, "tracklist-exclude-unused", `tracklist_exclude pattern "${pattern}" matches none of the ${entries} entries of ${file}: check it for a typo (it is matched against "Artist - Title", ignoring case), or remove it`);
}
/** Other exports beside the cloudcast with its stem: perhaps the one the user meant. */
function unusedSiblings(parsed, location, file, context) {
    if (location.unused.length === 0)
        return [];
    const display = context.display ?? ((path) => path);
    const others = location.unused.map((path) => `\`${display(path)}\``).join(", ");
    return [
        (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warningAt */ .MK)(parsed.file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS, "tracklist-ambiguous", `the tracklist is read from \`${file}\`; ${others} beside it ${location.unused.length === 1 ? "is" : "are"} not read: set tracklist: to the file to use`),
    ];
}
function withWarnings(parsed, more) {
    const all = [...(parsed.warnings ?? []), ...more].sort(_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .compareDiagnostics */ .oV);
    return all.length === 0 ? undefined : all;
}
/** The file is invalid: no cloudcast, but its title (for reports) and every problem found. */
function invalid(parsed, errors, warnings) {
    const { cloudcast, ...rest } = parsed;
    const title = cloudcast?.title ?? parsed.title;
    const all = withWarnings(parsed, warnings);
    return {
        ...rest,
        ...(title === undefined ? {} : { title }),
        diagnostics: (0,_cloudcast_parse_js__WEBPACK_IMPORTED_MODULE_1__.capped)([...parsed.diagnostics, ...errors]),
        ...(all === undefined ? {} : { warnings: all }),
    };
}


/***/ })

};
