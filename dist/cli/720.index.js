export const id = 720;
export const ids = [720];
export const modules = {

/***/ 720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkLfsMedia: () => (/* binding */ checkLfsMedia)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5728);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9211);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5470);
/* harmony import */ var _remote_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1006);
/* harmony import */ var _remote_object_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9046);






async function checkLfsMedia(pointer, context) {
    const { kind, label } = context;
    const id = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_2__/* .lfsObjectId */ .YG)(pointer);
    if (id === undefined) {
        return problem("lfs-pointer", `${label} is a Git LFS pointer without an \`oid sha256:\` and a \`size\` line, so its object cannot be asked for: commit the file again with Git LFS`);
    }
    const limit = (0,_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeLimit */ .Le)(kind);
    if (id.size > limit)
        return { problems: [(0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .tooLargeProblem */ .zc)("too-large", label, id.size, limit)] };
    if (id.size === 0)
        return problem("empty", `${label} is empty (0 bytes): commit the real file`);
    try {
        const object = await context.lfs.open(id, label, context.signal);
        const facts = await (0,_remote_check_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectRemote */ .n)(kind, object, {
            ...(context.signal === undefined ? {} : { signal: context.signal }),
            ...(context.note === undefined ? {} : { note: context.note }),
        });
        context.note?.(`${label} is in Git LFS: checked from ${object.bytesFetched} of its ${id.size} bytes`);
        if (facts.type === undefined)
            return {
                problems: [
                    // The object comes from an LFS server, which a pull request's `.lfsconfig` may name:
                    // what it sent is named, never quoted, as for any server's answer.
                    (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownTypeProblem */ .QH)(kind, label, facts.head, {
                        fileName: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(context.relPath),
                        quoteBytes: false,
                    }),
                ],
            };
        if (facts.truncated !== undefined) {
            return problem("truncated", `${label} looks cut short: ${facts.truncated}; copy or export the file again`);
        }
        const media = {
            kind: "file",
            path: context.realPath,
            relPath: context.relPath,
            filename: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(context.relPath),
            size: id.size,
            ...facts.type,
            ...(facts.durationSeconds === undefined ? {} : { durationSeconds: facts.durationSeconds }),
            lfs: id,
        };
        return { media, problems: [], warnings: kind === "audio" ? (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .audioWarnings */ .Q9)(label, facts) : [] };
    }
    catch (error) {
        context.signal?.throwIfAborted();
        if (error instanceof _remote_object_js__WEBPACK_IMPORTED_MODULE_5__/* .RemoteFetchError */ .VY)
            return problem(error.rule, error.message);
        throw error;
    }
}
function problem(rule, message) {
    return { problems: [{ rule, message }] };
}


/***/ }),

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ inspectRemote)
/* harmony export */ });
/* unused harmony export REMOTE_HEAD_BYTES */
/* harmony import */ var _duration_mp3_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5728);
/* harmony import */ var _inspect_audio_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7490);
/* harmony import */ var _remote_object_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9046);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1964);





// The checks of a medium whose bytes are elsewhere (a Git LFS object, audio at a URL), by ranged
// reads: its first 64 KiB tell its type; the duration readers then ask for the ranges they need
// (a second range past a large ID3v2 tag, the tail of an Ogg stream, an MP4 `moov` after the
// media). Only a stream whose headers do not state its length is read whole, and the log says so.
const REMOTE_HEAD_BYTES = 64 * 1024;
async function inspectRemote(kind, object, options) {
    const source = (0,_remote_object_js__WEBPACK_IMPORTED_MODULE_3__/* .rangedSource */ .ZF)(object, options.signal, options.blocks);
    const head = await source.read(0, REMOTE_HEAD_BYTES);
    // A leading ID3v2 tag larger than the head is skipped by its size before the type is decided.
    const content = await (0,_sniff_js__WEBPACK_IMPORTED_MODULE_4__/* .sniffSource */ .Qo)(kind, head, source);
    if (content.type === undefined)
        return { head: content.evidence };
    const type = content.type;
    if (kind !== "audio")
        return { head, type };
    if (!(await statesItsLength(type.type, source))) {
        if (options.notReadWhole !== undefined) {
            const lengthUnknown = `it is ${FORMAT_WORDS[type.type] ?? type.type}, which has no header that states its length, and ${options.notReadWhole}`;
            return { head, type, lengthUnknown };
        }
        options.note?.(`${object.label} (${FORMAT_WORDS[type.type] ?? type.type}) has no header that states its length: all ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(object.size)} of it are read to count its frames`);
    }
    const facts = await (0,_inspect_audio_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectAudio */ .h)(type.type, source);
    return { head, type, ...facts };
}
const FORMAT_WORDS = {
    mp3: "an MP3 without a Xing/Info or VBRI header",
    aac: "raw AAC (ADTS)",
};
/** False for the streams whose duration only a count of every frame gives. */
async function statesItsLength(type, source) {
    if (type === "aac")
        return false;
    if (type !== "mp3")
        return true;
    return (0,_duration_mp3_js__WEBPACK_IMPORTED_MODULE_0__/* .mp3StatesItsLength */ .VX)(source);
}


