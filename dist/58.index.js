export const id = 58;
export const ids = [58,736];
export const modules = {

/***/ 2862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ parseContentRange),
/* harmony export */   CT: () => (/* binding */ acceptsByteRanges),
/* harmony export */   LL: () => (/* binding */ discardBody),
/* harmony export */   VR: () => (/* binding */ openHttpSession),
/* harmony export */   Wn: () => (/* binding */ describeStatus),
/* harmony export */   Z: () => (/* binding */ headerValue),
/* harmony export */   cf: () => (/* binding */ integerHeader),
/* harmony export */   g4: () => (/* binding */ requestFollowingRedirects),
/* harmony export */   gl: () => (/* binding */ describeNetworkError),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   kA: () => (/* binding */ isNameResolutionError)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _url_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



async function openHttpSession(timeouts, policy) {
    const { request } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
    const agent = await (0,_url_policy_js__WEBPACK_IMPORTED_MODULE_1__.createPolicyDispatcher)(policy, timeouts);
    return {
        policy,
        request: (url, init) => request(url, { ...init, dispatcher: agent }),
        // destroy, not close: a check abandons bodies on purpose and must not wait for them.
        close: () => agent.destroy(),
    };
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Requests `start`, following up to `maxRedirects` redirects (counting `redirectsSoFar`). */
async function requestFollowingRedirects(session, start, options, redirectsSoFar = 0) {
    let url = start;
    for (let redirects = redirectsSoFar;; redirects++) {
        const init = {
            method: options.method,
            headers: options.headersFor(url),
            ...(options.body === undefined ? {} : { body: options.body }),
            signal: options.signal,
        };
        const response = await session.request(url, init);
        const location = REDIRECT_STATUSES.has(response.statusCode)
            ? headerValue(response.headers, "location")
            : undefined;
        if (location === undefined)
            return { ok: true, response, url, redirects };
        await discardBody(response);
        const next = nextHop(url, location, redirects, options, session.policy);
        if (!(next instanceof URL))
            return { ok: false, problem: next };
        url = next;
    }
}
function nextHop(from, location, redirects, options, policy) {
    if (redirects >= options.maxRedirects) {
        return {
            rule: "url-redirect-limit",
            message: `${options.label} redirects more than ${options.maxRedirects} times: link to the final address of the file`,
        };
    }
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        return {
            rule: "url-status",
            message: `${options.label} redirects to an invalid address: link to the file directly`,
        };
    }
    return (0,_url_policy_js__WEBPACK_IMPORTED_MODULE_1__.redirectProblem)(from, next, options.label, policy) ?? next;
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** A non-negative integer header (Content-Length), or undefined when absent or malformed. */
function integerHeader(headers, name) {
    const value = headerValue(headers, name)?.trim();
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
function acceptsByteRanges(headers) {
    return (headerValue(headers, "accept-ranges") ?? "").toLowerCase().includes("bytes");
}
/** Parses `bytes 0-65535/1048576`; the unsatisfied-range form (`bytes *` + `/0`) gives start -1. */
function parseContentRange(value) {
    const match = /^\s*bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)\s*$/i.exec(value ?? "");
    if (match === null)
        return undefined;
    const total = match[3] === "*" ? undefined : Number(match[3]);
    if (match[1] === undefined)
        return { start: -1, end: -1, total };
    return { start: Number(match[1]), end: Number(match[2]), total };
}
/** Drops a body we do not want, without letting its errors escape. */
async function discardBody(response) {
    try {
        await response.body.dump({ limit: 64 * 1024 });
    }
    catch {
        response.body.destroy();
    }
}
/** "404 Not Found: check the URL" and the like. */
function describeStatus(status) {
    const text = `${status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? ""}`.trim();
    if (status === 401 || status === 403)
        return `${text}: the file is not public; use a link anyone can download`;
    if (status === 404 || status === 410)
        return `${text}: check the URL`;
    if (status === 429 || status >= 500)
        return `${text}: the server is failing or busy; try again later`;
    return text;
}
const NETWORK_ERRORS = {
    UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
    UND_ERR_HEADERS_TIMEOUT: "the server did not answer in time",
    UND_ERR_BODY_TIMEOUT: "the server stopped sending data",
    UND_ERR_SOCKET: "the connection was dropped",
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: "the server sent a different length than it announced",
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was reset",
    ENOTFOUND: "the host name does not resolve",
    EAI_AGAIN: "the host name could not be resolved (DNS failure)",
    EHOSTUNREACH: "the host is unreachable",
    ENETUNREACH: "the network is unreachable",
    ETIMEDOUT: "the connection timed out",
    [_url_policy_js__WEBPACK_IMPORTED_MODULE_1__.REFUSED_CODE]: "it does not lead to a public internet address",
};
/** A network failure in words; undici's codes and Node's socket codes are both understood. */
function describeNetworkError(error) {
    const code = codeOf(error);
    if (code !== undefined && NETWORK_ERRORS[code] !== undefined)
        return NETWORK_ERRORS[code];
    if (code !== undefined && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_/.test(code)) {
        return `its TLS certificate was not accepted (${code})`;
    }
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
    return code === undefined ? message : `${message} (${code})`;
}
/** The host name did not resolve (no such name, or DNS failed). */
function isNameResolutionError(error) {
    const code = codeOf(error);
    return code === "ENOTFOUND" || code === "EAI_AGAIN";
}
function codeOf(error) {
    for (let e = error, depth = 0; e !== undefined && depth < 4; depth++) {
        if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string")
            return e.code;
        e = typeof e === "object" && e !== null && "cause" in e ? e.cause : undefined;
    }
    return undefined;
}
/**
 * The wait before retry `attempt` of a media fetch (a download, an LFS batch request): 0.25 s,
 * 0.5 s, 1 s … up to 4 s, with jitter so parallel fetches do not retry in step.
 */
function backoffMs(attempt) {
    const base = Math.min(4000, 250 * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + Math.random() / 2));
}


