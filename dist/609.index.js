export const id = 609;
export const ids = [609];
export const modules = {

/***/ 2609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PATTERN_LENGTH: () => (/* binding */ MAX_PATTERN_LENGTH),
/* harmony export */   entryName: () => (/* binding */ entryName),
/* harmony export */   excludeEntries: () => (/* binding */ excludeEntries),
/* harmony export */   globMatcher: () => (/* binding */ globMatcher)
/* harmony export */ });
/** Far above any real pattern (`Radio Nova - Station ID *`), low enough to bound the work. */
const MAX_PATTERN_LENGTH = 200;
/**
 * Leaves out the entries whose `Artist - Title` (a chapter: its text) matches one of the glob
 * patterns, ignoring case. `*` matches any text, `/` included (as in `AC/DC`): names are not
 * paths; `?` matches one character; `\` makes the next character plain. Anything else, `!` and
 * brackets included, is a character like any other.
 */
function excludeEntries(entries, patterns) {
    const unreadable = [];
    const matchers = patterns.map((pattern, index) => {
        if (pattern.length <= MAX_PATTERN_LENGTH)
            return globMatcher(pattern);
        unreadable.push({
            index,
            reason: `it is ${pattern.length.toLocaleString("en")} characters long; a pattern may be at most ${MAX_PATTERN_LENGTH}`,
        });
        return () => false;
    });
    const hits = patterns.map(() => 0);
    const left = [];
    const kept = entries.filter((entry) => {
        const name = entryName(entry).toLowerCase();
        let first = -1;
        matchers.forEach((matches, i) => {
            if (!matches(name))
                return;
            hits[i] = (hits[i] ?? 0) + 1;
            if (first < 0)
                first = i;
        });
        if (first >= 0)
            left.push({ entry, pattern: first });
        return first < 0;
    });
    return { kept, left, hits, unreadable };
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
    const middle = segments.slice(1, -1);
    return (name) => {
        const end = name.length - last.length;
        if (end < first.length || !fits(name, 0, first) || !fits(name, end, last))
            return false;
        let at = first.length;
        for (const segment of middle) {
            const found = find(name, segment, at, end);
            if (found < 0)
                return false;
            at = found + segment.length;
        }
        return true;
    };
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
/** The leftmost place from `from` where `segment` fits and ends by `end`; -1 when none. */
function find(name, segment, from, end) {
    if (segment.length === 0)
        return from;
    if (!segment.includes(undefined)) {
        const found = name.indexOf(segment.join(""), from);
        return found >= 0 && found + segment.length <= end ? found : -1;
    }
    return shiftAnd(name, segment, from, end);
}
/**
 * Shift-and: bit j of the state is set when the segment's first j + 1 positions fit the text
 * ending here. Each character shifts the state by one and keeps the bits its mask allows (a `?`
 * allows every character). Linear in the text, times the segment's length in 32-bit words.
 */
function shiftAnd(name, segment, from, end) {
    const words = Math.ceil(segment.length / 32);
    const anyChar = new Uint32Array(words);
    const masks = new Map();
    segment.forEach((c, j) => {
        if (c === undefined)
            anyChar[j >>> 5] |= 1 << (j & 31);
    });
    segment.forEach((c, j) => {
        if (c === undefined)
            return;
        let mask = masks.get(c);
        if (!mask)
            masks.set(c, (mask = Uint32Array.from(anyChar)));
        mask[j >>> 5] |= 1 << (j & 31);
    });
    const state = new Uint32Array(words);
    const last = segment.length - 1;
    for (let i = from; i < end; i++) {
        const mask = masks.get(name[i] ?? "") ?? anyChar;
        let carry = 1;
        for (let w = 0; w < words; w++) {
            const word = state[w];
            state[w] = ((word << 1) | carry) & mask[w];
            carry = word >>> 31;
        }
        if (state[last >>> 5] & (1 << (last & 31)))
            return i - last;
    }
    return -1;
}


/***/ })

};