/***/ }),

/***/ 9046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ collectRange),
/* harmony export */   SE: () => (/* binding */ readWholeVerified),
/* harmony export */   VY: () => (/* binding */ RemoteFetchError),
/* harmony export */   ZF: () => (/* binding */ rangedSource),
/* harmony export */   nz: () => (/* binding */ downloadVerified),
/* harmony export */   o3: () => (/* binding */ mismatchMessage),
/* harmony export */   tE: () => (/* binding */ REMOTE_BLOCK_BYTES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5728);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2862);
/* harmony import */ var _workspace_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5733);






/** A fetch that failed; `retryable` when another try could succeed (a dropped connection). */
class RemoteFetchError extends Error {
    rule;
    retryable;
    constructor(message, rule, retryable) {
        super(message);
        this.rule = rule;
        this.retryable = retryable;
        this.name = "RemoteFetchError";
    }
}
/** Reads are rounded to blocks this big and kept, so header readers' small reads share one range. */
const REMOTE_BLOCK_BYTES = 64 * 1024;
/** Reads at least this long (a frame count through a whole file) go straight through, unkept. */
const PASS_THROUGH_BYTES = 512 * 1024;
/**
 * Blocks kept at most (4 MiB): a header walk reads a few, but a fragmented MP4's walk visits one
 * per fragment through the whole file, and memory must not grow with the file.
 */
const MAX_KEPT_BLOCKS = 64;
/**
 * The ByteSource the sniffers and duration readers take, over a remote object: reads are
 * rounded out to 64 KiB blocks, and the missing blocks of one read are asked for in one range,
 * so the dozen small reads of a header walk cost one or two requests; the last 64 are kept. A long read (counting
 * the frames of an MP3 without a length header) is passed through without being kept, so
 * memory stays at one read. `blocks` are the blocks kept so far: a second source over the same
 * bytes (URL audio's length read after its probe) given the first's asks for none of them again.
 */
function rangedSource(object, signal, blocks = new Map()) {
    return {
        size: object.size,
        async read(offset, length) {
            const end = Math.min(object.size, offset + Math.max(0, length));
            if (offset < 0 || offset >= end)
                return new Uint8Array(0);
            if (end - offset >= PASS_THROUGH_BYTES)
                return object.read(offset, end - offset, signal);
            const first = Math.floor(offset / REMOTE_BLOCK_BYTES);
            const last = Math.floor((end - 1) / REMOTE_BLOCK_BYTES);
            await fetchMissingBlocks(object, blocks, first, last, signal);
            const out = new Uint8Array(end - offset);
            for (let index = first; index <= last; index++) {
                const block = blocks.get(index) ?? new Uint8Array(0);
                const blockStart = index * REMOTE_BLOCK_BYTES;
                const from = Math.max(offset, blockStart) - blockStart;
                const to = Math.min(end, blockStart + block.length) - blockStart;
                if (to > from)
                    out.set(block.subarray(from, to), blockStart + from - offset);
            }
            // The oldest first (a Map keeps its insertion order), after the read is served.
            for (const index of blocks.keys()) {
                if (blocks.size <= MAX_KEPT_BLOCKS)
                    break;
                blocks.delete(index);
            }
            return out;
        },
    };
}
async function fetchMissingBlocks(object, blocks, first, last, signal) {
    let missingFrom = first;
    while (missingFrom <= last && blocks.has(missingFrom))
        missingFrom++;
    let missingTo = last;
    while (missingTo >= missingFrom && blocks.has(missingTo))
        missingTo--;
    if (missingFrom > missingTo)
        return;
    const at = missingFrom * REMOTE_BLOCK_BYTES;
    const bytes = await object.read(at, (missingTo + 1) * REMOTE_BLOCK_BYTES - at, signal);
    for (let index = missingFrom; index <= missingTo; index++) {
        const from = (index - missingFrom) * REMOTE_BLOCK_BYTES;
        blocks.set(index, bytes.subarray(from, from + REMOTE_BLOCK_BYTES));
    }
}
/**
 * Downloads the whole object to `path`, streamed (memory stays at one chunk), resumed from
 * where it stopped after a dropped connection, and checked on arrival: exactly `size` bytes and,
 * when the object has one, the sha256 it must have. A file that fails the check is not kept.
 */