/***/ }),

/***/ 1058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readLfsText: () => (/* binding */ readLfsText)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5728);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9211);
/* harmony import */ var _remote_object_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9046);



async function readLfsText(pointer, label, lfs, maxBytes, signal) {
    const id = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_1__/* .lfsObjectId */ .YG)(pointer);
    if (id === undefined) {
        return fail("lfs-pointer", `${label} is a Git LFS pointer without an \`oid sha256:\` and a \`size\` line, so its object cannot be asked for: commit the file again with Git LFS`);
    }
    if (id.size > maxBytes) {
        return fail("too-large", `${label} is ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(id.size)} (in Git LFS); a tracklist file may be at most ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxBytes)}: is this the right file?`);
    }
    try {
        const object = await lfs.open(id, label, signal);
        return { ok: true, bytes: await (0,_remote_object_js__WEBPACK_IMPORTED_MODULE_2__/* .readWholeVerified */ .SE)(object, signal) };
    }
    catch (error) {
        signal?.throwIfAborted();
        if (error instanceof _remote_object_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteFetchError */ .VY)
            return fail(error.rule, error.message);
        throw error;
    }
}
function fail(rule, message) {
    return { ok: false, problem: { rule, message } };
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


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AddressRefusedError: () => (/* binding */ AddressRefusedError),
/* harmony export */   PRIVATE_ALLOWED: () => (/* binding */ PRIVATE_ALLOWED),
/* harmony export */   PUBLIC_ONLY: () => (/* binding */ PUBLIC_ONLY),
/* harmony export */   REFUSED_CODE: () => (/* binding */ REFUSED_CODE),
/* harmony export */   addressRange: () => (/* binding */ addressRange),
/* harmony export */   addressRefusal: () => (/* binding */ addressRefusal),
/* harmony export */   createPolicyDispatcher: () => (/* binding */ createPolicyDispatcher),
/* harmony export */   findAddressRefusal: () => (/* binding */ findAddressRefusal),
/* harmony export */   guardedLookup: () => (/* binding */ guardedLookup),
/* harmony export */   isLoopbackHost: () => (/* binding */ isLoopbackHost),
/* harmony export */   isLoopbackUrl: () => (/* binding */ isLoopbackUrl),
/* harmony export */   isPublicAddress: () => (/* binding */ isPublicAddress),
/* harmony export */   redactUrl: () => (/* binding */ redactUrl),
/* harmony export */   redirectProblem: () => (/* binding */ redirectProblem),
/* harmony export */   refusedConnectionProblem: () => (/* binding */ refusedConnectionProblem),
/* harmony export */   urlProblem: () => (/* binding */ urlProblem)
/* harmony export */ });
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_2__);



