export const id = 87;
export const ids = [87,317];
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


/***/ }),

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
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
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

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   findCloudcastFiles: () => (/* binding */ findCloudcastFiles)
/* harmony export */ });
/* unused harmony export readPlainFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const CLOUDCAST_FILE = /\.ya?ml$/i;
/**
 * The cloudcast files named by command-line paths: a file is taken as given, a folder is
 * searched recursively for `.yml`/`.yaml` files — skipping `node_modules` and dot-folders, and
 * not following symbolic links to folders, which could loop.
 */
async function findCloudcastFiles(paths, cwd) {
    const found = new Set();
    const errors = [];
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute).catch((error) => error);
        if (info instanceof Error) {
            errors.push(`${path}: ${describeError(info)}`);
        }
        else if (info.isDirectory()) {
            await walk(absolute, found, errors, cwd);
        }
        else if (info.isFile()) {
            found.add(absolute);
        }
        else {
            errors.push(`${path}: not a file or a folder`);
        }
    }
    const files = [...found].map((file) => displayPath(file, cwd));
    return { files: [...new Set(files)].sort(), errors };
}
async function walk(folder, found, errors, cwd) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { withFileTypes: true }).catch((error) => error);
    if (entries instanceof Error) {
        errors.push(`${displayPath(folder, cwd)}/: ${describeError(entries)}`);
        return;
    }
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith(".") && entry.name !== "node_modules")
                await walk(path, found, errors, cwd);
        }
        else if (CLOUDCAST_FILE.test(entry.name) && (entry.isFile() || (await isFileLink(path)))) {
            found.add(path);
        }
    }
}
async function isFileLink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    return info?.isFile() ?? false;
}
/** How a path is shown and reported: relative to the working directory, with `/`. */
function displayPath(absolute, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, absolute);
    const shown = rel === "" || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) ? absolute : rel;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === "/" ? shown : shown.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
}
function describeError(error) {
    if (error.code === "ENOENT")
        return "no such file or folder";
    if (error.code === "EACCES" || error.code === "EPERM")
        return "permission denied";
    if (error.code === "ENOTDIR")
        return "a part of the path is not a folder";
    return error.message;
}
/**
 * Reads a file of at most `limit` bytes. Callback-style `fs` on purpose: for the thousands of
 * small files `validate` reads, it costs half as much as `fs/promises` file handles. `flags` are
 * `open`'s (a caller that checked the path passes O_NOFOLLOW and O_NONBLOCK).
 */
function readSmallFile(path, limit, flags = "r") {
    return new Promise((resolvePromise, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, flags, (openError, fd) => {
            if (openError)
                return reject(openError);
            const finish = (error, result) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => (error ? reject(error) : resolvePromise(result)));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat)(fd, (statError, info) => {
                if (statError)
                    return finish(statError);
                if (info.size > limit)
                    return finish(null, { tooLarge: info.size });
                readAll(fd, Buffer.allocUnsafe(info.size), 0, finish);
            });
        });
    });
}
/**
 * The bytes of a regular file of at most `limit` bytes, opened without following a symbolic link
 * and without blocking (should it be a FIFO); undefined for anything else — a link, a folder, a
 * larger file, an error — for the caller to judge with more care. Four calls of callback-style
 * `fs`, where a careful read makes a realpath, an lstat per folder and a file handle: it counts
 * for the thousands of files a selection may read.
 */
function readPlainFile(path, limit) {
    const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
    return new Promise((resolvePromise) => {
        open(path, flags, (openError, fd) => {
            if (openError)
                return resolvePromise(undefined);
            const finish = (bytes) => close(fd, () => resolvePromise(bytes));
            fstat(fd, (statError, info) => {
                if (statError || !info.isFile() || info.size > limit)
                    return finish();
                readAll(fd, Buffer.allocUnsafe(info.size), 0, (error, result) => finish(error || result === undefined || !("bytes" in result) ? undefined : result.bytes));
            });
        });
    });
}
function readAll(fd, buffer, offset, done) {
    if (offset === buffer.length)
        return done(null, { bytes: buffer });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, offset, buffer.length - offset, offset, (error, bytesRead) => {
        if (error)
            return done(error);
        // The file shrank while being read: keep what is there.
        if (bytesRead === 0)
            return done(null, { bytes: buffer.subarray(0, offset) });
        readAll(fd, buffer, offset + bytesRead, done);
    });
}


/***/ }),

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

/***/ 9675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dk: () => (/* binding */ TRACKLIST_MAX_BYTES),
  n6: () => (/* binding */ defaultTracklistNames),
  Or: () => (/* binding */ locateTracklist),
  Wb: () => (/* binding */ readTracklistFile)
});

