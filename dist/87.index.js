export const id = 87;
export const ids = [87];
export const modules = {

/***/ 2609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MATCHED_NAME: () => (/* binding */ MAX_MATCHED_NAME),
/* harmony export */   MAX_PATTERN_LENGTH: () => (/* binding */ MAX_PATTERN_LENGTH),
/* harmony export */   entryName: () => (/* binding */ entryName),
/* harmony export */   excludeEntries: () => (/* binding */ excludeEntries),
/* harmony export */   globMatcher: () => (/* binding */ globMatcher)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
// `tracklist_exclude` (and `mixcloud-publish tracklist --exclude`): the entries of a tracklist
// file to leave out — a radio playout log's jingles, station idents and adverts.
//
// The patterns are matched by hand, not compiled to a regular expression: a pattern comes from
// the cloudcast file, which a fork's pull request writes, and picomatch's regular expression for
// `*a*a*a*a*a*b` backtracks in time to the power of its stars (against one 2,000-character name it
// did not finish in two minutes). Here the pieces between stars are found one after another, each
// at the leftmost place it fits (the classic glob match: a later place never helps), so each
// character of a name is looked at once a piece: a piece without `?` by indexOf, one with `?` by
// a bit-parallel scan (shift-and), in words of 32 positions.

/** Far above any real pattern (`Radio Nova - Station ID *`), low enough to bound the work. */
const MAX_PATTERN_LENGTH = 200;
/**
 * The longest name (`Artist - Title`, a chapter's text) the patterns are matched against. The
 * longest real names (a classical work with orchestra, conductor, movement and recording) run to
 * about 250 characters; a line of a hostile export may hold 64 KiB. With the caps on patterns
 * (100) and entries (5,000) this bounds the work of a list to 100 × 5,000 × 500 characters
 * scanned — a few seconds at worst — where names of 60 KiB took hours. A longer name is kept,
 * not matched, and counted (`unmatchedLong`) so that a warning says so.
 */
const MAX_MATCHED_NAME = 500;
/**
 * Leaves out the entries whose `Artist - Title` (a chapter: its text) matches one of the glob
 * patterns, ignoring case. `*` matches any text, `/` included (as in `AC/DC`): names are not
 * paths; `?` matches one character; `\` makes the next character plain. Anything else, `!` and
 * brackets included, is a character like any other.
 */
function excludeEntries(entries, patterns) {
    const unreadable = [];
    const matchers = patterns.map((pattern, index) => {
        const reason = unreadableReason(pattern, index);
        if (reason === undefined)
            return globMatcher(pattern);
        unreadable.push({ index, reason });
        return () => false;
    });
    const hits = patterns.map(() => 0);
    const left = [];
    let unmatchedLong = 0;
    const kept = entries.filter((entry) => {
        const name = entryName(entry);
        if (name.length > MAX_MATCHED_NAME) {
            if (patterns.length > 0)
                unmatchedLong++;
            return true;
        }
        const lower = name.toLowerCase();
        let first = -1;
        matchers.forEach((matches, i) => {
            if (!matches(lower))
                return;
            hits[i] = (hits[i] ?? 0) + 1;
            if (first < 0)
                first = i;
        });
        if (first >= 0)
            left.push({ entry, pattern: first });
        return first < 0;
    });
    return { kept, left, hits, unreadable, unmatchedLong };
}
/** Why a pattern cannot be used; undefined when it can. */
function unreadableReason(pattern, index) {
    if (index >= _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_EXCLUDE_PATTERNS */ .C$)
        return `it is pattern ${(index + 1).toLocaleString("en")}; a list may have at most ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_EXCLUDE_PATTERNS */ .C$}`;
    if (pattern.length > MAX_PATTERN_LENGTH)
        return `it is ${pattern.length.toLocaleString("en")} characters long; a pattern may be at most ${MAX_PATTERN_LENGTH}`;
    return undefined;
}
/** What a pattern is matched against: `Artist - Title`, or a chapter's text. */
function entryName(entry) {
    return entry.kind === "track" ? `${entry.artist} - ${entry.song}` : entry.chapter;
}
/** The pattern as a test of a lower-cased name. */
function globMatcher(pattern) {
    const segments = segmentsOf(pattern.toLowerCase());
    const first = segments[0] ?? [];
    if (segments.length === 1)
        return (name) => name.length === first.length && fits(name, 0, first);
    const last = segments[segments.length - 1] ?? [];
    // Compiled once a pattern, not once a name: the masks of a segment with `?` cost more to build
    // than one name costs to scan.
    const middle = segments.slice(1, -1).map(finder);
    return (name) => {
        const end = name.length - last.length;
        if (end < first.length || !fits(name, 0, first) || !fits(name, end, last))
            return false;
        let at = first.length;
        for (const { find, length } of middle) {
            const found = find(name, at, end);
            if (found < 0)
                return false;
            at = found + length;
        }
        return true;
    };
}
function finder(segment) {
    const length = segment.length;
    if (length === 0)
        return { length, find: (_name, from) => from };
    if (!segment.includes(undefined)) {
        const text = segment.join("");
        return {
            length,
            find(name, from, end) {
                const found = name.indexOf(text, from);
                return found >= 0 && found + length <= end ? found : -1;
            },
        };
    }
    return { length, find: shiftAnd(segment) };
}
/** The segments between `*`s; a `\` makes the next character plain. */
function segmentsOf(pattern) {
    const segments = [[]];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] ?? "";
        const current = segments[segments.length - 1] ?? [];
        if (c === "*")
            segments.push([]);
        else if (c === "?")
            current.push(undefined);
        else if (c === "\\" && i + 1 < pattern.length)
            current.push(pattern[++i]);
        else
            current.push(c);
    }
    return segments;
}
function fits(name, at, segment) {
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c !== undefined && name[at + i] !== c)
            return false;
    }
    return true;
}
/**
 * Shift-and: bit j of the state is set when the segment's first j + 1 positions fit the text
 * ending here. Each character shifts the state by one and keeps the bits its mask allows (a `?`
 * allows every character). Linear in the text, times the segment's length in 32-bit words; the
 * masks of ASCII characters sit in a table (a map look-up a character cost more than the shift).
 */
