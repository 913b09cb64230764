export const id = 609;
export const ids = [609];
export const modules = {

/***/ 2609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   entryName: () => (/* binding */ entryName),
/* harmony export */   excludeEntries: () => (/* binding */ excludeEntries)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// `tracklist_exclude` (and `mixcloud-publish tracklist --exclude`): the entries of a tracklist
// file to leave out — a radio playout log's jingles, station idents and adverts.


/**
 * Leaves out the entries whose `Artist - Title` (a chapter: its text) matches one of the glob
 * patterns, ignoring case. `*` matches any text, `/` included (as in `AC/DC`): names are not
 * paths. A leading `!` is a character like any other, not a negation.
 */
function excludeEntries(entries, patterns) {
    const unreadable = [];
    const matchers = patterns.map((pattern, index) => {
        try {
            return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(noSlash(pattern), { nocase: true, dot: true, nonegate: true });
        }
        catch (error) {
            unreadable.push({ index, reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error) });
            return () => false;
        }
    });
    const hits = patterns.map(() => 0);
    const kept = entries.filter((entry) => {
        const name = noSlash(entryName(entry));
        let matched = false;
        matchers.forEach((matches, i) => {
            if (!matches(name))
                return;
            hits[i] = (hits[i] ?? 0) + 1;
            matched = true;
        });
        return !matched;
    });
    return { kept, hits, unreadable };
}
/** What a pattern is matched against: `Artist - Title`, or a chapter's text. */
function entryName(entry) {
    return entry.kind === "track" ? `${entry.artist} - ${entry.song}` : entry.chapter;
}
/** picomatch keeps `*` from crossing `/`; a name's slashes become a look-alike that it crosses. */
function noSlash(text) {
    return text.replaceAll("/", "\u2215");
}


/***/ })

};
