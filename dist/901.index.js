export const id = 901;
export const ids = [901,969];
export const modules = {

/***/ 5728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ FORMAT_NAMES),
/* harmony export */   HL: () => (/* binding */ AUDIO_CONTENT_TYPES),
/* harmony export */   In: () => (/* binding */ AUDIO_EXTENSIONS),
/* harmony export */   LF: () => (/* binding */ typeFromMime),
/* harmony export */   Le: () => (/* binding */ sizeLimit),
/* harmony export */   TX: () => (/* binding */ UNSUPPORTED_AUDIO),
/* harmony export */   WN: () => (/* binding */ sniffed),
/* harmony export */   X2: () => (/* binding */ exactBytes),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   ao: () => (/* binding */ formatBytePair),
/* harmony export */   bD: () => (/* binding */ bareMime),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pB: () => (/* binding */ ACCEPTED_FORMATS),
/* harmony export */   q3: () => (/* binding */ typeFromName),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports PICTURE_CONTENT_TYPES, contentTypeTable */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);

/**
 * Extensions tried, in this order, for the default audio beside a cloudcast file
 * (`show.yml` → `show.mp3`, …). Matched case-insensitively.
 */
const AUDIO_EXTENSIONS = [
    "mp3",
    "m4a",
    "aac",
    "flac",
    "ogg",
    "oga",
    "opus",
    "wav",
    "aif",
    "aiff",
];
/** Human names of the formats, for messages. */
const FORMAT_NAMES = {
    mp3: "MP3",
    m4a: "M4A",
    aac: "AAC",
    flac: "FLAC",
    ogg: "Ogg",
    opus: "Opus",
    wav: "WAV",
    aiff: "AIFF",
    jpeg: "JPEG",
    png: "PNG",
    gif: "GIF",
    webp: "WebP",
};
/**
 * Audio formats recognised by content that Mixcloud does not take, by the names people know
 * them by. Each is named in its own message, with a conversion line.
 */
const UNSUPPORTED_AUDIO = {
    asf: "WMA (ASF)",
    webm: "WebM",
    matroska: "Matroska (MKA/MKV)",
    "3gp": "3GP",
    "3g2": "3G2",
    ac3: "AC-3 (Dolby Digital)",
    eac3: "E-AC-3 (Dolby Digital Plus)",
    adif: "AAC in an ADIF header",
    speex: "Speex",
    ape: "Monkey's Audio (APE)",
    wavpack: "WavPack",
    musepack: "Musepack",
    dsf: "DSD (DSF)",
    dsdiff: "DSD (DSDIFF)",
};
const AUDIO_CONTENT_TYPES = {
    mp3: "audio/mpeg",
    m4a: "audio/mp4",
    aac: "audio/aac",
    flac: "audio/flac",
    ogg: "audio/ogg",
    opus: "audio/ogg",
    wav: "audio/wav",
    aiff: "audio/aiff",
};
const PICTURE_CONTENT_TYPES = {
    jpeg: "image/jpeg",
    png: "image/png",
    gif: "image/gif",
    webp: "image/webp",
};
/** What a medium may be, in words, for "is not …" messages. */
const ACCEPTED_FORMATS = {
    audio: "MP3, M4A/AAC, FLAC, Ogg/Opus, WAV or AIFF",
    picture: "JPEG, PNG, GIF or WebP",
};
function sizeLimit(kind) {
    return kind === "audio" ? _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.audioBytes : _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.pictureBytes;
}
function contentTypeTable(kind) {
    return kind === "audio" ? AUDIO_CONTENT_TYPES : PICTURE_CONTENT_TYPES;
}
function sniffed(kind, type) {
    const contentType = contentTypeTable(kind)[type];
    if (contentType === undefined)
        throw new Error(`no content type for ${kind} type ${type}`);
    return { type, contentType };
}
/** MIME types servers use for each format (several are non-standard but common). */
const MIME_TO_TYPE = {
    "audio/mpeg": "mp3",
    "audio/mp3": "mp3",
    "audio/mpeg3": "mp3",
    "audio/x-mpeg": "mp3",
    "audio/x-mp3": "mp3",
    "audio/mp4": "m4a",
    "audio/m4a": "m4a",
    "audio/x-m4a": "m4a",
    "audio/aac": "aac",
    "audio/aacp": "aac",
    "audio/x-aac": "aac",
    "audio/flac": "flac",
    "audio/x-flac": "flac",
    "audio/ogg": "ogg",
    "application/ogg": "ogg",
    "audio/vorbis": "ogg",
    "audio/opus": "opus",
    "audio/wav": "wav",
    "audio/wave": "wav",
    "audio/x-wav": "wav",
    "audio/vnd.wave": "wav",
    "audio/aiff": "aiff",
    "audio/x-aiff": "aiff",
    "image/jpeg": "jpeg",
    "image/jpg": "jpeg",
    "image/pjpeg": "jpeg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
};
const EXTENSION_TO_TYPE = {
    mp3: "mp3",
    m4a: "m4a",
    m4b: "m4a",
    mp4: "m4a",
    aac: "aac",
    flac: "flac",
    ogg: "ogg",
    oga: "ogg",
    opus: "opus",
    wav: "wav",
    aif: "aiff",
    aiff: "aiff",
    aifc: "aiff",
    jpg: "jpeg",
    jpeg: "jpeg",
    png: "png",
    gif: "gif",
    webp: "webp",
};
/** The bare MIME type of a Content-Type header value, lower-cased (`text/html; charset=…` → `text/html`). */
function bareMime(contentType) {
    return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}