function shiftAnd(segment) {
    const words = Math.ceil(segment.length / 32);
    const anyChar = new Uint32Array(words);
    segment.forEach((c, j) => {
        if (c === undefined)
            anyChar[j >>> 5] |= 1 << (j & 31);
    });
    const ascii = new Uint32Array(128 * words);
    for (let code = 0; code < 128; code++)
        ascii.set(anyChar, code * words);
    const other = new Map();
    segment.forEach((c, j) => {
        if (c === undefined)
            return;
        const code = c.charCodeAt(0);
        const bit = 1 << (j & 31);
        if (code < 128) {
            ascii[code * words + (j >>> 5)] |= bit;
            return;
        }
        let mask = other.get(code);
        if (!mask)
            other.set(code, (mask = Uint32Array.from(anyChar)));
        mask[j >>> 5] |= bit;
    });
    const last = segment.length - 1;
    const lastWord = last >>> 5;
    const lastBit = 1 << (last & 31);
    if (words === 1)
        return shiftAndWord(ascii, other, anyChar[0], lastBit, last);
    const state = new Uint32Array(words);
    return (name, from, end) => {
        state.fill(0);
        for (let i = from; i < end; i++) {
            const code = name.charCodeAt(i);
            let mask = anyChar;
            let base = 0;
            if (code < 128) {
                mask = ascii;
                base = code * words;
            }
            else {
                mask = other.get(code) ?? anyChar;
            }
            let carry = 1;
            for (let w = 0; w < words; w++) {
                const word = state[w];
                state[w] = ((word << 1) | carry) & mask[base + w];
                carry = word >>> 31;
            }
            if (state[lastWord] & lastBit)
                return i - last;
        }
        return -1;
    };
}
/** Shift-and for a segment of at most 32 positions: the state in one integer (the common case). */
function shiftAndWord(ascii, other, anyChar, lastBit, last) {
    return (name, from, end) => {
        let state = 0;
        for (let i = from; i < end; i++) {
            const code = name.charCodeAt(i);
            const mask = code < 128 ? ascii[code] : (other.get(code)?.[0] ?? anyChar);
            state = ((state << 1) | 1) & mask;
            if (state & lastBit)
                return i - last;
        }
        return -1;
    };
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ Findings),
/* harmony export */   Hj: () => (/* binding */ moreWarnings),
/* harmony export */   Sz: () => (/* binding */ MAX_TRACKLIST_ENTRIES),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   rE: () => (/* binding */ MAX_WARNINGS),
/* harmony export */   vQ: () => (/* binding */ TOO_MANY_WARNINGS)
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
/**
 * The most warnings one file lists, as errors are capped at 100 (MAX_DIAGNOSTICS): more than
 * anyone reads, and each is a log line and an annotation. A 32 MiB export of 499,000 lines that
 * are no entries gave a warning each: eight of them wrote 4 million workflow commands and took
 * 2.8 GB. Past the cap, warnings are counted, not kept.
 */