async function downloadVerified(object, path, options) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "w");
    const state = { written: 0, hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256") };
    try {
        for (let attempt = 1;; attempt++) {
            options.signal?.throwIfAborted();
            try {
                await receive(object, file, state, options);
                break;
            }
            catch (error) {
                options.signal?.throwIfAborted();
                const failure = asFetchError(error, object, state.written);
                if (!failure.retryable || attempt >= options.attempts)
                    throw failure;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(250 * 2 ** (attempt - 1), undefined, { signal: options.signal });
            }
        }
    }
    finally {
        await file.close();
    }
    verify(object, state.written, state.hash.digest("hex"));
}
async function receive(object, file, state, options) {
    const body = await object.open(state.written, options.signal);
    if (body.start !== state.written) {
        // The server could not resume: start over, file and hash alike.
        await file.truncate(0);
        state.written = 0;
        state.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    }
    try {
        for await (const chunk of body.chunks) {
            if (state.written + chunk.length > object.size)
                throw tooLarge(object);
            await file.write(chunk, 0, chunk.length, state.written);
            state.hash.update(chunk);
            state.written += chunk.length;
            options.onProgress?.(state.written, object.size);
        }
    }
    finally {
        body.cancel();
    }
    if (state.written < object.size) {
        // Exact bytes when rounding would show "1.0 GiB of 1.0 GiB".
        const [got, total] = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytePair */ .ao)(state.written, object.size);
        throw new RemoteFetchError(`${object.label}: the connection ended after ${got} of ${total}`, "lfs-unreachable", true);
    }
}
/** An object that outgrows the size it must have: against its pointer, where it has one. */
function tooLarge(object) {
    const message = object.sha256 === undefined
        ? `${object.label} is larger on the server than the ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .exactBytes */ .X2)(object.size)} expected`
        : mismatchMessage(object.label, { sha256: object.sha256, size: object.size }, { size: object.size, more: true });
    return new RemoteFetchError(message, "lfs-mismatch", false);
}
function verify(object, size, sha256) {
    if (object.sha256 === undefined || (size === object.size && sha256 === object.sha256))
        return;
    throw new RemoteFetchError(mismatchMessage(object.label, { sha256: object.sha256, size: object.size }, { sha256, size }), "lfs-mismatch", false);
}
/**
 * "… does not match its Git LFS pointer: the pointer says sha256 0123456789ab…, 5 bytes, the LFS
 * server sent …": what the server `has` (its batch answer) or `sent` (the bytes), and `more`
 * when it sent more than the size (and was cut off there).
 */
function mismatchMessage(label, expected, got, server = "sent") {
    const describe = (o) => `${o.sha256 === undefined ? "" : `sha256 ${o.sha256.slice(0, 12)}…, `}${o.more === true ? "more than " : ""}${o.size} bytes`;
    return (`${label} does not match its Git LFS pointer: the pointer says ${describe(expected)}, ` +
        `the LFS server ${server} ${describe(got)}; nothing of it was uploaded. ` +
        "Commit the file again with Git LFS (`git lfs track`, then `git add`) and push it with `git lfs push --all origin`");
}
/** Local disk problems end the download; anything else on the way is the network, worth another try. */
function asFetchError(error, object, written) {
    if (error instanceof RemoteFetchError)
        return error;
    const code = (0,_workspace_path_js__WEBPACK_IMPORTED_MODULE_5__/* .errorCode */ .CA)(error);
    if (code !== undefined && ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM"].includes(code)) {
        const message = error instanceof Error ? error.message : String(error);
        return new RemoteFetchError(`${object.label}: could not write the download to disk: ${message}`, "lfs-unreachable", false);
    }
    const from = object.where === undefined ? "" : ` from ${object.where}`;
    return new RemoteFetchError(`${object.label}: the download${from} failed after ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(written)}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNetworkError */ .gl)(error)}`, "lfs-unreachable", true);
}
/**
 * The whole object in memory, verified like a download: for the small files that are parsed
 * rather than uploaded (a tracklist export). The caller bounds `size` before asking.
 */
async function readWholeVerified(object, signal) {
    const bytes = await object.read(0, object.size, signal);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex");
    verify(object, bytes.length, sha256);
    return bytes;
}
/**
 * `length` bytes from offset `at`, out of a body that starts at `body.start` (0 when a server
 * ignored the Range header: the bytes before `at` are read and dropped). The connection is
 * closed as soon as the bytes are in, rather than read on.
 */
async function collectRange(body, at, length, count) {
    const out = new Uint8Array(length);
    let position = body.start;
    let filled = 0;
    try {
        for await (const chunk of body.chunks) {
            count(chunk.length);
            const from = Math.max(0, at - position);
            const to = Math.min(chunk.length, at + length - position);
            if (to > from) {
                out.set(chunk.subarray(from, to), position + from - at);
                filled = position + to - at;
            }
            position += chunk.length;
            if (position >= at + length)
                break;
        }
    }
    finally {
        body.cancel();
    }
    if (filled < length) {
        throw new RemoteFetchError(`the download ended after ${filled} of the ${length} bytes asked for`, "lfs-unreachable", true);
    }
    return out;
}


/***/ })

};