/** The format a Content-Type names, if it is one of `kind`'s formats. */
function typeFromMime(kind, contentType) {
    const type = MIME_TO_TYPE[bareMime(contentType)];
    return type !== undefined && type in contentTypeTable(kind) ? sniffed(kind, type) : undefined;
}
/** The format a file name's extension suggests, if it is one of `kind`'s formats. */
function typeFromName(kind, name) {
    const dot = name.lastIndexOf(".");
    if (dot < 0)
        return undefined;
    const type = EXTENSION_TO_TYPE[name.slice(dot + 1).toLowerCase()];
    return type !== undefined && type in contentTypeTable(kind) ? sniffed(kind, type) : undefined;
}
/** `4.5 GiB`, `12.0 MiB`, `900 bytes`: sizes as people read them. */
function formatBytes(bytes) {
    const units = ["KiB", "MiB", "GiB", "TiB"];
    if (bytes < 1024)
        return `${bytes} byte${bytes === 1 ? "" : "s"}`;
    let value = bytes;
    let unit = "bytes";
    for (const next of units) {
        if (value < 1024)
            break;
        value /= 1024;
        unit = next;
    }
    return `${value.toFixed(1)} ${unit}`;
}
/**
 * Two sizes as people read them, or both in exact bytes when rounding would make them look
 * equal ("claims 293.4 KiB but holds only 293.4 KiB" says nothing).
 */
