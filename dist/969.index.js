export const id = 969;
export const ids = [969];
export const modules = {

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName),
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
/**
 * Edit distance between two strings counting insertions, deletions, substitutions and swaps of
 * neighbours (optimal string alignment): `audoi` is one slip away from `audio`.
 */
function editDistance(a, b) {
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const up = rows[i - 1] ?? [];
            let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length]?.[b.length] ?? 0;
}
/**
 * The candidate closest to `wanted`, compared case-insensitively (a case slip is the most
 * common reason a path works on a laptop and fails on a Linux runner), or undefined when
 * none is close enough to be a plausible typo.
 */
function closestName(wanted, candidates) {
    const target = wanted.toLowerCase();
    const allowed = Math.max(1, Math.min(3, Math.floor(target.length / 3)));
    let best;
    for (const name of [...candidates].sort()) {
        if (name === wanted)
            continue;
        const distance = editDistance(target, name.toLowerCase());
        if (distance <= allowed && (best === undefined || distance < best.distance)) {
            best = { name, distance };
        }
    }
    return best?.name;
}


/***/ })

};
