export const id = 469;
export const ids = [469];
export const modules = {

/***/ 1531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDownloader: () => (/* binding */ createDownloader),
/* harmony export */   createLfsDownloader: () => (/* binding */ createLfsDownloader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _media_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3517);
/* harmony import */ var _media_formats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5728);
// Fetches a cloudcast's audio or picture named by URL to a temporary file before it is uploaded.
// A release asset of the run's own repository goes through the GitHub API with the job's token,
// so assets of private repositories work; every other URL is downloaded as it is. A file the
// checkout holds as a Git LFS pointer is fetched from the repository's LFS server.





function createDownloader(options) {
    return async (media, kind) => {
        const maxBytes = kind === "audio" ? _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Limits */ .xu.audioBytes : _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Limits */ .xu.pictureBytes;
        const asset = await options.github?.findReleaseAssetByUrl(media.originalUrl);
        if (asset !== undefined && options.github !== undefined) {
            if (asset.size > maxBytes) {
                throw new Error(`the ${kind} release asset ${asset.name} is ${(0,_media_formats_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(asset.size)}; Mixcloud takes at most ${(0,_media_formats_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(maxBytes)}`);
            }
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.tempDir, "mixcloud-asset-"));
            const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            try {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, kind);
                await options.github.downloadReleaseAsset(asset.id, path, options.signal, maxBytes);
                return { path, cleanup };
            }
            catch (error) {
                await cleanup();
                throw error;
            }
        }
        const downloaded = await (0,_media_index_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadToTemp */ .aN)(media, {
            tempDir: options.tempDir,
            maxBytes,
            signal: options.signal,
            attempts: options.attempts,
            kind,
            ...(options.urlPolicy === undefined ? {} : { urlPolicy: options.urlPolicy }),
            onProgress: (got, total) => options.onProgress?.(media.originalUrl, got, total),
        });
        // The type the download's content shows: the check may not have read past a large ID3 tag.
        return {
            path: downloaded.path,
            contentType: downloaded.contentType,
            cleanup: downloaded.cleanup,
        };
    };
}
/**
 * Fetches a Git LFS object for an upload: downloaded to a temporary folder and checked against
 * its pointer (size and sha256) before the upload may read a byte of it.
 */
function createLfsDownloader(lfs, signal) {
    return (media, kind) => lfs.download(media.lfs, `the ${kind} \`${media.relPath}\``, media.filename, signal);
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


/***/ })

};