function formatBytePair(a, b) {
    if (formatBytes(a) !== formatBytes(b))
        return [formatBytes(a), formatBytes(b)];
    return [exactBytes(a), exactBytes(b)];
}
/** `300,454 bytes`. */
function exactBytes(n) {
    return `${n.toLocaleString("en-US")} byte${n === 1 ? "" : "s"}`;
}
/** `30 s`, `0.2 s`: a duration in milliseconds as people read it. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
/** `3 minutes`, `0.3 s`: whole minutes as minutes, anything else in seconds. */
function duration(ms) {
    return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} minutes` : seconds(ms);
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ lfsPointerMessage),
/* harmony export */   YG: () => (/* binding */ lfsObjectId),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* unused harmony export LFS_POINTER_MAX_BYTES */
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5728);

// A Git LFS pointer is what a checkout without `lfs: true` leaves in place of the real file:
// a small text file naming the object. See https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md
/** Pointer files are at most 1024 bytes by the spec. */
const LFS_POINTER_MAX_BYTES = 1024;
const POINTER_VERSIONS = [
    "version https://git-lfs.github.com/spec/v1",
    // The pre-release name of the spec, still accepted by git-lfs.
    "version https://hawser.github.com/spec/v1",
];
/** Reads a Git LFS pointer from a file's bytes, or undefined when they are not one. */
function parseLfsPointer(bytes, fileSize) {
    if (fileSize > LFS_POINTER_MAX_BYTES)
        return undefined;
    const text = new TextDecoder().decode(bytes.subarray(0, LFS_POINTER_MAX_BYTES));
    if (!POINTER_VERSIONS.some((v) => text.startsWith(v)))
        return undefined;
    const size = /^size (\d+)$/m.exec(text)?.[1];
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    return {
        ...(size === undefined ? {} : { objectSize: Number(size) }),
        ...(oid === undefined ? {} : { oid }),
    };
}
/** The object a pointer names, or undefined when it lacks its oid or size (it cannot be asked for). */
function lfsObjectId(pointer) {
    if (pointer.oid === undefined || pointer.objectSize === undefined)
        return undefined;
    if (!Number.isSafeInteger(pointer.objectSize))
        return undefined;
    return { oid: pointer.oid, size: pointer.objectSize };
}
/** The message for a pointer found where no LFS server can be asked for its object. */
function lfsPointerMessage(label, kind, pointer) {
    const real = pointer.objectSize === undefined ? "" : ` (to a ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(pointer.objectSize)} file)`;
    return (`${label} is a Git LFS pointer${real}, not the ${kind}, and its object cannot be fetched here: ` +
        "run `git lfs pull` (or check out with `actions/checkout` and `lfs: true`)");
}


/***/ }),

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

/***/ 2901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previousVersionReader: () => (/* binding */ previousVersionReader)
/* harmony export */ });
/* harmony import */ var _tracklist_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3073);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3782);


/**
 * The previous version of each file (at its previous path when renamed), as of commit `base`. A
 * tracklist file that was a Git LFS pointer then is fetched through `lfs`, as the workspace's is.
 */
function previousVersionReader(git, base, lfs) {
    return async (file) => {
        const path = file.previousPath ?? file.path;
        const text = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileAt */ ._T)(git, base, path).catch(() => undefined);
        if (text === undefined)
            return undefined;
        // Loaded on first use, as the pipeline loads them: a run that selects nothing never needs them.
        const [{ parseCloudcast }, { applyTracklistFile }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(240)]).then(__webpack_require__.bind(__webpack_require__, 1240)),
            Promise.all(/* import() */[__webpack_require__.e(87), __webpack_require__.e(83)]).then(__webpack_require__.bind(__webpack_require__, 1087)),
        ]);
        const stage = await applyTracklistFile(parseCloudcast(text, path), {
            root: git.cwd,
            cloudcastPath: path,
            listFolder: (folder) => listFolderAt(git, base, folder),
            readFile: (relPath, label) => readTracklistAt(git, base, relPath, label, lfs),
        });
        return stage.parsed;
    };
}
/** The names in a folder at `rev` (relative to the workspace); none when it is not there. */
async function listFolderAt(git, rev, folder) {
    const tree = folder === "." ? `${rev}:./` : `${rev}:./${folder}`;
    const out = await git
        .run(["ls-tree", "-z", "--full-tree", "--name-only", tree], { okCodes: [0, 128] })
        .catch(() => undefined);
    if (out === undefined || out.code !== 0)
        return [];
    return out.stdout.split("\0").filter((name) => name !== "");
}
/** A tracklist file's bytes at `rev`, with the size limit and LFS check of the workspace read. */
async function readTracklistAt(git, rev, relPath, label, lfs) {
    const object = `${rev}:./${relPath}`;
    const size = await git.run(["cat-file", "-s", object], { okCodes: [0, 128] });
    if (size.code !== 0)
        return fail("missing", `${label} is not in the previous version`);
    const bytes = Number(size.stdout.trim());
    if (bytes === 0)
        return fail("empty", `${label} was empty in the previous version`);
    if (!(bytes <= _tracklist_file_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKLIST_MAX_BYTES */ .dk)) {
        return fail("too-large", `${label} was ${bytes} bytes in the previous version`);
    }
    const out = await git.run(["cat-file", "blob", object], { encoding: "latin1" });
    return (0,_tracklist_file_js__WEBPACK_IMPORTED_MODULE_0__/* .tracklistBytes */ .xn)(Buffer.from(out.stdout, "latin1"), label, lfs);
}
function fail(rule, message) {
    return { ok: false, problem: { rule, message } };
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


/***/ }),

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ locateTracklist),
/* harmony export */   Wb: () => (/* binding */ readTracklistFile),
/* harmony export */   dk: () => (/* binding */ TRACKLIST_MAX_BYTES),
/* harmony export */   n6: () => (/* binding */ defaultTracklistNames),
/* harmony export */   xn: () => (/* binding */ tracklistBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _media_formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5728);
/* harmony import */ var _media_lfs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9211);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5733);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _selection_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6317);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6083);
// Finds and reads the tracklist file of a cloudcast with the care the media get: inside the
// workspace after symlinks, a regular file, within a size limit; a Git LFS pointer is fetched
// (whole and verified) when the run can reach its LFS server.









/**
 * Far above any real export (a 12-hour radio day's CUE sheet is about 100 kB, a Traktor history
 * of a long night a few MB), low enough that a wrong file is refused before it is read.
 */
const TRACKLIST_MAX_BYTES = 32 * 1024 * 1024;
/**
 * `tracklist:` resolved against the cloudcast file's folder; else the first file beside it with
 * the same stem and a tracklist extension (any case). `unused` lists other such files, which a
 * user may have meant instead.
 */
async function locateTracklist(cloudcastPath, written, listFolder) {
    if (written !== undefined) {
        const relPath = (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .tracklistRelPath */ .Q)(cloudcastPath, written);
        if (relPath === ".." || relPath.startsWith("../"))
            return { kind: "outside", written };
        return { kind: "file", relPath, explicit: true, unused: [] };
    }
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(cloudcastPath);
    const stem = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(cloudcastPath, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.extname(cloudcastPath));
    const rank = (name) => {
        const ext = name.slice(stem.length + 1).toLowerCase();
        return _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TRACKLIST_EXTENSIONS */ .f.indexOf(ext);
    };
    const found = [...(byStem(await listFolder(folder)).get(stem) ?? [])]
        .filter((name) => rank(name) >= 0)
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
        .map((name) => (folder === "." ? name : `${folder}/${name}`));
    const [first, ...unused] = found;
    return first === undefined
        ? { kind: "none" }
        : { kind: "file", relPath: first, explicit: false, unused };
}
const stemIndexes = new WeakMap();
/**
 * A folder's names by stem (the name up to its last dot), built once per listing: `validate`
 * looks up a thousand files' stems in one folder, and scanning every name for each is quadratic.
 */
function byStem(names) {
    let index = stemIndexes.get(names);
    if (index === undefined) {
        index = new Map();
        for (const name of names) {
            const dot = name.lastIndexOf(".");
            if (dot <= 0)
                continue;
            const stem = name.slice(0, dot);
            const same = index.get(stem);
            if (same === undefined)
                index.set(stem, [name]);
            else
                same.push(name);
        }
        stemIndexes.set(names, index);
    }
    return index;
}
/** The names beside a cloudcast file that the default tracklist would be, for messages. */
function defaultTracklistNames(cloudcastPath) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(cloudcastPath);
    const stem = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(cloudcastPath, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.extname(cloudcastPath));
    const base = folder === "." ? stem : `${folder}/${stem}`;
    return _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TRACKLIST_EXTENSIONS */ .f.map((ext) => `${base}.${ext}`);
}
/** Reads `relPath` under the real workspace `root`; `label` names it in messages. */
async function readTracklistFile(root, relPath, label, lfs) {
    const resolved = await (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInWorkspace */ .z1)(root, relPath, label);
    if (!resolved.ok)
        return resolved;
    const { stats } = resolved;
    if (!stats.isFile()) {
        const what = stats.isDirectory() ? "a folder" : "not a regular file";
        return fail("not-regular", `${label} is ${what}: name the exported tracklist file itself`);
    }
    if (stats.size === 0) {
        return fail("empty", `${label} is empty (0 bytes): export the tracklist again and commit it`);
    }
    if (stats.size > TRACKLIST_MAX_BYTES)
        return tooLarge(label, stats.size);
    let read;
    try {
        read = await (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readSmallFile */ .EW)(resolved.realPath, TRACKLIST_MAX_BYTES, CHECKED_PATH_FLAGS);
    }
    catch (error) {
        return unreadable(error, label);
    }
    if ("tooLarge" in read)
        return tooLarge(label, read.tooLarge);
    return tracklistBytes(read.bytes, label, lfs);
}
/**
 * A tracklist file's bytes as read (from the workspace, or from git for a previous version): a
 * Git LFS pointer is fetched through `lfs`, or refused with the way to fetch it without.
 */
async function tracklistBytes(bytes, label, lfs) {
    const pointer = (0,_media_lfs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLfsPointer */ .y)(bytes, bytes.length);
    if (pointer === undefined)
        return { ok: true, bytes };
    if (lfs === undefined)
        return fail("lfs-pointer", (0,_media_lfs_js__WEBPACK_IMPORTED_MODULE_3__/* .lfsPointerMessage */ .Ip)(label, "tracklist", pointer));
    const { readLfsText } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 1058));
    return readLfsText(pointer, label, lfs, TRACKLIST_MAX_BYTES);
}
/**
 * O_NOFOLLOW and O_NONBLOCK: should the checked path be swapped for a link or a FIFO since the
 * check, opening it neither follows the link nor hangs.
 */
const CHECKED_PATH_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
/** It grew past the limit since it was checked, or was too large already. */
function tooLarge(label, size) {
    return fail("too-large", `${label} is ${(0,_media_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(size)}; a tracklist file may be at most ${(0,_media_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(TRACKLIST_MAX_BYTES)}: is this the right file?`);
}
function unreadable(error, label) {
    const code = (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(error);
    if (code === "EACCES" || code === "EPERM") {
        return fail("unreadable", `${label} cannot be read: permission denied`);
    }
    if (code === "ELOOP" || code === "ENOENT") {
        return fail("not-regular", `${label} changed while it was being read: run the check again`);
    }
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error);
    return fail("unreadable", `${label} cannot be read: ${message}`);
}
function fail(rule, message) {
    return { ok: false, problem: { rule, message } };
}


/***/ })

};
