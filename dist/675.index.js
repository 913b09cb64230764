export const id = 675;
export const ids = [675,969];
export const modules = {

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2969);



/** True when `path` is `root` or inside it. Both must be real (symlink-free) absolute paths. */
function isInside(root, path) {
    const prefix = root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    return (path + node_path__WEBPACK_IMPORTED_MODULE_1__.sep).startsWith(prefix);
}
/**
 * Finds `relPath` (`/`-separated) under the real workspace `root`.
 * `label` names the medium in messages, e.g. "the audio `mixes/show.mp3`".
 */
async function resolveInWorkspace(root, relPath, label) {
    const parts = relPath.split("/").filter((part) => part !== "" && part !== ".");
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(relPath) || parts.includes("..")) {
        return failure("outside-workspace", `${label} is outside the repository: use a path relative to the repository root`);
    }
    const walked = await walk({ root, start: root, parts, label, links: { hops: 0 } });
    if (!walked.ok)
        return walked;
    return { ok: true, realPath: walked.realPath, stats: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(walked.realPath) };
}
/** As many links as Linux follows for one path (its ELOOP limit). */
const MAX_LINK_HOPS = 40;
async function walk({ root, start, parts, label, links, via }) {
    let current = start;
    for (const [index, part] of parts.entries()) {
        const walked = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, part)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
        const isLast = index === parts.length - 1;
        const context = { root, parent: current, part, walked, label, isLast, links, via };
        const step = await stepInto(context);
        if (!step.ok)
            return step;
        current = step.realPath;
    }
    return { ok: true, realPath: current };
}
async function stepInto(context) {
    const { root, parent, part, walked, label, links } = context;
    if (part === "..") {
        // Only in a link's target (a repo path has none), after the components before it are real.
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(parent, "..");
        return isInside(root, up)
            ? { ok: true, realPath: up }
            : escapeStep(context.via ?? walked, label);
    }
    const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, part);
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(candidate);
    }
    catch (error) {
        return missingStep(error, context);
    }
    if (!stats.isSymbolicLink())
        return { ok: true, realPath: candidate };
    links.hops += 1;
    if (links.hops > MAX_LINK_HOPS) {
        return failure("missing", `${label} goes through \`${walked}\`, a loop of symbolic links`);
    }
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(candidate);
    const via = context.via ?? walked;
    // An absolute target is judged by its text: one outside the repository is never looked at.
    // A relative one is walked from the link's folder, `..` by `..`, never past the root.
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target) && !isInside(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(target)))
        return escapeStep(via, label);
    const followed = await walk({
        root,
        start: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target) ? root : parent,
        parts: ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(target)) : target)
            .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep === "/" ? "/" : /[\\/]/)
            .filter((p) => p !== "" && p !== "."),
        label,
        links,
        via,
    });
    if (followed.ok || followed.problem.rule !== "missing")
        return followed;
    if (/loop of symbolic links/.test(followed.problem.message))
        return followed;
    return failure("missing", `${label} does not exist: \`${walked}\` is a symbolic link to something that does not exist`);
}
function escapeStep(walked, label) {
    return failure("symlink-escape", `${label} goes through the symbolic link \`${walked}\`, which points outside the ` +
        "repository: only files inside the repository are published; copy the file in instead " +
        "of linking to it");
}
async function missingStep(error, context) {
    const { parent, part, walked, label } = context;
    const code = errorCode(error);
    if (code === "ENOTDIR") {
        return failure("missing", `${label} does not exist: \`${parentOf(walked)}\` is a file, not a folder`);
    }
    if (code === "EACCES" || code === "EPERM") {
        return failure("unreadable", `${label} cannot be read: permission denied on \`${walked}\``);
    }
    if (code !== "ENOENT")
        throw error;
    const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(part, await listNames(parent));
    const where = context.isLast ? "" : ` (there is no folder \`${walked}\`)`;
    const folder = parentOf(walked);
    const hint = suggestion === undefined
        ? "commit the file or fix the path"
        : `did you mean \`${folder === "" ? suggestion : `${folder}/${suggestion}`}\`?`;
    return failure("missing", `${label} does not exist${where}: ${hint}`);
}
async function listNames(dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return [];
    }
}
function parentOf(walked) {
    const slash = walked.lastIndexOf("/");
    return slash < 0 ? "" : walked.slice(0, slash);
}
function failure(rule, message) {
    return { ok: false, problem: { rule, message } };
}
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error
        ? String(error.code)
        : undefined;
}


/***/ }),

/***/ 1675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkspaceFile: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5733);
// Reads a cloudcast file from the checkout as safely as its media: a file that is a symbolic link
// out of the workspace, a FIFO, or a huge blob is refused before a byte of it is read.



/**
 * Reads `relPath` (`/`-separated, relative to `workspace`) when it is a regular file inside the
 * workspace. At most `maxBytes` are read: a larger file is returned cut, and the parser reports
 * it as too large by its length.
 */
async function readWorkspaceFile(workspace, relPath, maxBytes) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const found = await (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(root, relPath, `the cloudcast file \`${relPath}\``);
    if (!found.ok)
        return { ok: false, rule: `file-${found.problem.rule}`, message: found.problem.message };
    if (!found.stats.isFile()) {
        return {
            ok: false,
            rule: "file-not-regular",
            message: `\`${relPath}\` is not a regular file: a cloudcast file must be a YAML file committed to the repository`,
        };
    }
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it cannot hang.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(found.realPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const buffer = Buffer.alloc(Math.min(maxBytes, found.stats.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { ok: true, bytes: buffer.subarray(0, bytesRead) };
    }
    finally {
        await handle.close();
    }
}


/***/ }),

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