// UNUSED EXPORTS: DEFAULT_TRACKLIST_EXTENSIONS, tracklistBytes, tracklistRelPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/media/formats.ts
var formats = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/media/lfs.ts
var media_lfs = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/media/workspace-path.ts
var workspace_path = __webpack_require__(5733);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/selection/files.ts
var files = __webpack_require__(6317);
;// CONCATENATED MODULE: ./src/tracklist/paths.ts
// Where a cloudcast's tracklist export is, by its path alone: no reading, no checks. Apart from
// file.ts (which finds and reads the export), so that the selection, which asks this at the
// start of every run, does not load the readers and the media checks with it.

/**
 * The extensions of the tracklist file looked for beside a cloudcast file without `tracks:` or
 * `tracklist:`, in the order they win: the CUE sheet a recording program writes beside the
 * audio first, plain text (often notes rather than a tracklist) last.
 */
const DEFAULT_TRACKLIST_EXTENSIONS = ["cue", "nml", "csv", "session", "m3u", "txt"];
/** Where `tracklist:` points, from the workspace root: it is relative to the cloudcast file. */
function tracklistRelPath(cloudcastPath, written) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(cloudcastPath), written));
}

;// CONCATENATED MODULE: ./src/tracklist/file.ts
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
        const relPath = tracklistRelPath(cloudcastPath, written);
        if (relPath === ".." || relPath.startsWith("../"))
            return { kind: "outside", written };
        return { kind: "file", relPath, explicit: true, unused: [] };
    }
    const folder = external_node_path_.posix.dirname(cloudcastPath);
    const stem = external_node_path_.posix.basename(cloudcastPath, external_node_path_.posix.extname(cloudcastPath));
    const rank = (name) => {
        const ext = name.slice(stem.length + 1).toLowerCase();
        return DEFAULT_TRACKLIST_EXTENSIONS.indexOf(ext);
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
    const folder = external_node_path_.posix.dirname(cloudcastPath);
    const stem = external_node_path_.posix.basename(cloudcastPath, external_node_path_.posix.extname(cloudcastPath));
    const base = folder === "." ? stem : `${folder}/${stem}`;
    return DEFAULT_TRACKLIST_EXTENSIONS.map((ext) => `${base}.${ext}`);
}
/** Reads `relPath` under the real workspace `root`; `label` names it in messages. */
async function readTracklistFile(root, relPath, label, lfs) {
    const resolved = await (0,workspace_path/* resolveInWorkspace */.z1)(root, relPath, label);
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
        read = await (0,files/* readSmallFile */.EW)(resolved.realPath, TRACKLIST_MAX_BYTES, CHECKED_PATH_FLAGS);
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
    const pointer = (0,media_lfs/* parseLfsPointer */.y)(bytes, bytes.length);
    if (pointer === undefined)
        return { ok: true, bytes };
    if (lfs === undefined)
        return fail("lfs-pointer", (0,media_lfs/* lfsPointerMessage */.Ip)(label, "tracklist", pointer));
    const { readLfsText } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 1058));
    return readLfsText(pointer, label, lfs, TRACKLIST_MAX_BYTES);
}
/**
 * O_NOFOLLOW and O_NONBLOCK: should the checked path be swapped for a link or a FIFO since the
 * check, opening it neither follows the link nor hangs.
 */
const CHECKED_PATH_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW;
/** It grew past the limit since it was checked, or was too large already. */
function tooLarge(label, size) {
    return fail("too-large", `${label} is ${(0,formats/* formatBytes */.z3)(size)}; a tracklist file may be at most ${(0,formats/* formatBytes */.z3)(TRACKLIST_MAX_BYTES)}: is this the right file?`);
}
function unreadable(error, label) {
    const code = (0,workspace_path/* errorCode */.CA)(error);
    if (code === "EACCES" || code === "EPERM") {
        return fail("unreadable", `${label} cannot be read: permission denied`);
    }
    if (code === "ELOOP" || code === "ENOENT") {
        return fail("not-regular", `${label} changed while it was being read: run the check again`);
    }
    const message = (0,errors/* errorMessage */.g)(error);
    return fail("unreadable", `${label} cannot be read: ${message}`);
}
function fail(rule, message) {
    return { ok: false, problem: { rule, message } };
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ unreadablePatternMessage),
/* harmony export */   Ks: () => (/* binding */ sectionsOf),
/* harmony export */   SN: () => (/* binding */ folderLister),
/* harmony export */   jN: () => (/* binding */ mayHaveTracklistFile),
/* harmony export */   wR: () => (/* binding */ longNamesMessage),
/* harmony export */   yC: () => (/* binding */ applyTracklistFile)
/* harmony export */ });
/* unused harmony export cappedWarnings */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudcast_section_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2083);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1348);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5733);
/* harmony import */ var _exclude_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2609);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1013);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9675);
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