/** The action's default: public https only. */
const PUBLIC_ONLY = { allowPrivateAddresses: false };
/** `allow-private-urls: true`, and the CLI. */
const PRIVATE_ALLOWED = { allowPrivateAddresses: true };
/** The error a refused connection fails with; its message never names the address. */
class AddressRefusedError extends Error {
    reason;
    code = REFUSED_CODE;
    constructor(reason) {
        super(reason === "private"
            ? "the address is not a public internet address"
            : "plain http:// is only allowed to the runner's own network");
        this.reason = reason;
        this.name = "AddressRefusedError";
    }
}
const REFUSED_CODE = "ERR_MIXCLOUD_PUBLISH_ADDRESS_REFUSED";
const RANGE_NAMES = {
    loopback: "a loopback address (this machine)",
    private: "a private network address",
    linkLocal: "a link-local address (such as a cloud metadata service)",
    uniqueLocal: "a private network address",
    carrierGradeNat: "a carrier-grade NAT address",
    unspecified: "the unspecified address",
    broadcast: "a broadcast address",
    multicast: "a multicast address",
};
/**
 * The kind of an IP address ("unicast" for a public one), after unwrapping IPv4-mapped IPv6
 * (`::ffff:127.0.0.1` is loopback). Anything ipaddr.js does not call "unicast" — reserved,
 * documentation, NAT64 and 6to4 ranges that can embed a private IPv4 — counts as not public.
 */
function addressRange(address) {
    const bare = address.replace(/^\[|\]$/g, "");
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_2___default().isValid(bare))
        return "invalid";
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_2___default().process(bare).range();
}
function isPublicAddress(address) {
    return addressRange(address) === "unicast";
}
/** Whether a connection to `address` for a URL of `protocol` may be made, else why not. */
function addressRefusal(address, protocol, policy) {
    const isPublic = isPublicAddress(address);
    if (!isPublic && !policy.allowPrivateAddresses)
        return new AddressRefusedError("private");
    if (isPublic && protocol === "http:")
        return new AddressRefusedError("plain-http-public");
    return undefined;
}
/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`, by the URL's text. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (host === "localhost" || host.endsWith(".localhost"))
        return true;
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) !== 0 && addressRange(host) === "loopback";
}
function isLoopbackUrl(url) {
    return isLoopbackHost(url.hostname);
}
const PRIVATE_HINT = "media must be on the public internet (a self-hosted runner that serves media on its own network can set `allow-private-urls: true`)";
/** Why the action will not fetch `url` at all, judged by its text before any connection. */
function urlProblem(url, label, policy) {
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        return {
            rule: "url-insecure",
            message: `${label} is a ${url.protocol} URL: use an https:// URL`,
        };
    }
    if (url.protocol === "http:" && !policy.allowPrivateAddresses) {
        return {
            rule: "url-insecure",
            message: `${label} is a plain http:// URL: use an https:// URL (plain http is only allowed with \`allow-private-urls: true\`, to the runner's own network)`,
        };
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0) {
        if (!policy.allowPrivateAddresses && isLoopbackHost(host))
            return privateProblem(label, "loopback");
        return undefined;
    }
    const refusal = addressRefusal(host, url.protocol, policy);
    if (refusal === undefined)
        return undefined;
    return refusal.reason === "private"
        ? privateProblem(label, addressRange(host))
        : plainHttpProblem(label);
}
function privateProblem(label, range) {
    const what = RANGE_NAMES[range] ?? "an address that is not a public internet address";
    return {
        rule: "url-private-address",
        message: `${label} points to ${what}, which is not fetched: ${PRIVATE_HINT}`,
    };
}
function plainHttpProblem(label) {
    return {
        rule: "url-insecure",
        message: `${label} is a plain http:// URL to a public address: use an https:// URL (plain http is only for the runner's own network)`,
    };
}
/**
 * The problem for a connection the dispatcher refused. It does not name the address, nor tell a
 * name that resolves to a private address from one that does not resolve: either would let a
 * pull request map the runner's network and its DNS.
 */