const MAX_WARNINGS = 100;
const TOO_MANY_WARNINGS = "too-many-warnings";
/** The warning that closes a capped list: how many more there are, and what to do. */
function moreWarnings(file, at, count) {
    const more = `${count.toLocaleString("en")} more warning${count === 1 ? "" : "s"}`;
    const message = `and ${more} of this file, not shown: fix the ones above and check again`;
    return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .warningAt */ .MK)(file, at, TOO_MANY_WARNINGS, message);
}
/**
 * A list of problems that keeps its first `max` and only counts the rest (their messages are not
 * even built), closed by one that says how many more there were.
 */
class CappedList {
    max;
    closing;
    items = [];
    past = 0;
    firstPast;
    constructor(max, closing) {
        this.max = max;
        this.closing = closing;
    }
    add(span, make) {
        if (this.items.length < this.max) {
            this.items.push(make());
            return;
        }
        this.past++;
        this.firstPast ??= span;
    }
    /** Adds the closing item, once, when some were only counted. */
    close() {
        if (this.firstPast === undefined)
            return;
        this.items.push(this.closing(this.firstPast, this.past));
        this.firstPast = undefined;
    }
}
class Findings {
    file;
    entries = [];
    /**
     * Errors past {@link MAX_DIAGNOSTICS} are only counted, as warnings are past
     * {@link MAX_WARNINGS}: `capped()` would list no more, and a file of 500,000 bad lines would
     * otherwise keep 500,000 of them.
     */
    errors = new CappedList(_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DIAGNOSTICS */ .uV, (at, n) => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .moreProblems */ .OI)(this.file, at, n));
    warningList = new CappedList(MAX_WARNINGS, (at, n) => moreWarnings(this.file, at, n));
    diagnostics = this.errors.items;
    warnings = this.warningList.items;
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
        this.errors.close();
        this.warningList.close();
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
        this.errors.add(span, () => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticAt */ .R5)(this.file, span, rule, message));
    }
    /** A warning; `message` may be a function, built only for a warning that is kept. */
    warn(span, rule, message) {
        this.warningList.add(span, () => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .warningAt */ .MK)(this.file, span, rule, typeof message === "string" ? message : message()));
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
/* harmony export */   cappedWarnings: () => (/* binding */ cappedWarnings),
/* harmony export */   folderLister: () => (/* binding */ folderLister),
/* harmony export */   longNamesMessage: () => (/* binding */ longNamesMessage),
/* harmony export */   mayHaveTracklistFile: () => (/* binding */ mayHaveTracklistFile),
/* harmony export */   sectionsOf: () => (/* binding */ sectionsOf),
/* harmony export */   unreadablePatternMessage: () => (/* binding */ unreadablePatternMessage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2083);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1348);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5733);
/* harmony import */ var _exclude_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2609);
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
    const found = await (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(root, folder, `the folder \`${folder}\``);
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
        return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(parsed.file, parsed.spans.tracklist ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS, "tracklist-outside-workspace", `tracklist "${location.written}" leads out of the repository: commit the export inside it and name it relative to this file`);
    }
    if (parsed.cloudcast?.tracklistExclude === undefined)
        return undefined;
    const display = context.display ?? ((path) => path);
    const looked = (0,_file_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultTracklistNames */ .n6)(context.cloudcastPath).map(display).join(", ");
    return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(parsed.file, parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS, "tracklist-missing", `tracklist_exclude is set, but this cloudcast has no tracklist file: looked for ${looked}; commit the DJ software's export there, or set tracklist: to its path`);
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
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2609)),
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
        ? (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(parsed.file, parsed.spans.tracklist ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS, rule, problem.message)
        : (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS, rule, problem.message);
}
/** Why a pattern cannot be used, and how to write it instead. */
function unreadablePatternMessage(pattern, reason) {
    return `tracklist_exclude pattern ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(pattern)} cannot be read as a glob pattern (${reason}): write it with * for any text and ? for one character`;
}
/** `tracklist_exclude` applied, with its problems placed on the patterns in the cloudcast file. */
function applyExclude(entries, { kept, hits, unreadable, unmatchedLong }, parsed, file) {
    const patterns = parsed.cloudcast?.tracklistExclude ?? [];
    const spanOf = (i) => parsed.excludeSpans?.[i] ?? parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS;
    const errors = unreadable.map(({ index, reason }) => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(parsed.file, spanOf(index), "tracklist-exclude-pattern", unreadablePatternMessage(patterns[index] ?? "", reason)));
    const warnings = patterns.flatMap((pattern, i) => hits[i] === 0 ? [unusedPattern(parsed.file, spanOf(i), pattern, file, entries.length)] : []);
    if (unmatchedLong > 0) {
        const message = longNamesMessage(unmatchedLong, file);
        const span = parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS;
        warnings.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .warningAt */ .MK)(parsed.file, span, "tracklist-exclude-long-name", message));
    }
    if (entries.length > 0 && kept.length === 0 && patterns.length > 0) {
        const message = `tracklist_exclude leaves out every entry of ${file} (${entries.length}): no sections are left; check the patterns`;
        const span = parsed.spans.tracklist_exclude ?? _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS;
        warnings.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .warningAt */ .MK)(parsed.file, span, "tracklist-exclude-all", message));
    }
    return { kept, count: entries.length - kept.length, errors, warnings };
}
/**
 * The entries held to the rules of `tracks:` (whole seconds, text not blank, starts that never
 * go back), each problem placed at the entry's line in the tracklist file.
 */
