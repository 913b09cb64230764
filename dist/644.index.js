export const id = 644;
export const ids = [644];
export const modules = {

/***/ 4105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   s8: () => (/* binding */ trimEnd)
/* harmony export */ });
/* unused harmony exports fileTooLargeMessage, firstInvalidUtf8 */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);

const BOM = "\uFEFF";
/**
 * Characters YAML does not allow in a stream (outside c-printable): C0 controls other than tab,
 * LF and CR; DEL and C1 controls other than NEL; U+FFFE/U+FFFF; lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|\p{Cs}/gu;
/**
 * Turns the bytes (or text) of a file into text the YAML parser may see: checks the size limit
 * before anything else, requires UTF-8, drops a BOM, and refuses control characters — which is
 * also how binary files that happen to be valid UTF-8 are caught.
 */
function decodeSource(source) {
    const bytes = typeof source === "string" ? Buffer.byteLength(source, "utf8") : source.byteLength;
    if (bytes > _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.fileBytes) {
        return {
            text: "",
            problem: {
                start: 0,
                end: 0,
                rule: "file-too-large",
                message: fileTooLargeMessage(bytes),
            },
        };
    }
    const decoded = typeof source === "string" ? { text: source } : decodeUtf8(source);
    if (decoded.problem)
        return decoded;
    const text = decoded.text.startsWith(BOM) ? decoded.text.slice(1) : decoded.text;
    const problem = findNonPrintable(text);
    return problem ? { text, problem } : { text };
}
/** Shared with `validate`, which reports a big file from its size without reading it. */
function fileTooLargeMessage(bytes) {
    return `the file is ${bytes} bytes; a cloudcast file may be at most 1 MiB (${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.fileBytes} bytes): is this the right file?`;
}
function decodeUtf8(bytes) {
    try {
        // ignoreBOM keeps the BOM in the text, so it is stripped the same way for bytes and strings.
        return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
        const offset = text.startsWith(BOM) ? text.length - 1 : text.length;
        const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
        return {
            text: text.startsWith(BOM) ? text.slice(1) : text,
            problem: {
                start: offset,
                end: offset,
                rule: "invalid-utf8",
                message: `the file is not valid UTF-8 (byte 0x${hex} here): save it with UTF-8 encoding`,
            },
        };
    }
}
/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return bytes.length;
}
/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), or 0 if there is none. */
function sequenceLength(bytes, i) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const b = bytes[i + k];
        return b !== undefined && b >= lo && b <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const lo = b0 === 0xe0 ? 0xa0 : 0x80;
        const hi = b0 === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const lo = b0 === 0xf0 ? 0x90 : 0x80;
        const hi = b0 === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** The same characters without the `u` flag (surrogate pairs match too): a quick first pass, several times faster. */
