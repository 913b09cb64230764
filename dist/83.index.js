export const id = 83;
export const ids = [83];
export const modules = {

/***/ 2083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ orderSections),
/* harmony export */   Uj: () => (/* binding */ emptyTextMessage),
/* harmony export */   bz: () => (/* binding */ draftOf)
/* harmony export */ });
/* harmony import */ var _start_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6134);

/**
 * Starts never go back: a start before the previous one is reported at that start. Returns the
 * valid sections in order, each with where it is written.
 */
function orderSections(drafts, report) {
    const placed = [];
    let previous;
    for (const draft of drafts) {
        const start = draft.start;
        if (start !== undefined && previous !== undefined && start.seconds < previous) {
            report(start.at, "start-order", `start ${(0,_start_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStartTime */ .z)(start.seconds)} comes before the previous section's start ${(0,_start_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStartTime */ .z)(previous)}: list sections in the order they play`);
        }
        if (start !== undefined)
            previous = start.seconds;
        if (draft.section)
            placed.push({ section: draft.section, at: draft.at });
    }
    return placed;
}
/** The message for text that is empty once trimmed. */
function emptyTextMessage(field) {
    return `${field} is empty: write a value or remove the line`;
}
/**
 * A section a tracklist reader made from a DJ program's export, held to the rules a `tracks:`
 * item is held to: whole non-negative seconds, text that is not blank (trimmed, as YAML text is).
 */
function draftOf(entry, at, report) {
    const parsed = (0,_start_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStartTime */ .L)(entry.start);
    const start = "rule" in parsed ? undefined : { seconds: parsed.seconds, at };
    if ("rule" in parsed)
        report(at, parsed.rule, parsed.message);
    const text = (field, value) => {
        const trimmed = value.trim();
        if (trimmed === "")
            report(at, "empty-value", emptyTextMessage(field));
        return trimmed === "" ? undefined : trimmed;
    };
    if (entry.kind === "chapter") {
        const chapter = text("chapter", entry.chapter);
        if (start === undefined || chapter === undefined)
            return { start, at };
        return { section: { kind: "chapter", start: start.seconds, chapter }, start, at };
    }
    const artist = text("artist", entry.artist);
    const song = text("track", entry.song);
    const album = entry.album?.trim() || undefined;
    if (start === undefined || artist === undefined || song === undefined)
        return { start, at };
    const section = { kind: "track", start: start.seconds, artist, song };
    return { section: album === undefined ? section : { ...section, album }, start, at };
}


/***/ })

};