function refusedConnectionProblem(label, error) {
    if (error.reason === "plain-http-public")
        return plainHttpProblem(label);
    return {
        rule: "url-private-address",
        message: `${label} does not lead to a public internet address: check the host name; ${PRIVATE_HINT}`,
    };
}
/** Why a redirect from `from` to `to` is not followed, or undefined when it is. */
function redirectProblem(from, to, label, policy) {
    const target = redactUrl(to);
    if (isLoopbackUrl(from) && !isLoopbackUrl(to)) {
        // A server on this machine (a test double) must not send the action out to the network.
        return {
            rule: "url-redirect-refused",
            message: `${label} redirects from this machine to another host (${target}); such redirects are not followed`,
        };
    }
    if (from.protocol === "https:" &&
        to.protocol !== "https:" &&
        !(isLoopbackUrl(from) && isLoopbackUrl(to))) {
        return {
            rule: "url-redirect-downgrade",
            message: `${label} redirects from https to ${to.protocol}// (${target}); such downgrades are refused: link to an https URL that stays https`,
        };
    }
    const problem = urlProblem(to, label, policy);
    return problem === undefined
        ? undefined
        : { ...problem, message: `${problem.message} (it redirects to ${target})` };
}
/**
 * A `lookup` for net/tls.connect that resolves as usual and refuses every answer in which any
 * address breaks the policy (a name resolving to both a public and a private address is refused:
 * which one is used is not ours to choose).
 */
function guardedLookup(policy, protocol) {
    return (hostname, options, callback) => {
        (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, { ...options, all: true }, (error, addresses) => {
            if (error)
                return callback(error, []);
            const refused = addresses
                .map((a) => addressRefusal(a.address, protocol, policy))
                .find((r) => r !== undefined);
            if (refused !== undefined || addresses.length === 0)
                return callback(refused ?? new AddressRefusedError("private"), []);
            if (options.all === true)
                return callback(null, addresses);
            const first = addresses[0];
            callback(null, first.address, first.family);
        });
    };
}
/**
 * An undici Agent that enforces the policy on every connection it opens: an address literal is
 * judged before connecting, a host name through {@link guardedLookup}, and the socket's remote
 * address once more after connecting. Use it for every request to a URL a cloudcast names (and an
 * `.lfsconfig` endpoint). undici is imported on first use.
 */
async function createPolicyDispatcher(policy, timeouts) {
    const { Agent, buildConnector } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
    const connectorFor = (protocol) => buildConnector({
        timeout: timeouts.connectMs,
        lookup: guardedLookup(policy, protocol),
    });
    const connectors = {
        "https:": connectorFor("https:"),
        "http:": connectorFor("http:"),
    };
    const connect = (options, callback) => {
        const base = connectors[options.protocol] ?? connectors["https:"];
        const host = options.hostname.replace(/^\[|\]$/g, "");
        // An address literal never goes through the lookup: it is judged here.
        const early = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0 ? undefined : addressRefusal(host, options.protocol, policy);
        if (early !== undefined)
            return callback(early, null);
        base(options, (error, socket) => {
            if (error !== null)
                return callback(error, null);
            const late = remoteRefusal(socket, options.protocol, policy);
            if (late === undefined)
                return callback(null, socket);
            socket.destroy();
            callback(late, null);
        });
    };
    return new Agent({
        connect,
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
    });
}
function remoteRefusal(socket, protocol, policy) {
    const remote = socket.remoteAddress;
    // A socket that is already closed has no address; the request on it fails by itself.
    return remote === undefined ? undefined : addressRefusal(remote, protocol, policy);
}
/** The refusal inside `error` (undici may wrap it), if any. */
function findAddressRefusal(error) {
    for (let e = error, depth = 0; e !== undefined && depth < 4; depth++) {
        if (e instanceof AddressRefusedError)
            return e;
        e = typeof e === "object" && e !== null && "cause" in e ? e.cause : undefined;
    }
    return undefined;
}
/**
 * A URL fit for messages and logs: no user name or password, no fragment, and the query
 * replaced by `?…` because signed download links carry their credentials there.
 */
function redactUrl(url) {
    let parsed;
    try {
        parsed = typeof url === "string" ? new URL(url) : url;
    }
    catch {
        return "(an invalid URL)";
    }
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search === "" ? "" : "?…"}`;
}


/***/ })

};