function sectionsOf(entries, file) {
    const diagnostics = [];
    const report = (span, rule, message) => diagnostics.push((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(file, span, rule, message));
    const drafts = entries.map((entry) => (0,_cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .draftOf */ .bz)(entry, entry.span, report));
    return { placed: (0,_cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .orderSections */ .LE)(drafts, report), diagnostics };
}
/** Entries whose names are too long for tracklist_exclude to match: said once, for the file. */
function longNamesMessage(count, file) {
    const one = count === 1;
    return `${plural(count, "entry", "entries")} of ${file} ${one ? "has a name" : "have names"} longer than ${_exclude_js__WEBPACK_IMPORTED_MODULE_3__.MAX_MATCHED_NAME.toLocaleString("en")} characters, which tracklist_exclude does not match: ${one ? "it is" : "they are"} kept; shorten ${one ? "it" : "them"} in the export if ${one ? "it is" : "they are"} to be left out`;
}
function plural(count, one, many) {
    return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
function unusedPattern(cloudcastFile, span, pattern, file, entries) {
    return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .warningAt */ .MK)(cloudcastFile, span, "tracklist-exclude-unused", `tracklist_exclude pattern "${pattern}" matches none of the ${entries} entries of ${file}: check it for a typo (it is matched against "Artist - Title", ignoring case), or remove it`);
}
/** Other exports beside the cloudcast with its stem: perhaps the one the user meant. */
function unusedSiblings(parsed, location, file, context) {
    if (location.unused.length === 0)
        return [];
    const display = context.display ?? ((path) => path);
    const others = location.unused.map((path) => `\`${display(path)}\``).join(", ");
    return [
        (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .warningAt */ .MK)(parsed.file, _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS, "tracklist-ambiguous", `the tracklist is read from \`${file}\`; ${others} beside it ${location.unused.length === 1 ? "is" : "are"} not read: set tracklist: to the file to use`),
    ];
}
function withWarnings(parsed, more) {
    const all = cappedWarnings([...(parsed.warnings ?? []), ...more].sort(_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDiagnostics */ .oV));
    return all.length === 0 ? undefined : all;
}
/**
 * At most {@link MAX_WARNINGS} warnings a file, in order, then one that says how many more: the
 * cloudcast file gathers warnings from several places (a pattern each, the export beside it). A
 * list already closed by its reader keeps its closing warning as it is.
 */
function cappedWarnings(sorted) {
    const kept = [];
    const counts = new Map();
    const past = new Map();
    for (const warning of sorted) {
        const count = counts.get(warning.file) ?? 0;
        if (warning.rule === _findings_js__WEBPACK_IMPORTED_MODULE_4__/* .TOO_MANY_WARNINGS */ .vQ || count < _findings_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_WARNINGS */ .rE) {
            kept.push(warning);
            if (warning.rule !== _findings_js__WEBPACK_IMPORTED_MODULE_4__/* .TOO_MANY_WARNINGS */ .vQ)
                counts.set(warning.file, count + 1);
            continue;
        }
        const over = past.get(warning.file);
        if (over)
            over.count++;
        else
            past.set(warning.file, { first: warning, count: 1 });
    }
    for (const [file, { first, count }] of past) {
        const { line, column, endLine, endColumn } = first;
        kept.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .moreWarnings */ .Hj)(file, { line, column, endLine, endColumn }, count));
    }
    return past.size === 0 ? kept : kept.sort(_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDiagnostics */ .oV);
}
/** The file is invalid: no cloudcast, but its title (for reports) and every problem found. */
function invalid(parsed, errors, warnings) {
    const { cloudcast, ...rest } = parsed;
    const title = cloudcast?.title ?? parsed.title;
    const all = withWarnings(parsed, warnings);
    return {
        ...rest,
        ...(title === undefined ? {} : { title }),
        diagnostics: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .capped */ .uo)([...parsed.diagnostics, ...errors]),
        ...(all === undefined ? {} : { warnings: all }),
    };
}


/***/ })

};