const MAYBE_NON_PRINTABLE = 
// eslint-disable-next-line no-control-regex
/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
function findNonPrintable(text) {
    if (!MAYBE_NON_PRINTABLE.test(text))
        return undefined;
    NON_PRINTABLE.lastIndex = 0;
    const first = NON_PRINTABLE.exec(text);
    if (!first)
        return undefined;
    const more = (text.match(NON_PRINTABLE)?.length ?? 1) - 1;
    const code = first[0].codePointAt(0) ?? 0;
    const what = code === 0
        ? "a NUL byte"
        : `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    const others = more > 0 ? ` (and ${more} more)` : "";
    return {
        start: first.index,
        end: first.index + first[0].length,
        rule: "control-character",
        message: `${what}${others} is not allowed in a YAML file: is this a binary file? A cloudcast file must be UTF-8 text`,
    };
}
/**
 * Maps character offsets of a text to 1-based line and column. Lines split at `\n`, as the yaml
 * package counts them, unless the caller gives other line starts (a tracklist file also splits at
 * a lone CR, as old Mac exports end their lines).
 */
class LineIndex {
    text;
    starts;
    constructor(text, starts = lineFeedStarts(text)) {
        this.text = text;
        this.starts = starts;
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - (this.starts[lo] ?? 0) + 1 };
    }
    span(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
    /** The same span naming its file, built in one go: one is made for every section of a file. */
    sourceSpan(file, start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
function lineFeedStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** Moves `end` back over trailing whitespace and line breaks, so a span ends at its last visible character. */
function trimEnd(text, start, end) {
    let e = Math.min(end, text.length);
    while (e > start) {
        const c = text.charCodeAt(e - 1);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            break;
        e--;
    }
    return e;
}


/***/ }),

/***/ 8644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS_READ: () => (/* binding */ FORMATS_READ),
  TRACKLIST_RULES: () => (/* reexport */ TRACKLIST_RULES),
  parseTracklist: () => (/* binding */ parseTracklist)
});

// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
;// CONCATENATED MODULE: ./src/tracklist/decode.ts
// Bytes of a tracklist file to text. DJ programs write UTF-8 (with or without a BOM), UTF-16 with
// a BOM (rekordbox), and old CUE sheets are Windows-1252. Windows-1252 is decoded with a table of
// our own: Node 20's TextDecoder("windows-1252") maps 0x80–0x9F to C1 control characters
// (Latin-1), so `’` (0x92) and `–` (0x96) would come out as mojibake on the CLI's Node.
/** Windows-1252 0x80–0x9F; the five bytes it leaves undefined map to the C1 controls of the same value. */
const CP1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
/**
 * Decodes a tracklist file. A BOM decides the encoding; without one, text that is valid UTF-8 is
 * UTF-8 and anything else is Windows-1252 (every byte decodes, so this never fails). Bytes that
 * no text file holds (NUL, most C0 controls, the 0x81/0x8D/0x8F/0x90/0x9D holes of Windows-1252)
 * mean a binary file: `binary` gives the first such byte.
 */
function decodeTracklist(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16(bytes, "utf-16le");
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return utf16(bytes, "utf-16be");
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(bom);
    let text;
    let encoding = "utf-8";
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    }
    catch {
        text = decodeWindows1252(body);
        encoding = "windows-1252";
    }
    const binary = NOT_TEXT[encoding === "utf-8" ? "unicode" : "windows1252"].exec(text);
    if (!binary)
        return { text, encoding };
    // The offset of that character in the file's bytes: Windows-1252 has one byte a character.
    const before = encoding === "utf-8" ? Buffer.byteLength(text.slice(0, binary.index)) : binary.index;
    return { binary: { offset: bom + before, byte: body[before] ?? 0 } };
}
/**
 * Characters no text file holds: NUL and C0 controls other than tab, LF, form feed, CR and SUB
 * (an old DOS end-of-file mark); in Windows-1252 also the five bytes it leaves undefined.
 */
const NOT_TEXT = {
    // eslint-disable-next-line no-control-regex
    unicode: /[\x00-\x08\x0B\x0E-\x19\x1B-\x1F]/,
    // eslint-disable-next-line no-control-regex
    windows1252: /[\x00-\x08\x0B\x0E-\x19\x1B-\x1F\x81\x8D\x8F\x90\x9D]/,
};
/** Windows-1252 by table: 0x00–0x7F and 0xA0–0xFF are the code points of the same value. */
function decodeWindows1252(bytes) {
    const parts = [];
    const CHUNK = 8192;
    for (let start = 0; start < bytes.length; start += CHUNK) {
        const codes = [];
        const end = Math.min(bytes.length, start + CHUNK);
        for (let i = start; i < end; i++) {
            const b = bytes[i] ?? 0;
            codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b);
        }
        parts.push(String.fromCharCode(...codes));
    }
    return parts.join("");
}
function utf16(bytes, encoding) {
    // A lone surrogate becomes U+FFFD rather than failing: a damaged character should not hide the
    // rest of the file, and the replacement is visible in the title it lands in.
    const text = new TextDecoder(encoding).decode(bytes.subarray(2));
    const binary = NOT_TEXT.unicode.exec(text);
    if (!binary)
        return { text, encoding };
    return { binary: { offset: 2 + binary.index * 2, byte: text.charCodeAt(binary.index) } };
}

// EXTERNAL MODULE: ./src/cloudcast/start-time.ts
var start_time = __webpack_require__(6134);
// EXTERNAL MODULE: ./src/tracklist/findings.ts
var tracklist_findings = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/cloudcast/source.ts
var source = __webpack_require__(4105);
;// CONCATENATED MODULE: ./src/tracklist/lines.ts

/**
 * The longest line a tracklist export may hold: 64 KiB of characters. The longest real line is a
 * Traktor ENTRY or a VirtualDJ `#EXTVDJ:` line of a few hundred characters; a line far past that is
 * not a tracklist, and refusing it up front bounds the work every pattern does on one line.
 */
const MAX_LINE_LENGTH = 64 * 1024;
/**
 * The most lines a tracklist export may hold. The longest real one per entry is a Traktor history
 * (a collection entry with its cue points, and the playlist entry: about 25 lines a track), so
 * 5,000 entries fit in well under half of this. A million blank lines would otherwise cost a
 * second and 60 MB of line objects for nothing, and 32 MiB of them 30 s and 2 GB.
 */
const MAX_LINES = 500_000;
/**
 * The first line longer than {@link MAX_LINE_LENGTH}, or, when the text has more than
 * {@link MAX_LINES} lines, their count. Lines are split as {@link splitLines} splits them, in one
 * pass by indexOf (each break searched for once), without slicing the text.
 */
function lineProblem(text) {
    let start = 0;
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    for (let number = 1;; number++) {
        const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
        if (end - start > MAX_LINE_LENGTH)
            return { kind: "long", number, length: end - start };
        // A final line break ends the last line; it does not start another.
        if (end === text.length ||
            end + 1 === text.length ||
            (end === cr && lf === cr + 1 && lf + 1 === text.length))
            return number > MAX_LINES ? { kind: "many", count: number } : undefined;
        start = end === cr && lf === cr + 1 ? lf + 1 : end + 1;
        if (lf >= 0 && lf < start)
            lf = text.indexOf("\n", start);
        if (cr >= 0 && cr < start)
            cr = text.indexOf("\r", start);
    }
}
/**
 * Splits at CRLF, LF and lone CR (old Mac exports), so line numbers match what editors show. The
 * last text split is remembered until {@link forgetLines}: telling the format apart and reading
 * it split the same text up to six times, which on a file of a million blank lines is most of
 * the work. Callers never change the array.
 */
function splitLines(text) {
    if (remembered?.text === text)
        return remembered.lines;
    const parts = text.split(/\r\n|\r|\n/);
    // A final line break ends the last line; it does not start another.
    if (parts[parts.length - 1] === "")
        parts.pop();
    const lines = parts.map((part, i) => ({ number: i + 1, text: part }));
    remembered = { text, lines };
    return lines;
}
let remembered;
/** Lets the lines of the last text split go: called when a file has been read. */
function forgetLines() {
    remembered = undefined;
}
/** The visible part of a line: from its first to just past its last non-blank character. */
function lineSpan(line) {
    const text = line.text;
    const first = text.length - text.trimStart().length;
    const end = Math.max(first, text.trimEnd().length);
    return { line: line.number, column: first + 1, endLine: line.number, endColumn: end + 1 };
}
/** From the start of one line's visible text to the end of another's. */
function linesSpan(first, last) {
    const a = lineSpan(first);
    const b = lineSpan(last);
    return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}
/** A part of one line, by character offsets within it. */
function partSpan(line, start, end) {
    return { line: line.number, column: start + 1, endLine: line.number, endColumn: end + 1 };
}
/** Maps character offsets of a whole text to 1-based lines and columns (lines split as above). */
class Offsets extends source/* LineIndex */.rr {
    constructor(text) {
        super(text, anyBreakStarts(text));
    }
}
/**
 * Where each line starts, after CRLF, LF or a lone CR. By indexOf rather than a character loop:
 * a Traktor history runs to megabytes, and the native search skips a line's text several times
 * faster.
 */
function anyBreakStarts(text) {
    const starts = [0];
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    while (lf >= 0 || cr >= 0) {
        const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
        const next = at === cr && lf === cr + 1 ? lf + 1 : at + 1;
        starts.push(next);
        if (lf >= 0 && lf < next)
            lf = text.indexOf("\n", next);
        if (cr >= 0 && cr < next)
            cr = text.indexOf("\r", next);
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/tracklist/names.ts
// Artist and title out of the one string many exports give: `Artist - Title`, with a hyphen, an
// en dash or an em dash between spaces (a hyphen inside a name, as in `Jay-Z`, has none).
/**
 * Splits at the first spaced dash; undefined when there is none or either side is empty. Scanned
 * by hand rather than with `/\s+[-–—]\s+/`: that pattern retries its `\s+` from every space of a
 * long run, which is quadratic in the run (a hostile line of spaces took seconds).
 */
function splitArtistTitle(text) {
    const dash = spacedDash(text);
    if (dash < 0)
        return undefined;
    const artist = text.slice(0, dash).trim();
    const song = text.slice(dash + 1).trim();
    return artist && song ? { artist, song } : undefined;
}
/** The first hyphen, en or em dash with white space on both sides; -1 when there is none. */
function spacedDash(text) {
    for (let i = 1; i < text.length - 1; i++) {
        const c = text.charCodeAt(i);
        if ((c === 0x2d || c === 0x2013 || c === 0x2014) &&
            isSpace(text, i - 1) &&
            isSpace(text, i + 1))
            return i;
    }
    return -1;
}
/** White space as `\s` has it, for one character. */
function isSpace(text, at) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d))
        return true;
    return c > 0x7f && SPACE.test(text.charAt(at));
}
const SPACE = /^\s$/;
/** `Title (Remix)` unless the title already names the remix (VirtualDJ writes it both ways). */
function withRemix(song, remix) {
    const r = remix?.trim();
    if (!r || song.toLowerCase().includes(r.toLowerCase()))
        return song;
    return `${song} (${r})`;
}
/** The five predefined XML entities and numeric references, for text read outside an XML parser. */
function decodeXmlEntities(text) {
    if (!text.includes("&"))
        return text;
    return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (whole, hex, dec, name) => {
        if (name)
            return NAMED[name];
        const code = hex ? parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

;// CONCATENATED MODULE: ./src/tracklist/cue.ts




/** Commands read or knowingly passed over; anything else is reported as a warning. */
const KNOWN = new Set([
    "REM",
    "FILE",
    "TRACK",
    "TITLE",
    "PERFORMER",
    "INDEX",
    "CATALOG",
    "CDTEXTFILE",
    "FLAGS",
    "ISRC",
    "PREGAP",
    "POSTGAP",
    "SONGWRITER",
    "GENRE",
    "DATE",
    "COMPOSER",
    "ARRANGER",
    "MESSAGE",
    "DISC_ID",
    "UPC_EAN",
    "TOC_INFO1",
    "TOC_INFO2",
    "SIZE_INFO",
]);
/** Commands that belong to the TRACK above them (FILE and REM may also open the next one). */
const IN_TRACK = new Set([
    "TITLE",
    "PERFORMER",
    "INDEX",
    "ISRC",
    "FLAGS",
    "PREGAP",
    "POSTGAP",
    "SONGWRITER",
]);
/** True when the text looks like a CUE sheet: a `TRACK nn AUDIO` line and an `INDEX` or `FILE` line. */
function looksLikeCue(text) {
    return /^[ \t]*TRACK[ \t]+\d+[ \t]+\w+/im.test(text) && /^[ \t]*(INDEX|FILE)[ \t]/im.test(text);
}
function readCue(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const lines = splitLines(text);
    const sheet = { rekordbox: lines.some(isRekordboxRem), tracks: [], skipped: 0 };
    for (const line of lines)
        readLine(line, sheet, findings);
    const placed = { start: 0 };
    for (const track of sheet.tracks)
        placeTrack(track, sheet, placed, findings);
    findings.countSkipped(sheet.skipped);
    return findings.result();
}
function placeTrack(track, sheet, placed, findings) {
    const entry = trackEntry(track, sheet, findings);
    if (!entry || !track.index01)
        return;
    const start = track.index01.seconds;
    if (placed.entry && track.file !== placed.file && start <= placed.start) {
        findings.error(lineSpan(track.index01.line), "cue-file", `TRACK ${track.number} starts at ${(0,start_time/* formatStartTime */.z)(start)} in another FILE, not after the previous track's ${(0,start_time/* formatStartTime */.z)(placed.start)}: this sheet splits an album into files; use the CUE sheet of the one recording of the show`);
        return;
    }
    const repeated = placed.entry && sameTrack(placed.entry, entry);
    Object.assign(placed, { start, file: track.file, entry });
    if (!repeated) {
        findings.track(linesSpan(track.first, track.last), start, entry.artist, entry.song);
    }
}
function isRekordboxRem(line) {
    return /^\s*REM\s+RECORDED_BY\s+"?rekordbox/i.test(line.text);
}
function readLine(line, sheet, findings) {
    const trimmed = line.text.trim();
    if (!trimmed)
        return;
    const space = trimmed.search(/\s/);
    const word = space === -1 ? trimmed : trimmed.slice(0, space);
    const command = word.toUpperCase();
    if (sheet.skipped > 0 && (command === "TRACK" || IN_TRACK.has(command))) {
        if (command === "TRACK")
            sheet.skipped++;
        return;
    }
    const rest = space === -1 ? "" : trimmed.slice(space + 1).trimStart();
    const track = sheet.tracks[sheet.tracks.length - 1];
    if (track && IN_TRACK.has(command))
        track.last = line;
    switch (command) {
        case "FILE":
            sheet.file = fileName(rest);
            return;
        case "TRACK":
            if (sheet.tracks.length > tracklist_findings/* MAX_TRACKLIST_ENTRIES */.Sz) {
                sheet.skipped = 1;
                return;
            }
            sheet.tracks.push({
                number: (0,tracklist_findings/* escapeText */.X1)((rest.split(/\s+/)[0] ?? "").slice(0, 12)),
                first: line,
                last: line,
                file: sheet.file,
            });
            return;
        case "TITLE":
            if (track)
                track.title = value(rest);
            return;
        case "PERFORMER":
            if (track)
                track.performer = value(rest);
            else
                sheet.performer = value(rest);
            return;
        case "INDEX":
            if (track)
                readIndex(line, track, sheet.rekordbox, findings);
            else
                findings.error(lineSpan(line), "cue-index", "INDEX before any TRACK: put it under the TRACK it starts");
            return;
        default:
            if (!KNOWN.has(command)) {
                findings.warn(lineSpan(line), "cue-command", () => `${(0,tracklist_findings/* quote */.hD)(word)} is not a CUE command; the line is left out`);
            }
    }
}
/** A quoted value runs to the last quote of the line (names may hold quotes); else the rest of the line. */
function value(rest) {
    if (!rest.startsWith('"'))
        return rest.trim();
    const end = rest.lastIndexOf('"');
    return (end > 0 ? rest.slice(1, end) : rest.slice(1)).trim();
}
/** `FILE "name.wav" WAVE` or `FILE name.wav WAVE`: the name without the type. */
function fileName(rest) {
    if (rest.startsWith('"'))
        return value(withoutType(rest));
    return withoutType(rest).trim();
}
/**
 * The text without its last word when white space comes before it. By hand: `/\s+\w+$/` retries
 * its `\s+` from every space of a long run, which is quadratic in the run.
 */
function withoutType(rest) {
    let word = rest.length;
    while (word > 0 && WORD.test(rest.charAt(word - 1)))
        word--;
    let space = word;
    while (space > 0 && isSpace(rest, space - 1))
        space--;
    return word === rest.length || space === word ? rest : rest.slice(0, space);
}
const WORD = /^\w$/;
const INDEX = /^(\d+)\s+(\d+):(\d+):(\d+)$/;
function readIndex(line, track, rekordbox, findings) {
    const rest = line.text.trim().replace(/^INDEX\s*/i, "");
    const at = timeSpan(line);
    const m = INDEX.exec(rest);
    if (!m) {
        track.index01Broken = true;
        findings.error(at, "cue-index", `INDEX must be a number and a time, as in INDEX 01 04:31:50 (minutes:seconds:frames), not ${(0,tracklist_findings/* quote */.hD)(rest)}`);
        return;
    }
    const number = Number(m[1]);
    if (number === 0)
        track.index00 = line;
    if (number !== 1)
        return;
    const seconds = rekordbox ? clockSeconds(m, findings, at) : frameSeconds(m, findings, at);
    if (seconds === undefined)
        track.index01Broken = true;
    else
        track.index01 ??= { seconds, line };
}
/** The span of the time on an INDEX line (its last word). */
function timeSpan(line) {
    const trimmed = line.text.trimEnd();
    // By hand: `search(/\S+$/)` retries from every character of a long last-but-one word.
    let start = trimmed.length;
    while (start > 0 && !isSpace(trimmed, start - 1))
        start--;
    return partSpan(line, start, trimmed.length);
}
function frameSeconds(m, findings, at) {
    const [minutes, seconds, frames] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (seconds <= 59 && frames === 75) {
        // Myriad rounds a time up to frame 75 without carrying it into the seconds: the next second.
        findings.warn(at, "cue-frame", `INDEX 01 ${m[2]}:${m[3]}:${m[4]} has frame 75, one past the last (74): it is read as the next second, as the program that wrote it meant; frames run 00–74`);
        return minutes * 60 + seconds + 1;
    }
    if (seconds > 59 || frames > 74) {
        findings.error(at, "cue-index", `INDEX 01 ${m[2]}:${m[3]}:${m[4]} is not a time: it is minutes:seconds:frames, with seconds 00–59 and frames 00–74 (75 a second)`);
        return undefined;
    }
    return minutes * 60 + seconds + (frames >= 38 ? 1 : 0);
}
function clockSeconds(m, findings, at) {
    const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (minutes > 59 || seconds > 59) {
        findings.error(at, "cue-index", `INDEX 01 ${m[2]}:${m[3]}:${m[4]} is not a time: rekordbox sheets write hours:minutes:seconds, with minutes and seconds 00–59`);
        return undefined;
    }
    return hours * 3600 + minutes * 60 + seconds;
}
function trackEntry(track, sheet, findings) {
    const at = lineSpan(track.first);
    if (!track.index01 && !track.index01Broken) {
        const pregap = track.index00 ? " (INDEX 00 is the pregap before it, not its start)" : "";
        findings.error(at, "cue-index", `TRACK ${track.number} has no INDEX 01, its start${pregap}: add INDEX 01 mm:ss:ff`);
    }
    const title = track.title ?? "";
    if (!title) {
        findings.error(at, "cue-title", `TRACK ${track.number} has no TITLE: add TITLE "…" with the track's name`);
        return undefined;
    }
    const split = splitArtistTitle(title);
    if (track.performer) {
        // rekordbox may write `Artist - Title` in TITLE beside PERFORMER "Artist": the artist once.
        const repeated = split && split.artist.toLowerCase() === track.performer.toLowerCase();
        return { artist: track.performer, song: repeated ? split.song : title };
    }
    if (split)
        return split;
    if (sheet.performer)
        return { artist: sheet.performer, song: title };
    findings.error(at, "cue-performer", `TRACK ${track.number} (${(0,tracklist_findings/* quote */.hD)(title)}) has no PERFORMER: add PERFORMER "…", or write its TITLE as "Artist - Title"`);
    return undefined;
}
function sameTrack(a, b) {
    return (a.artist.toLowerCase() === b.artist.toLowerCase() &&
        a.song.toLowerCase() === b.song.toLowerCase());
}

;// CONCATENATED MODULE: ./src/tracklist/text.ts
// Plain text, as pasted into descriptions: one track a line with its start.
//   0:00 Artist - Title            [00:00:00] Artist – Title        01. Artist - Title (4:30)
// The time is always the start. A numbering (`01.`, `1)`, `#1`) is passed over; en and em dashes
// separate artist and title like a hyphen. A timed line without a dash is a chapter (`0:00 Intro`).
//
// Lines that are not tracks are never dropped silently:
// - a heading (`Tracklist:`, `Setlist`) is passed over, as are blank lines;
// - a line that reads as a track (`Artist - Title`) but has no time is an error: a track would
//   otherwise go missing from the show, and only the DJ knows its start;
// - any other line (a greeting, a link, a credit) is a warning: the tracklist is still whole, the
//   line is named so it can be removed or given a time.



const TIME = String.raw `\d{1,3}:\d{2}(?::\d{2})?`;
const NUMBERING = /^(?:#\s*)?\d{1,3}\s*[.)]\s+|^#\d{1,3}\s+/;
const LEADING = new RegExp(String.raw `^[[(]?(${TIME})[\])]?(?:\s*[-–—|.]\s+|\s+)`);
/**
 * A time in brackets at the end, matched on the line's last characters only: over the whole line,
 * a leading `\s*` retried from every space of a long run is quadratic in the run.
 */
const TRAILING = new RegExp(String.raw `[[(](${TIME})[\])]$`);
/** The longest bracketed time: `(123:45:67)`. */
const TRAILING_LENGTH = 11;
const HEADING = /^(?:(?:the\s+)?(?:track\s*list(?:ing)?|set\s*list|playlist|tracks)\b[^:]*:?|[^:]{1,40}:)$/i;
/** True when some line reads as a timed track or chapter. */
function looksLikeText(text) {
    return splitLines(text).some((line) => parseLine(line.text).kind === "timed");
}
function readText(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    for (const line of splitLines(text))
        text_readLine(line, findings);
    return findings.result();
}
function text_readLine(line, findings) {
    const parsed = parseLine(line.text);
    if (parsed.kind === "blank")
        return;
    const at = lineSpan(line);
    if (parsed.kind === "untimed") {
        if (HEADING.test(parsed.body))
            return;
        if (splitArtistTitle(parsed.body)) {
            findings.error(at, "text-start-missing", `${(0,tracklist_findings/* quote */.hD)(parsed.body)} reads as a track but has no start time: write it as "m:ss Artist - Title" (the time it starts in the show)`);
        }
        else {
            findings.warn(at, "text-not-a-track", () => `${(0,tracklist_findings/* quote */.hD)(parsed.body)} is not a track (no start time, no "Artist - Title"): it is left out; remove the line, or give it a start to make it a chapter`);
        }
        return;
    }
    const seconds = startSeconds(parsed.time);
    if (seconds === undefined) {
        findings.error(at, "text-start", `${(0,tracklist_findings/* quote */.hD)(parsed.time)} is not a start time: write m:ss or h:mm:ss, with minutes and seconds below 60`);
        return;
    }
    const names = splitArtistTitle(parsed.body);
    if (names)
        findings.track(at, seconds, names.artist, names.song);
    else if (parsed.body)
        findings.chapter(at, seconds, parsed.body);
    else
        findings.error(at, "text-title", `the start ${parsed.time} has nothing after it: write "${parsed.time} Artist - Title"`);
}
function parseLine(raw) {
    const text = raw.trim();
    if (!text)
        return { kind: "blank" };
    const unnumbered = text.replace(NUMBERING, "");
    const leading = LEADING.exec(unnumbered);
    if (leading)
        return {
            kind: "timed",
            time: leading[1] ?? "",
            body: unnumbered.slice(leading[0].length).trim(),
        };
    const tailStart = Math.max(0, unnumbered.length - TRAILING_LENGTH);
    const trailing = TRAILING.exec(unnumbered.slice(tailStart));
    if (trailing)
        return {
            kind: "timed",
            time: trailing[1] ?? "",
            body: unnumbered.slice(0, tailStart + trailing.index).trim(),
        };
    return { kind: "untimed", body: text };
}
/** `m:ss` (minutes may pass 59 in long mixes: `75:30`) or `h:mm:ss`; seconds below 60. */
function startSeconds(time) {
    const parts = time.split(":").map(Number);
    const [a = 0, b = 0, c] = parts;
    if (c === undefined)
        return b > 59 ? undefined : a * 60 + b;
    return b > 59 || c > 59 ? undefined : a * 3600 + b * 60 + c;
}

;// CONCATENATED MODULE: ./src/tracklist/clock.ts
// Wall-clock times in DJ histories (Serato, VirtualDJ) and seconds since midnight (Traktor), turned
// into starts relative to the first track, across midnight.
const DAY = 86_400;
const WALL = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([AaPp])\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?$/;
const MAX_WALL_CLOCK = 40;
/**
 * Seconds since midnight of `10:15:03 PM`, `22:15:03`, `21:39`, with an optional zone suffix
 * (`20:05:25 GMT-4`, `GMT+05:30`, `UTC`) which is taken off, so that a history whose rows carry
 * different zones (a laptop that changed zone mid-set) still counts real elapsed time.
 * Undefined when the text is no such time or a field is out of range.
 */
function parseWallClock(text) {
    const trimmed = text.trim();
    // The longest time written (`12:59:59.999 P.M. GMT+05:30`) is under 40 characters; bounding the
    // text bounds the work of the pattern's neighbouring `\s*`, which a run of spaces makes quadratic.
    if (trimmed.length > MAX_WALL_CLOCK)
        return undefined;
    const m = WALL.exec(trimmed);
    if (!m)
        return undefined;
    let hours = Number(m[1]);
    const minutes = Number(m[2]);
    const seconds = m[3] === undefined ? 0 : Number(m[3]);
    if (minutes > 59 || seconds > 59)
        return undefined;
    if (m[4]) {
        if (hours < 1 || hours > 12)
            return undefined;
        hours = (hours % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
    }
    else if (hours > 23)
        return undefined;
    const zone = m[5] ? (m[5] === "-" ? -1 : 1) * (Number(m[6]) * 3600 + Number(m[7] ?? 0) * 60) : 0;
    return (((hours * 3600 + minutes * 60 + seconds - zone) % DAY) + DAY) % DAY;
}
/**
 * Turns times of day, in play order, into seconds from the first. A time more than twelve hours
 * before the previous one is the next day (a set across midnight); a smaller step back is kept as
 * it is, so that the section rules report it as out of order instead of it silently becoming a
 * day later.
 */
class DayClock {
    first;
    previous = 0;
    days = 0;
    next(timeOfDay) {
        if (this.first === undefined) {
            this.first = timeOfDay;
            this.previous = timeOfDay;
            return 0;
        }
        if (this.previous - timeOfDay > DAY / 2)
            this.days++;
        this.previous = timeOfDay;
        return timeOfDay + this.days * DAY - this.first;
    }
}

// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/Tokenizer.js + 6 modules
var Tokenizer = __webpack_require__(5052);
;// CONCATENATED MODULE: ./src/tracklist/xml.ts
// Elements of an XML text as events with their character offsets, over htmlparser2's tokenizer
// in XML mode. The tokenizer is forgiving by design, so nesting is checked here: a close tag that
// closes another element, a tag or elements left open at the end (the file cut short), a second
// root. That is what damage to a file a program wrote looks like; the tokenizer's speed (a 10 MB
// Traktor history in a fraction of what a validating parser takes) is why it is used.
//
// Only the attributes asked for are taken out of the text, entities decoded: Traktor writes a
// kilobyte of metadata a track, and slicing all of it would be most of the work.


/**
 * Reads `text` into `handler`, taking the attributes named in `wanted`; the first nesting problem
 * found, if any (events up to it have been given).
 */
function readXml(text, wanted, handler) {
    const events = new Events(text, wanted, handler);
    const tokenizer = new Tokenizer/* default */.A({ xmlMode: true, decodeEntities: false }, events);
    tokenizer.write(text);
    tokenizer.end();
    return events.problem;
}
const noop = () => { };
/** The elements left open, outermost first; a deep nest shortened in the middle. */
function openTags(open) {
    const tags = open.map(tag);
    if (tags.length > 6)
        tags.splice(2, tags.length - 5, "…");
    return tags.join(" ");
}
/** A tag's name as a message shows it: a damaged file can hold a name of any length. */
function tag(name) {
    return name.length > 40 ? `<${name.slice(0, 40)}…>` : `<${name}>`;
}
/** The attributes of a tag that has none of those asked for (shared: never written to). */
const NONE = Object.freeze({});
class Events {
    text;
    handler;
    problem;
    open = [];
    rootClosed = false;
    /** The start tag being read: its name (undefined between tags), its `<`, the attributes taken. */
    tagName;
    tagStart = 0;
    attributes = NONE;
    attribute;
    value = "";
    /**
     * The names in `wanted` by length: an attribute's name is compared in place with the few of its
     * length, never sliced out (Traktor writes some 30 attributes a track).
     */
    wanted = new Map();
    constructor(text, wanted, handler) {
        this.text = text;
        this.handler = handler;
        for (const name of wanted) {
            const same = this.wanted.get(name.length) ?? [];
            this.wanted.set(name.length, [...same, name]);
        }
    }
    onopentagname(start, end) {
        const name = this.text.slice(start, end);
        if (this.open.length === 0 && this.rootClosed)
            this.fail(start - 1, `a second root element ${tag(name)} after the first one ended`);
        this.tagName = name;
        this.tagStart = start - 1;
        this.attributes = NONE;
    }
    onattribname(start, end) {
        this.attribute = this.wanted
            .get(end - start)
            ?.find((name) => this.text.startsWith(name, start));
        this.value = "";
    }
    onattribdata(start, end) {
        if (this.attribute !== undefined)
            this.value += this.text.slice(start, end);
    }
    onattribend() {
        if (this.tagName === undefined || this.attribute === undefined)
            return;
        if (this.attributes === NONE)
            this.attributes = {};
        this.attributes[this.attribute] = decodeXmlEntities(this.value);
        this.attribute = undefined;
    }
    onopentagend() {
        const name = this.startTag();
        if (name !== undefined)
            this.open.push(name);
    }
    onselfclosingtag(end) {
        const name = this.startTag();
        if (name !== undefined)
            this.handler.close(name, this.open.length + 1, end + 1);
    }
    onclosetag(start, end) {
        if (this.problem)
            return;
        const expected = this.open[this.open.length - 1];
        if (expected?.length !== end - start || !this.text.startsWith(expected, start)) {
            const what = expected === undefined ? "no element is open" : `${tag(expected)} is still open`;
            const name = this.text.slice(start, end);
            this.fail(start - 2, `${tag(`/${name}`)} closes an element that is not open here (${what})`);
            return;
        }
        const depth = this.open.length;
        this.open.pop();
        if (this.open.length === 0)
            this.rootClosed = true;
        // The tag's `>` is the next character unless spaces come before it.
        const close = this.text.charCodeAt(end) === 0x3e ? end : this.text.indexOf(">", end);
        this.handler.close(expected, depth, close < 0 ? this.text.length : close + 1);
    }
    onend() {
        if (this.tagName !== undefined) {
            this.fail(this.tagStart, `the XML ends inside the ${tag(this.tagName)} tag begun here`);
        }
        else if (this.open.length > 0) {
            const end = this.text.trimEnd().length;
            this.fail(end, `the XML ends before its elements are closed (${openTags(this.open)})`);
        }
    }
    /** The start tag just ended, given to the handler; undefined once a problem was found. */
    startTag() {
        const name = this.tagName;
        this.tagName = undefined;
        if (name === undefined || this.problem)
            return undefined;
        this.handler.open(name, this.attributes, this.open.length + 1, this.tagStart);
        return name;
    }
    fail(offset, message) {
        this.problem ??= { offset, message };
    }
    // Text, comments, CDATA, the `<?xml …?>` declaration and a DOCTYPE carry nothing read here.
    ontext = noop;
    ontextentity = noop;
    onattribentity = noop;
    oncdata = noop;
    oncomment = noop;
    ondeclaration = noop;
    onprocessinginstruction = noop;
}

;// CONCATENATED MODULE: ./src/tracklist/traktor.ts
// Traktor history (`History/history_*.nml`, XML). The PLAYLIST's ENTRY elements are the history
// in play order; each names its track by PRIMARYKEY (VOLUME + DIR + FILE, joined as Traktor
// writes them), which is looked up in the COLLECTION for artist, title and album.
//
// - STARTTIME is seconds since midnight; starts count from the first entry played to the room,
//   across midnight. STARTDATE is not used: its packing (y << 16 | m << 8 | d) is not documented,
//   and a set is shorter than the twelve hours by which a step back means the next day.
// - PLAYEDPUBLIC="0" is a headphone pre-listen: left out.
// - A playlist exported from Traktor's browser is an NML too, with the same PLAYLIST of ENTRY
//   elements but no EXTENDEDDATA: when no entry has a STARTTIME, one error says it is a playlist
//   and where the history is, instead of one error an entry.
// - The XML is read as events with offsets (./xml.ts): each entry's span is where its element is.






/**
 * Only the attributes read: the rest of Traktor's metadata (tempo, key, loudness, cue points) is
 * most of a file.
 */
const ATTRIBUTES_READ = new Set([
    "ARTIST",
    "TITLE",
    "VOLUME",
    "DIR",
    "FILE",
    "KEY",
    "PLAYEDPUBLIC",
    "STARTTIME",
]);
function looksLikeNml(text) {
    return /^\s*(?:<\?xml[^>]*\?>\s*)?<NML[\s>]/.test(text);
}
function readTraktor(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const offsets = new Offsets(text);
    const nml = new NmlReader();
    const problem = readXml(text, ATTRIBUTES_READ, nml);
    if (problem) {
        findings.error(offsets.span(problem.offset, problem.offset), "traktor-xml", `${(0,tracklist_findings/* escapeText */.X1)(problem.message)}: the file is cut short or damaged; copy it again from Traktor's History folder`);
        return findings;
    }
    const history = findHistory(nml.playlists, offsets, findings);
    if (!history)
        return findings;
    const first = history[0];
    if (first && history.every((entry) => entry.data?.STARTTIME === undefined)) {
        findings.error(offsets.span(first.start, first.end), "traktor-playlist", "this is a Traktor playlist export, not a history: none of its entries has a play time (STARTTIME); commit the history Traktor writes for each session instead, Documents/Native Instruments/Traktor <version>/History/history_YYYY_MM_DD_hh_mmss.nml");
        return findings;
    }
    const clock = new DayClock();
    for (const entry of history)
        readEntry(entry, offsets.span(entry.start, entry.end), nml.tracks, clock, findings);
    return findings.result();
}
/**
 * What the history needs out of the NML: the tracks of `NML > COLLECTION > ENTRY` by their key
 * (VOLUME + DIR + FILE of their LOCATION), and the entries of every PLAYLIST under
 * `NML > PLAYLISTS`, at any depth of NODEs, in document order.
 */
class NmlReader {
    tracks = new Map();
    playlists = [];
    section;
    track;
    playlist;
    entry;
    open(name, attributes, depth, start) {
        if (depth === 2 && (name === "COLLECTION" || name === "PLAYLISTS"))
            this.section = name;
        else if (this.section === "COLLECTION")
            this.openInCollection(name, attributes, depth);
        else if (this.section === "PLAYLISTS")
            this.openInPlaylists(name, attributes, depth, start);
    }
    close(_name, depth, end) {
        if (depth === 2) {
            this.section = undefined;
        }
        else if (this.track && depth === 3) {
            this.addTrack(this.track);
            this.track = undefined;
        }
        else if (this.playlist && this.entry && depth === this.playlist.depth + 1) {
            this.entry.end = end;
            this.playlist.entries.push(this.entry);
            this.entry = undefined;
        }
        else if (this.playlist && depth === this.playlist.depth) {
            if (this.playlist.entries.length > 0)
                this.playlists.push(this.playlist.entries);
            this.playlist = undefined;
        }
    }
    openInCollection(name, attributes, depth) {
        if (depth === 3 && name === "ENTRY")
            this.track = { entry: attributes };
        else if (this.track && depth === 4 && name === "LOCATION")
            this.track.location ??= attributes;
        else if (this.track && depth === 4 && name === "ALBUM")
            this.track.album ??= attributes;
    }
    openInPlaylists(name, attributes, depth, start) {
        const playlist = this.playlist;
        if (!playlist) {
            if (name === "PLAYLIST")
                this.playlist = { depth, entries: [] };
        }
        else if (depth === playlist.depth + 1 && name === "ENTRY") {
            this.entry = { start, end: start };
        }
        else if (this.entry && depth === playlist.depth + 2) {
            if (name === "PRIMARYKEY")
                this.entry.key ??= attributes;
            else if (name === "EXTENDEDDATA")
                this.entry.data ??= attributes;
        }
    }
    addTrack(track) {
        const location = track.location;
        if (!location)
            return;
        this.tracks.set(`${location.VOLUME ?? ""}${location.DIR ?? ""}${location.FILE ?? ""}`, {
            artist: traktor_text(track.entry.ARTIST),
            title: traktor_text(track.entry.TITLE),
            album: traktor_text(track.album?.TITLE),
            file: location.FILE ?? "",
        });
    }
}
function traktor_text(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/** The history: the first PLAYLIST with entries (a warning when there are more). */
function findHistory(playlists, offsets, findings) {
    const [entries, next] = playlists;
    if (!entries) {
        findings.error(diagnostic/* FILE_START */.WS, "traktor-history", "this Traktor file has no PLAYLIST with entries: use a history file from Traktor's History folder (history_YYYY_MM_DD_….nml)");
        return undefined;
    }
    const second = next?.[0];
    if (second) {
        findings.warn(offsets.span(second.start, second.end), "traktor-history", `this file has ${playlists.length} playlists with entries; only the first (${entries.length} entries) is read: commit the history file of the one set`);
    }
    return entries;
}
function readEntry(entry, span, collection, clock, findings) {
    const data = entry.data ?? {};
    if (data.PLAYEDPUBLIC === "0")
        return;
    const key = entry.key?.KEY ?? "";
    const startTime = data.STARTTIME;
    if (startTime === undefined || !/^\d+$/.test(startTime) || Number(startTime) >= 86_400) {
        findings.error(span, "traktor-starttime", `this history entry has no STARTTIME (seconds since midnight)${startTime === undefined ? "" : `, ${(0,tracklist_findings/* quote */.hD)(startTime)}`}: export the history again from Traktor`);
        return;
    }
    const start = clock.next(Number(startTime));
    const track = collection.get(key);
    if (!track) {
        findings.error(span, "traktor-key", `the track ${(0,tracklist_findings/* quote */.hD)(key, 120)} of this history entry is not in the file's COLLECTION: export the history again from Traktor`);
        return;
    }
    const names = trackNames(track);
    if (!names) {
        findings.error(span, "traktor-artist", `${(0,tracklist_findings/* quote */.hD)(track.title ?? track.file)} has no artist in Traktor: tag the file (or name it "Artist - Title"), then export the history again`);
        return;
    }
    findings.track(span, start, names.artist, names.song, track.album);
}
/** Artist and title from the tags; an untagged track from its title or file name as `Artist - Title`. */
function trackNames(track) {
    if (track.artist && track.title)
        return { artist: track.artist, song: track.title };
    return (splitArtistTitle(track.title ?? "") ?? splitArtistTitle(track.file.replace(/\.[^.]+$/, "")));
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/tracklist/serato.ts
// Serato history, exported as CSV from the History panel. The common export's header is
// `name,artist,bpm,start time,end time,playtime,deck,notes,album`; other exports leave out
// columns (bpm, album), so columns are found by name in the header row, and only `name` and
// `start time` are required. Without an `artist` column (older Serato, some exports), `name`
// holds `Artist - Title` and is split as the plain-text reader splits a line. Serato exports the
// columns its History panel shows, so a missing `start time` is named with that setting.
//
// - The first data row describes the session (its date in `name`, no artist): it is passed over.
//   Whether every export writes it is not settled, so a first row that has an artist is a track.
// - `start time` is wall-clock (`10:15:03 PM`, `22:15:03`, `20:05:25 GMT-4`): starts count from
//   the first track, across midnight.






/** Serato's History columns besides `name`: one of them beside `name` makes a header Serato's. */
const SERATO_COLUMNS = ["artist", "start time", "end time", "playtime", "deck", "bpm"];
/** A header row with `name` and another of Serato's History columns among comma-separated names. */
function looksLikeSerato(text) {
    const first = splitLines(text).find((line) => line.text.trim() !== "")?.text ?? "";
    const names = first
        .toLowerCase()
        .split(",")
        .map((cell) => cell.trim().replace(/^"|"$/g, ""));
    return names.includes("name") && SERATO_COLUMNS.some((column) => names.includes(column));
}
function readSerato(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const rows = parseRows(text, findings);
    if (!rows)
        return findings;
    const [header, ...data] = rows;
    const columns = header && findColumns(header, findings);
    if (!columns)
        return findings;
    const clock = new DayClock();
    const lengths = splitLines(text).map((line) => line.text.trimEnd().length);
    data.forEach((row, i) => {
        const span = rowSpan(row, lengths);
        if (row.record.length !== columns.count) {
            findings.error(span, "serato-columns", `this row has ${row.record.length} fields where the header names ${columns.count}: a field (or its comma) is missing; export the history again from Serato`);
            return;
        }
        if (i === 0 && isSessionRow(row, columns))
            return;
        readTrack(row, span, columns, clock, findings);
    });
    return findings.result();
}
/**
 * The rows with their lines. csv-parse's `info` option gives lines too, but doubles the time on a
 * long history; counting the line breaks inside each row's fields gives the same numbers, since
 * empty lines are kept as rows of one empty field (and passed over here).
 */
function parseRows(text, findings) {
    let records;
    try {
        // Line breaks are made `\n` first: inside a quoted field csv-parse counts `\r\n` as two
        // lines, which would put an error below the end of the file.
        const unified = text.replace(/\r\n?/g, "\n");
        records = (0,sync/* parse */.qg)(unified, { relax_column_count: true, skip_empty_lines: false });
    }
    catch (error) {
        const line = error.lines ?? 1;
        const reason = (0,errors/* errorMessage */.g)(error);
        findings.error({ line, column: 1, endLine: line, endColumn: 1 }, "serato-csv", `the CSV is broken here (${(0,tracklist_findings/* escapeText */.X1)(reason)}): export the history again from Serato`);
        return undefined;
    }
    const rows = [];
    let line = 1;
    for (const record of records) {
        const endLine = line + record.reduce((n, field) => n + countBreaks(field), 0);
        if (record.length > 1 || record[0] !== "")
            rows.push({ record, line, endLine });
        line = endLine + 1;
    }
    return rows;
}
/** Line breaks are all `\n` by then (see parseRows). */
function countBreaks(field) {
    let breaks = 0;
    for (let at = field.indexOf("\n"); at >= 0; at = field.indexOf("\n", at + 1))
        breaks++;
    return breaks;
}
function findColumns(header, findings) {
    const names = header.record.map((name) => name.trim().toLowerCase());
    const columns = {
        name: names.indexOf("name"),
        artist: names.indexOf("artist"),
        start: names.indexOf("start time"),
        album: names.indexOf("album"),
        count: names.length,
    };
    const line = header.line;
    const at = { line, column: 1, endLine: line, endColumn: 1 };
    if (columns.name < 0) {
        findings.error(at, "serato-columns", 'the header has no "name" column: export the history again from Serato\'s History panel (Export → CSV), with the name column shown');
        return undefined;
    }
    if (columns.start < 0) {
        findings.error(at, "serato-columns", 'the header has no "start time" column, so no track has a start: Serato exports the columns its History panel shows; show the start time column there (History → the column list), then export the CSV again');
        return undefined;
    }
    return columns;
}
/**
 * The first data row describes the session: no artist, its date as the name. Without an artist
 * column, a first row whose name is not `Artist - Title` is that row.
 */
function isSessionRow(row, columns) {
    if (columns.artist >= 0)
        return !cell(row, columns.artist);
    return !splitArtistTitle(cell(row, columns.name));
}
function readTrack(row, span, columns, clock, findings) {
    const startText = cell(row, columns.start);
    const time = parseWallClock(startText);
    if (time === undefined) {
        findings.error(span, "serato-start", `start time ${(0,tracklist_findings/* quote */.hD)(startText)} is not a time of day (10:15:03 PM or 22:15:03): export the history again from Serato`);
        return;
    }
    const start = clock.next(time);
    const name = cell(row, columns.name);
    const artist = cell(row, columns.artist);
    const names = artist && name ? { artist, song: name } : splitArtistTitle(name);
    if (!names) {
        const what = columns.artist < 0 && name
            ? 'is not "Artist - Title" and the export has no artist column'
            : `has no ${artist ? "name" : "artist"}`;
        findings.error(span, "serato-artist", `${name ? (0,tracklist_findings/* quote */.hD)(name) : "this row"} ${what}: tag the track in Serato, then export the history again`);
        return;
    }
    findings.track(span, start, names.artist, names.song, columns.album >= 0 ? cell(row, columns.album) : undefined);
}
function cell(row, index) {
    return (row.record[index] ?? "").trim();
}
/** The row's lines, to the end of its last one. */
function rowSpan(row, lengths) {
    return {
        line: row.line,
        column: 1,
        endLine: row.endLine,
        endColumn: (lengths[row.endLine - 1] ?? 0) + 1,
    };
}

;// CONCATENATED MODULE: ./src/tracklist/virtualdj.ts




/**
 * True when a line starts (after white space) with `#EXTVDJ:`. By indexOf rather than
 * `/^\s*#EXTVDJ:/m`, whose `\s*` runs over line breaks: tried from every line of a long run of
 * blank lines, it is quadratic in the run. Each occurrence looks back over its own line only, and
 * those stretches do not overlap.
 */
function looksLikeVirtualDjM3u(text) {
    for (let at = text.indexOf(EXTVDJ); at >= 0; at = text.indexOf(EXTVDJ, at + 1)) {
        let before = at - 1;
        while (before >= 0 && text[before] !== "\n" && text[before] !== "\r" && isSpace(text, before))
            before--;
        if (before < 0 || text[before] === "\n" || text[before] === "\r")
            return true;
    }
    return false;
}
const EXTVDJ = "#EXTVDJ:";
function readVirtualDjM3u(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const entries = m3uEntries(splitLines(text));
    const first = entries[0];
    if (first &&
        entries.every((entry) => !entry.tags.has("lastplaytime") && !entry.tags.has("time"))) {
        findings.error(linesSpan(first.first, first.last), "virtualdj-playlist", "this is a VirtualDJ playlist, not a history: none of its entries has a play time (<lastplaytime> or <time>); commit the history VirtualDJ writes for each day instead, Documents/VirtualDJ/History/YYYY-MM-DD.m3u");
        return findings.result();
    }
    const byPlayTime = entries.every((entry) => entry.tags.has("lastplaytime"));
    const clock = new DayClock();
    let firstPlay;
    for (const entry of entries) {
        const span = linesSpan(entry.first, entry.last);
        const start = byPlayTime
            ? playTimeStart(entry, (firstPlay ??= unixSeconds(entry)))
            : clockStart(entry, clock);
        if (start === undefined) {
            const what = byPlayTime
                ? `<lastplaytime>${entry.tags.get("lastplaytime") ?? ""}`
                : `<time>${entry.tags.get("time") ?? ""}`;
            findings.error(span, "virtualdj-time", `this entry has no readable play time (${(0,tracklist_findings/* quote */.hD)(what)}): export the history again from VirtualDJ`);
            continue;
        }
        const names = m3uNames(entry, span, findings);
        if (!names) {
            findings.error(span, "virtualdj-artist", `this entry has no <artist> and its title or file name is not "Artist - Title": tag the track in VirtualDJ, then export the history again`);
            continue;
        }
        findings.track(span, start, names.artist, names.song);
    }
    return findings.result();
}
function m3uEntries(lines) {
    const entries = [];
    let open;
    for (const line of lines) {
        const text = line.text.trim();
        if (text.startsWith("#EXTVDJ:")) {
            open = { first: line, last: line, tags: readTags(text.slice("#EXTVDJ:".length)) };
            entries.push(open);
        }
        else if (text && !text.startsWith("#") && open && open.path === undefined) {
            open.path = text;
            open.last = line;
        }
    }
    return entries;
}
/**
 * `<name>value</name>` pairs in turn, by index (a regex with a back-reference is ten times slower
 * here). VirtualDJ writes them flat, with `<` in values as `&lt;`, so a value runs to the next `<`,
 * which must open its close tag; anything else (a stray `<`, a nested tag) is passed over from
 * there. Every character is looked at a bounded number of times: searching the rest of the line
 * for each tag's close tag, as before, was quadratic on a line of unclosed tags.
 */
function readTags(text) {
    const tags = new Map();
    let at = text.indexOf("<");
    let close = text.indexOf(">");
    while (at !== -1) {
        // The first `>` after `at`, searched again only once passed, and the next `<`.
        if (close !== -1 && close < at)
            close = text.indexOf(">", at);
        const next = text.indexOf("<", at + 1);
        if (close === -1 || next === -1)
            break;
        if (next < close) {
            at = next; // a `<` inside the tag: start again from it
            continue;
        }
        const name = text.slice(at + 1, close);
        const closing = `</${name}>`;
        if (!name.startsWith("/") && text.startsWith(closing, next)) {
            tags.set(name.toLowerCase(), decodeXmlEntities(text.slice(close + 1, next)).trim());
            at = text.indexOf("<", next + closing.length);
        }
        else {
            at = next;
        }
    }
    return tags;
}
function unixSeconds(entry) {
    const raw = entry.tags.get("lastplaytime") ?? "";
    if (!/^\d+$/.test(raw))
        return undefined;
    const value = Number(raw);
    return value > 1e11 ? Math.floor(value / 1000) : value;
}
function playTimeStart(entry, first) {
    const at = unixSeconds(entry);
    return at === undefined || first === undefined ? undefined : at - first;
}
function clockStart(entry, clock) {
    const time = parseWallClock(entry.tags.get("time") ?? "");
    return time === undefined ? undefined : clock.next(time);
}
/**
 * Artist and title from the tags; else from a title written `Artist - Title`; else from the file
 * name, with a warning, since a file name is often not what the track is called.
 */
function m3uNames(entry, span, findings) {
    const artist = entry.tags.get("artist");
    const title = entry.tags.get("title");
    const remix = entry.tags.get("remix");
    if (artist && title)
        return { artist, song: withRemix(title, remix) };
    const fromTitle = splitArtistTitle(title ?? "");
    const file = baseName(entry.path ?? "");
    const fromName = fromTitle ?? splitArtistTitle(file);
    if (!fromName)
        return undefined;
    if (!fromTitle) {
        findings.warn(span, "virtualdj-file-name", `this entry has no ${artist ? "<title>" : title ? "<artist>" : "<artist> or <title>"}: its file name ${(0,tracklist_findings/* quote */.hD)(file)} gives the artist and title; tag the track in VirtualDJ if that is not what it is called`);
    }
    return { artist: fromName.artist, song: withRemix(fromName.song, remix) };
}
/** The file name of a Windows or POSIX path, without its extension. */
function baseName(path) {
    return path
        .slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1)
        .replace(/\.[^.]+$/, "");
}
// ---- version 7 ----------------------------------------------------------------------------------
/** `HH:MM : Artist - Title`; the time is read by parseWallClock, as `<time>` is. */
const V7_LINE = /^(\d{1,2}:\d{2})\s+:\s+(.*)$/;
const V7_HEADING = /^VirtualDJ History\b/i;
function looksLikeVirtualDjTxt(text) {
    const lines = splitLines(text).filter((line) => line.text.trim() !== "");
    return (lines.some((line) => V7_HEADING.test(line.text.trim())) ||
        (lines.length > 0 &&
            lines.every((line) => V7_LINE.test(line.text.trim()) || /^-+$/.test(line.text.trim()))));
}
function readVirtualDjTxt(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const sessions = v7Sessions(splitLines(text));
    const session = sessions[sessions.length - 1] ?? [];
    if (sessions.length > 1) {
        const earlier = sessions.slice(0, -1).filter((s) => s.length > 0);
        const first = earlier[0]?.[0];
        const last = earlier[earlier.length - 1];
        const lastLine = last?.[last.length - 1];
        if (first && lastLine) {
            findings.warn(linesSpan(first, lastLine), "virtualdj-sessions", `the file holds ${sessions.length} sessions; only the last one (from line ${session[0]?.number ?? "?"}) is read: delete the others from the file if it is the wrong one`);
        }
    }
    const clock = new DayClock();
    for (const line of session)
        readV7Line(line, clock, findings);
    return findings.result();
}
/** Lines under each `VirtualDJ History` heading (or all of them when there is none); sessions without a track are passed over. */
function v7Sessions(lines) {
    const sessions = [[]];
    for (const line of lines) {
        const text = line.text.trim();
        if (V7_HEADING.test(text))
            sessions.push([line]);
        else if (text)
            sessions[sessions.length - 1]?.push(line);
    }
    return sessions.filter((session) => session.some((line) => V7_LINE.test(line.text.trim())));
}
function readV7Line(line, clock, findings) {
    const text = line.text.trim();
    if (V7_HEADING.test(text) || /^-+$/.test(text))
        return;
    const span = lineSpan(line);
    const m = V7_LINE.exec(text);
    const time = m ? parseWallClock(m[1] ?? "") : undefined;
    if (!m || time === undefined) {
        findings.error(span, "virtualdj-line", `${(0,tracklist_findings/* quote */.hD)(text)} is not a history line (HH:MM : Artist - Title): fix or remove it`);
        return;
    }
    const start = clock.next(time);
    const names = splitArtistTitle(m[2] ?? "");
    if (!names) {
        findings.error(span, "virtualdj-artist", `${(0,tracklist_findings/* quote */.hD)(m[2] ?? "")} is not "Artist - Title": tag the track in VirtualDJ, or fix the line`);
        return;
    }
    findings.track(span, start, names.artist, names.song);
}

;// CONCATENATED MODULE: ./src/tracklist/rekordbox.ts
// rekordbox playlist export (`.txt`): UTF-16LE with a BOM, tab-separated, a header row whose
// columns follow the user's view (`#`, `Track Title`, `Artist`, `BPM`, `Time`, …).
//
// Its `Time` column is each track's length, not when it played, and no other column says when
// either. Adding up lengths does not give starts: DJs mix tracks in and out early, so the sum
// drifts by minutes over a set. The file is recognised and refused, pointing at the CUE sheet
// rekordbox writes beside each recording, which has the real starts.


/** A tab-separated header row with rekordbox's `Track Title` and `Artist` columns. */
function looksLikeRekordboxTxt(text) {
    const first = splitLines(text).find((line) => line.text.trim() !== "")?.text ?? "";
    const columns = first.split("\t").map((cell) => cell.trim());
    return columns.length > 1 && columns.includes("Track Title") && columns.includes("Artist");
}
function readRekordboxTxt(text, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const header = splitLines(text).find((line) => line.text.trim() !== "");
    findings.error(header ? lineSpan(header) : { line: 1, column: 1, endLine: 1, endColumn: 1 }, "rekordbox-no-times", 'a rekordbox playlist export has no start times (its "Time" column is each track\'s length): use the CUE sheet rekordbox writes beside a recording (the .cue next to the recorded .wav), or list the tracks with their starts under tracks: in the cloudcast file');
    return findings.result();
}

;// CONCATENATED MODULE: ./src/tracklist/serato-session.ts




const FIELD = {
    row: 1,
    path: 2,
    fileName: 4,
    title: 6,
    artist: 7,
    album: 8,
    startTime: 28,
    played: 50,
};
/** True when the bytes start as a Serato session (or any Serato database file) does: `vrsn`. */
function looksLikeSeratoSession(bytes) {
    return bytes[0] === 0x76 && bytes[1] === 0x72 && bytes[2] === 0x73 && bytes[3] === 0x6e;
}
function readSeratoSession(bytes, file) {
    const findings = new tracklist_findings/* Findings */.Fv(file);
    const { chunks, damage } = readChunks(bytes, 0, bytes.length);
    const problem = versionProblem(bytes, chunks[0]);
    if (problem !== undefined) {
        findings.error(diagnostic/* FILE_START */.WS, "serato-session", problem);
        return findings.result();
    }
    const { entries, count, skipped } = playedEntries(bytes, chunks);
    if (damage !== undefined)
        reportDamage(damage, count, findings);
    if (entries.length === 0) {
        const what = count === 0 ? "no track" : `${count} tracks loaded, none played to the room`;
        findings.error(diagnostic/* FILE_START */.WS, "serato-session", `this session has ${what}: commit the session of the set, the newest in _Serato_/History/Sessions after playing`);
    }
    findings.countSkipped(skipped);
    const timed = entries
        .filter((entry) => hasStart(entry, findings))
        .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    const first = timed[0]?.start ?? 0;
    for (const entry of timed)
        takeEntry(entry, first, findings);
    return findings.result();
}
/**
 * Why the first chunk is no session header: Serato's crates and its library database share the
 * chunk format, with other version texts (`1.0/Serato ScratchLive Crate`, `2.0/Serato Scratch
 * LIVE Database`).
 */
function versionProblem(bytes, version) {
    const text = version?.tag === "vrsn" ? serato_session_utf16(bytes, version) : "";
    if (/Review/i.test(text))
        return undefined;
    const what = /Crate/i.test(text)
        ? "a Serato crate"
        : /Database/i.test(text)
            ? "Serato's library database"
            : "a file that starts like Serato's but has no session header";
    return `this is ${what}, not a session history: commit the session file, _Serato_/History/Sessions/<n>.session`;
}
/**
 * The entries played to the room and not deleted, in file order; past one more than the cap they
 * are counted for the message, not kept. `count` is every entry loaded.
 */
function playedEntries(bytes, chunks) {
    const deleted = new Set();
    for (const chunk of chunks)
        if (chunk.tag === "oren")
            deletedRows(bytes, chunk, deleted);
    const entries = [];
    let count = 0;
    let skipped = 0;
    for (const chunk of chunks) {
        if (chunk.tag !== "oent")
            continue;
        const entry = serato_session_readEntry(bytes, chunk, ++count);
        if (entry.played === 0 || (entry.row !== undefined && deleted.has(entry.row)))
            continue;
        if (entries.length > tracklist_findings/* MAX_TRACKLIST_ENTRIES */.Sz)
            skipped++;
        else
            entries.push(entry);
    }
    return { entries, count, skipped };
}
/** The chunks one after another, up to the first that does not fit (named in `damage`). */
function readChunks(bytes, start, end) {
    const chunks = [];
    let at = start;
    while (at < end) {
        if (end - at < 8)
            return { chunks, damage: { offset: at, reason: "a chunk header cut short" } };
        const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
        if (!/^[a-z]{4}$/.test(tag))
            return { chunks, damage: { offset: at, reason: "bytes that are no chunk tag" } };
        const length = u32(bytes, at + 4);
        if (length > end - at - 8)
            return {
                chunks,
                damage: {
                    offset: at,
                    reason: `a ${tag} chunk of ${length} bytes with ${end - at - 8} left`,
                },
            };
        chunks.push({ tag, start: at + 8, end: at + 8 + length });
        at += 8 + length;
    }
    return { chunks };
}
function u32(bytes, at) {
    return (((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0);
}
const UTF16BE = new TextDecoder("utf-16be");
/** UTF-16BE text without its closing NUL(s). */
function serato_session_utf16(bytes, span) {
    const text = UTF16BE.decode(bytes.subarray(span.start, span.end));
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0)
        end--;
    return text.slice(0, end);
}
/** The fields of an `oent`'s `adat`; fields past a damaged one are not read. */
function serato_session_readEntry(bytes, chunk, number) {
    const entry = { number, offset: chunk.start - 8 };
    const adat = readChunks(bytes, chunk.start, chunk.end).chunks.find((c) => c.tag === "adat");
    if (!adat)
        return entry;
    let at = adat.start;
    while (adat.end - at >= 8) {
        const id = u32(bytes, at);
        const length = u32(bytes, at + 4);
        if (length > adat.end - at - 8)
            break;
        readField(bytes, { start: at + 8, end: at + 8 + length }, id, entry);
        at += 8 + length;
    }
    return entry;
}
function readField(bytes, value, id, entry) {
    const length = value.end - value.start;
    const text = () => serato_session_utf16(bytes, {
        start: value.start,
        end: Math.min(value.end, value.start + 2 * MAX_LINE_LENGTH),
    });
    switch (id) {
        case FIELD.row:
            if (length === 4)
                entry.row = u32(bytes, value.start);
            return;
        case FIELD.path:
            entry.path = text();
            return;
        case FIELD.fileName:
            entry.fileName = text();
            return;
        case FIELD.title:
            entry.title = text().trim();
            return;
        case FIELD.artist:
            entry.artist = text().trim();
            return;
        case FIELD.album:
            entry.album = text().trim();
            return;
        case FIELD.startTime:
            if (length === 4)
                entry.start = u32(bytes, value.start);
            else if (length === 8)
                entry.start = u32(bytes, value.start) * 2 ** 32 + u32(bytes, value.start + 4);
            return;
        case FIELD.played:
            if (length >= 1)
                entry.played = bytes[value.start];
            return;
    }
}
/** Rows named by the `uent` chunks of an `oren`: entries deleted from the history. */
function deletedRows(bytes, chunk, deleted) {
    for (const inner of readChunks(bytes, chunk.start, chunk.end).chunks) {
        if (inner.tag === "uent" && inner.end - inner.start === 4)
            deleted.add(u32(bytes, inner.start));
    }
}
/**
 * Serato rewrites the file while it plays: a copy taken then can end inside an entry. The
 * entries before are read, and a warning says what was lost, as a player would go on.
 */
function reportDamage(damage, read, findings) {
    findings.warn(diagnostic/* FILE_START */.WS, "serato-session", `the file stops making sense at byte ${damage.offset} (${damage.reason}), after ${read} entries: they are read, anything after is not; if tracks are missing, copy the session again from _Serato_/History/Sessions once Serato is closed`);
}
function hasStart(entry, findings) {
    if (entry.start !== undefined && entry.start > 0)
        return true;
    findings.error(diagnostic/* FILE_START */.WS, "serato-session-start", `entry ${entry.number} (at byte ${entry.offset}${entry.title ? `, ${(0,tracklist_findings/* quote */.hD)(entry.title)}` : ""}) has no start time (field 28): copy the session again from _Serato_/History/Sessions`);
    return false;
}
function takeEntry(entry, first, findings) {
    const at = diagnostic/* FILE_START */.WS;
    const names = entryNames(entry);
    if (!names) {
        findings.error(at, "serato-artist", `entry ${entry.number} (at byte ${entry.offset}, ${(0,tracklist_findings/* quote */.hD)(entry.title || entry.fileName || serato_session_fileName(entry.path ?? ""))}) has no artist, and neither its title nor its file name is "Artist - Title": tag the track in Serato`);
        return;
    }
    findings.track(at, (entry.start ?? first) - first, names.artist, names.song, entry.album || undefined);
}
/** Artist and title from the tags; else a title or file name written `Artist - Title`. */
function entryNames(entry) {
    if (entry.artist && entry.title)
        return { artist: entry.artist, song: entry.title };
    const name = (entry.fileName || serato_session_fileName(entry.path ?? "")).replace(/\.[^.]+$/, "");
    return splitArtistTitle(entry.title ?? "") ?? splitArtistTitle(name);
}
/** The last part of a Windows or POSIX path. */
function serato_session_fileName(path) {
    return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

;// CONCATENATED MODULE: ./src/tracklist/rules.ts
/**
 * Every rule a tracklist file is checked against, by its stable id (the `rule` of a Diagnostic),
 * with what it is about. Ids never change meaning: scripts and editors may match on them.
 */
const TRACKLIST_RULES = {
    "tracklist-binary": "the file is not text (often: audio or a picture under a tracklist's name)",
    "tracklist-format": "the file is none of the formats read",
    "tracklist-before-first": "a history entry that played before the file's first entry",
    "tracklist-long-line": "a line longer than 64 KiB (no export writes one)",
    "tracklist-lines": "more than 500,000 lines (far more than 5,000 entries take)",
    "tracklist-too-many": "more entries than a show can have (5,000)",
    "too-many-warnings": "more than 100 warnings in one file: the rest are counted, not listed",
    "cue-command": "a line of a CUE sheet that is no CUE command (warning)",
    "cue-index": "a TRACK without INDEX 01, or an INDEX that is not a time",
    "cue-frame": "an INDEX with frame 75, read as the next second (warning)",
    "cue-title": "a TRACK without TITLE",
    "cue-performer": "a TRACK with no PERFORMER, no `Artist - Title` TITLE and no sheet PERFORMER",
    "cue-file": "a TRACK that restarts the clock in another FILE (an album split into files)",
    "traktor-xml": "the NML is not well-formed XML (often: cut short)",
    "traktor-history": "no history PLAYLIST, or several (warning)",
    "traktor-playlist": "a Traktor playlist export: no entry has a STARTTIME",
    "traktor-starttime": "a history entry without STARTTIME",
    "traktor-key": "a history entry whose track is not in the COLLECTION",
    "traktor-artist": "a track without artist, whose title and file name are not `Artist - Title`",
    "serato-csv": "the CSV cannot be read (an unclosed quote)",
    "serato-columns": "the header lacks name, artist or start time, or a row has the wrong field count",
    "serato-start": "a start time that is not a time of day",
    "serato-artist": "a track without artist or name",
    "serato-session": "a Serato session file that is cut short or damaged",
    "serato-session-start": "a Serato session entry without a start time",
    "virtualdj-time": "an entry without a readable play time",
    "virtualdj-playlist": "a VirtualDJ playlist: no entry has a play time",
    "virtualdj-file-name": "an entry without artist and title, named by its file name (warning)",
    "virtualdj-artist": "an entry without artist, whose title and file name are not `Artist - Title`",
    "virtualdj-line": "a VirtualDJ 7 line that is not `HH:MM : Artist - Title`",
    "virtualdj-sessions": "several sessions in one VirtualDJ 7 file; the last is read (warning)",
    "rekordbox-no-times": "a rekordbox playlist export, which has no start times",
    "text-start-missing": "a plain-text line that reads as a track but has no start",
    "text-start": "a plain-text start that is not a time",
    "text-title": "a plain-text start with nothing after it",
    "text-not-a-track": "a plain-text line that is neither a track nor a heading (warning)",
};

;// CONCATENATED MODULE: ./src/tracklist/index.ts
// The entry point: which DJ program wrote a tracklist file, told by its content (the extension
// only breaks a tie), and its entries read by that format's reader.











/** The formats read, as messages name them. */
const FORMATS_READ = 'a CUE sheet (.cue), a Traktor history (.nml), a Serato history (.csv export, or the .session file itself), a VirtualDJ history (.m3u with #EXTVDJ lines, or tracklist.txt), or plain text with one "0:00 Artist - Title" a line';
/** In the order they are tried: the most distinctive content first, plain text last. */
const READERS = [
    { format: "traktor-nml", extensions: ["nml"], matches: looksLikeNml, read: readTraktor },
    { format: "cue", extensions: ["cue"], matches: looksLikeCue, read: readCue },
    {
        format: "virtualdj-m3u",
        extensions: ["m3u", "m3u8"],
        matches: looksLikeVirtualDjM3u,
        read: readVirtualDjM3u,
    },
    {
        format: "rekordbox-txt",
        extensions: ["txt"],
        matches: looksLikeRekordboxTxt,
        read: readRekordboxTxt,
    },
    { format: "serato-csv", extensions: ["csv"], matches: looksLikeSerato, read: readSerato },
    {
        format: "virtualdj-txt",
        extensions: ["txt"],
        matches: looksLikeVirtualDjTxt,
        read: readVirtualDjTxt,
    },
    { format: "text", extensions: ["txt"], matches: looksLikeText, read: readText },
];
/** Reads a tracklist file of any format read; never throws. */
function parseTracklist(bytes, file) {
    if (looksLikeSeratoSession(bytes))
        return sorted("serato-session", readSeratoSession(bytes, file));
    const decoded = decodeTracklist(bytes);
    if (decoded.binary) {
        return failed(file, "tracklist-binary", binaryMessage(file, decoded.binary));
    }
    const text = decoded.text;
    const lines = lineProblem(text);
    if (lines?.kind === "long")
        return failed(file, "tracklist-long-line", longLineMessage(lines.length), lines.number);
    if (lines?.kind === "many")
        return failed(file, "tracklist-lines", manyLinesMessage(lines.count));
    try {
        const reader = pickReader(text, extension(file));
        if (!reader)
            return failed(file, "tracklist-format", unknownMessage(file, text));
        return sorted(reader.format, reader.read(text, file));
    }
    finally {
        forgetLines();
    }
}
function sorted(format, { entries, diagnostics, warnings }) {
    return {
        format,
        entries,
        diagnostics: diagnostics.sort(diagnostic/* compareDiagnostics */.oV),
        warnings: warnings.sort(diagnostic/* compareDiagnostics */.oV),
    };
}
function manyLinesMessage(count) {
    return `this file has ${count.toLocaleString("en")} lines; a tracklist may have at most ${MAX_LINES.toLocaleString("en")} (a Traktor history, the longest, has about 25 a track): is this the right file?`;
}
function longLineMessage(length) {
    const size = `${Math.round(length / 1024).toLocaleString("en")} KiB`;
    return `this line is ${size} long; no DJ program writes a line longer than a few hundred characters, and a tracklist line may be at most ${MAX_LINE_LENGTH / 1024} KiB: is this the right file?`;
}
/**
 * The first reader, in order, whose format the content matches; when that format does not own the
 * file's extension, a later match that does wins the tie (so a file that reads both as a
 * VirtualDJ 7 history and as plain text is whichever its name says).
 */
function pickReader(text, ext) {
    const first = READERS.findIndex((reader) => reader.matches(text));
    const found = READERS[first];
    if (!found || found.extensions.includes(ext))
        return found;
    const owner = READERS.slice(first + 1).find((reader) => reader.extensions.includes(ext) && reader.matches(text));
    return owner ?? found;
}
function extension(file) {
    const base = file.slice(file.lastIndexOf("/") + 1);
    const dot = base.lastIndexOf(".");
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
function failed(file, rule, message, line = 1) {
    const at = line === 1 ? diagnostic/* FILE_START */.WS : { line, column: 1, endLine: line, endColumn: 1 };
    return {
        entries: [],
        diagnostics: [(0,diagnostic/* diagnosticAt */.R5)(file, at, rule, message)],
        warnings: [],
    };
}
function binaryMessage(file, at) {
    const hex = at.byte.toString(16).toUpperCase().padStart(2, "0");
    const ext = extension(file);
    const renamed = ext ? `: is it another file (audio, a picture) renamed .${ext}?` : ".";
    return `this is not a text file (byte 0x${hex} at offset ${at.offset})${renamed} A tracklist is ${FORMATS_READ}`;
}
function unknownMessage(file, text) {
    const ext = extension(file);
    const what = text.trim() === "" ? "the file is empty" : "the file is none of the tracklist formats read";
    const hint = EXTENSION_HINTS[ext] ?? "";
    return `${what}${hint}: use one of the formats read, ${FORMATS_READ}`;
}
/** What a file with this extension lacked, when its content matched nothing. */
const EXTENSION_HINTS = {
    cue: " (no TRACK with an INDEX line, as a CUE sheet has)",
    nml: " (no Traktor <NML> document)",
    csv: ' (no Serato header with a "name" column and another of Serato\'s, such as "start time")',
    m3u: " (an M3U playlist without VirtualDJ's #EXTVDJ lines has no start times)",
    m3u8: " (an M3U playlist without VirtualDJ's #EXTVDJ lines has no start times)",
    txt: ' (no line starts with a time, as in "0:00 Artist - Title")',
};


/***/ })

};
