export const id = 168;
export const ids = [168,736];
export const modules = {

/***/ 5163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ urlFilename),
/* harmony export */   bj: () => (/* binding */ safeFilename),
/* harmony export */   r$: () => (/* binding */ retypedFilename)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2862);

// The file name a URL's medium is uploaded under: Mixcloud sees it, so it should be what the
// server calls the file, and safe to use as a name in a temporary folder.
const EXTENSIONS = { jpeg: "jpg" };
/** From Content-Disposition, else the last segment of the final or original URL, else `audio.mp3`-like. */
function urlFilename(kind, urls, response, type) {
    const disposition = response && dispositionFilename((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(response.headers, "content-disposition"));
    const fromUrl = urls.map(lastSegment).find((name) => name !== "");
    const name = safeFilename(disposition ?? fromUrl ?? "") || kind;
    if (type === undefined || name.includes("."))
        return name;
    return `${name}.${EXTENSIONS[type.type] ?? type.type}`;
}
/**
 * The name for content found to be of another type than first thought: an extension that
 * urlFilename added for the first type (the name had none of its own) follows the content.
 */
function retypedFilename(name, from, to) {
    const added = `.${EXTENSIONS[from] ?? from}`;
    const stem = name.slice(0, -added.length);
    if (!name.endsWith(added) || stem === "" || stem.includes("."))
        return name;
    return `${stem}.${EXTENSIONS[to] ?? to}`;
}
function dispositionFilename(value) {
    if (value === undefined)
        return undefined;
    const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(value)?.[1];
    if (extended !== undefined) {
        try {
            return decodeURIComponent(extended.trim());
        }
        catch {
            // fall through to the plain form
        }
    }
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(value);
    return (plain?.[1] ?? plain?.[2])?.trim();
}
function lastSegment(url) {
    const segment = url.pathname.split("/").pop() ?? "";
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}
/** A name without folders, control characters or a leading dot, at most 200 characters. */
function safeFilename(name) {
    const base = name.split(/[/\\]/).pop() ?? "";
    return base
        .split("")
        .filter((c) => !isControl(c.charCodeAt(0)))
        .join("")
        .replace(/^\.+/, "")
        .slice(0, 200)
        .trim();
}
function isControl(code) {
    return code < 0x20 || code === 0x7f;
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

/***/ 6168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLfsClient: () => (/* binding */ createLfsClient)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/media/filename.ts
var media_filename = __webpack_require__(5163);
// EXTERNAL MODULE: ./src/media/remote-object.ts
var remote_object = __webpack_require__(9046);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/media/http.ts
var http = __webpack_require__(2862);
// EXTERNAL MODULE: ./src/retry-after.ts
var retry_after = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/media/url-policy.ts
var url_policy = __webpack_require__(2736);
;// CONCATENATED MODULE: ./src/media/lfs/batch.ts






// The Git LFS batch API, download side (https://github.com/git-lfs/git-lfs/blob/main/docs/api/batch.md):
// one POST per object to `<endpoint>/objects/batch`, answered with where to GET the object
// (`href`), with which headers, and for how long. Every failure becomes a sentence that says
// what to do; the endpoint in it never carries a credential.
const LFS_MEDIA_TYPE = "application/vnd.git-lfs+json";
/** An answer of the batch API is a few hundred bytes; a larger one is not read. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** An `href` is asked for again this long before it lapses, so a read never starts on a dead one. */
const EXPIRY_MARGIN_MS = 10_000;
function isExpired(action, now = Date.now()) {
    return action.expiresAt !== undefined && now >= action.expiresAt - EXPIRY_MARGIN_MS;
}
/** Asks the LFS server where to download one object. Throws RemoteFetchError. */
async function requestDownload(request) {
    const url = new URL(`${request.endpoint.url.href.replace(/\/+$/, "")}/objects/batch`);
    const refused = (0,url_policy.urlProblem)(url, `the LFS server ${(0,url_policy.redactUrl)(request.endpoint.url)}`, request.policy);
    if (refused !== undefined)
        throw new remote_object/* RemoteFetchError */.VY(refused.message, "lfs-unreachable", false);
    let askedForCredential = false;
    for (let attempt = 1;; attempt++) {
        request.signal?.throwIfAborted();
        let answer;
        try {
            answer = await post(url, request);
        }
        catch (error) {
            request.signal?.throwIfAborted();
            if (error instanceof remote_object/* RemoteFetchError */.VY)
                throw error;
            if (attempt >= request.attempts)
                throw unreachable(request, attempt, (0,http/* describeNetworkError */.gl)(error));
            await (0,external_node_timers_promises_.setTimeout)((0,http/* backoffMs */.jo)(attempt), undefined, { signal: request.signal });
            continue;
        }
        if (answer.status === 401 && !askedForCredential && request.onUnauthorized !== undefined) {
            askedForCredential = true;
            if (await request.onUnauthorized())
                continue;
        }
        if (answer.status === 200)
            return parseAnswer(answer.body, request);
        const retryable = answer.status === 429 || (answer.status >= 500 && answer.status !== 509);
        if (!retryable || attempt >= request.attempts)
            throw statusError(answer, request, attempt);
        await (0,external_node_timers_promises_.setTimeout)(retryDelayMs(answer.retryAfter, attempt), undefined, { signal: request.signal });
    }
}
async function post(url, request) {
    const session = await (0,http/* openHttpSession */.VR)({ connectMs: request.timeoutMs, headersMs: request.timeoutMs, bodyMs: request.timeoutMs }, request.policy);
    try {
        const followed = await (0,http/* requestFollowingRedirects */.g4)(session, url, {
            method: "POST",
            body: JSON.stringify({
                operation: "download",
                transfers: ["basic"],
                objects: [{ oid: request.id.oid, size: request.id.size }],
                hash_algo: "sha256",
            }),
            headersFor: (hop) => ({
                accept: LFS_MEDIA_TYPE,
                "content-type": LFS_MEDIA_TYPE,
                ...request.credentialFor(hop),
            }),
            signal: request.signal,
            maxRedirects: 3,
            label: `the LFS server ${(0,url_policy.redactUrl)(request.endpoint.url)}`,
        });
        if (!followed.ok)
            throw new remote_object/* RemoteFetchError */.VY(followed.problem.message, "lfs-unreachable", false);
        const retryAfter = (0,http/* headerValue */.Z)(followed.response.headers, "retry-after");
        return {
            status: followed.response.statusCode,
            body: await readText(followed.response),
            ...(retryAfter === undefined ? {} : { retryAfter }),
        };
    }
    finally {
        await session.close();
    }
}
async function readText(response) {
    const chunks = [];
    let got = 0;
    for await (const chunk of response.body) {
        got += chunk.length;
        if (got > MAX_ANSWER_BYTES) {
            await (0,http/* discardBody */.LL)(response);
            break;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
}
function parseAnswer(body, request) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw invalidAnswer(request, "its answer is not JSON");
    }
    const object = parsed.objects?.find((o) => o.oid === request.id.oid);
    if (object === undefined)
        throw invalidAnswer(request, "its answer does not name the object");
    const code = object.error?.code;
    if (code === 404 || code === 410)
        throw missing(request);
    if (object.error !== undefined) {
        throw invalidAnswer(request, `it answered ${String(code)}: ${messageOf(object.error)}`);
    }
    if (typeof object.size === "number" && object.size !== request.id.size) {
        // The server keeps the object under the pointer's oid, so both sha256 are that oid.
        const { oid, size } = request.id;
        throw new remote_object/* RemoteFetchError */.VY((0,remote_object/* mismatchMessage */.o3)(request.label, { sha256: oid, size }, { sha256: oid, size: object.size }, "has"), "lfs-mismatch", false);
    }
    return downloadAction(object, request);
}
function downloadAction(object, request) {
    const download = object.actions?.download;
    let href;
    try {
        href = new URL(String(download?.href));
    }
    catch {
        throw invalidAnswer(request, "its answer has no download link");
    }
    const header = {};
    if (typeof download?.header === "object" && download.header !== null) {
        for (const [name, value] of Object.entries(download.header)) {
            if (typeof value === "string")
                header[name.toLowerCase()] = value;
        }
    }
    const expiresAt = expiryOf(download?.expires_in, download?.expires_at);
    return { href, header, ...(expiresAt === undefined ? {} : { expiresAt }) };
}
/** `expires_in` (seconds from now) wins over `expires_at`, as the spec says. */
function expiryOf(expiresIn, expiresAt) {
    if (typeof expiresIn === "number" && Number.isFinite(expiresIn) && expiresIn !== 0)
        return Date.now() + expiresIn * 1000;
    if (typeof expiresAt === "string") {
        const at = Date.parse(expiresAt);
        // Go's zero time ("0001-01-01T00:00:00Z") is what servers send for "no limit".
        if (Number.isFinite(at) && at > Date.parse("1971-01-01"))
            return at;
    }
    return undefined;
}
function messageOf(value) {
    return typeof value?.message === "string" ? value.message.slice(0, 500) : "";
}
function where(request) {
    return (0,url_policy.redactUrl)(request.endpoint.url);
}
function missing(request) {
    return new remote_object/* RemoteFetchError */.VY(`${request.label} is a Git LFS pointer whose object is not on the LFS server (${where(request)}): it was committed without its object; push the object with \`git lfs push --all origin\` (from a clone that has the file)`, "lfs-missing", false);
}
function statusError(answer, request, attempt) {
    const said = serverMessage(answer.body);
    if (/quota|bandwidth/i.test(said) || answer.status === 509) {
        return new remote_object/* RemoteFetchError */.VY(`the LFS server (${where(request)}) refused ${request.label}'s object: ${said || `${answer.status} Bandwidth Limit Exceeded`}`, "lfs-quota", false);
    }
    if (answer.status === 401 || answer.status === 403)
        return denied(answer.status, request);
    if (answer.status === 404 && request.endpoint.url.origin === request.githubOrigin)
        return denied(404, request);
    const status = `${answer.status} ${external_node_http_.STATUS_CODES[answer.status] ?? ""}`.trim();
    if (answer.status === 429 || answer.status >= 500)
        return unreachable(request, attempt, `it answered ${status}${said ? `: ${said}` : ""}`);
    return invalidAnswer(request, `it answered ${status}${said ? `: ${said}` : ""}`);
}
function denied(status, request) {
    const statusText = `${status} ${external_node_http_.STATUS_CODES[status] ?? ""}`.trim();
    const onGitHub = request.endpoint.url.origin === request.githubOrigin;
    const what = request.local
        ? "run `git lfs pull` (no stored credential for this server was accepted)"
        : onGitHub
            ? "give the job `permissions: contents: read` (and leave the `github-token` input at its default, `github.token`)"
            : `the job's GitHub token is only sent to ${request.githubOrigin ?? "the GitHub server"}, never to an LFS server elsewhere (${request.endpoint.source}): make that server readable without it, or fetch the files with \`git lfs pull\` before the action`;
    return new remote_object/* RemoteFetchError */.VY(`the LFS server (${where(request)}) refused to give ${request.label}'s object (${statusText}): ${what}`, "lfs-denied", false);
}
function unreachable(request, attempts, why) {
    return new remote_object/* RemoteFetchError */.VY(`the LFS server ${where(request)} could not be reached for ${request.label} after ${attempts} ${attempts === 1 ? "try" : "tries"}: ${why}`, "lfs-unreachable", false);
}
function invalidAnswer(request, why) {
    return new remote_object/* RemoteFetchError */.VY(`the LFS server ${where(request)} did not give ${request.label}'s object: ${why}`, "lfs-unreachable", false);
}
/** `{"message": …}` of an error answer, one line, bounded. */
function serverMessage(body) {
    try {
        const parsed = JSON.parse(body);
        return messageOf(parsed).replace(/\s+/g, " ").trim();
    }
    catch {
        return "";
    }
}
/** The server's own wait (seconds or an HTTP date), up to 30 s; else the media backoff. */
function retryDelayMs(retryAfter, attempt) {
    const seconds = (0,retry_after/* parseRetryAfter */.m)(retryAfter, Date.now());
    return seconds === undefined ? (0,http/* backoffMs */.jo)(attempt) : Math.min(seconds, 30) * 1000;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/media/workspace-path.ts
var workspace_path = __webpack_require__(5733);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/media/lfs/git.ts

/** Runs git in `cwd`; resolves with any exit code (git's "not found" is 1 for `config --get`). */
function askGit(cwd, args, input = "") {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)("git", args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", LC_ALL: "C" },
            encoding: "utf8",
            maxBuffer: 1024 * 1024,
            timeout: 30_000,
            windowsHide: true,
        }, (error, stdout) => {
            const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
            resolve({ code, stdout });
        });
        child.stdin?.on("error", () => undefined);
        child.stdin?.end(input);
    });
}
/** One value of git config (`--get`), from the repository or from `text` in git config syntax. */
async function gitConfigValue(cwd, key, text) {
    const args = text === undefined ? ["config", "--get", key] : ["config", "--file", "-", "--get", key];
    const answer = await askGit(cwd, args, text);
    const value = answer.stdout.trim();
    return answer.code === 0 && value !== "" ? value : undefined;
}
/**
 * What the user's credential helpers hold for `url` (`git credential fill`, as git-lfs asks
 * them); undefined when they hold nothing (git is told never to prompt).
 */
async function fillCredential(cwd, url) {
    const input = `protocol=${url.protocol.replace(/:$/, "")}\nhost=${url.host}\npath=${url.pathname.replace(/^\//, "")}\n\n`;
    const answer = await askGit(cwd, ["credential", "fill"], input);
    if (answer.code !== 0)
        return undefined;
    const fields = new Map(answer.stdout
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
    const username = fields.get("username");
    const password = fields.get("password");
    return username === undefined || password === undefined ? undefined : { username, password };
}

;// CONCATENATED MODULE: ./src/media/lfs/endpoint.ts




/** `.lfsconfig` is a few lines; anything longer is not read (a pull request writes it). */
const LFSCONFIG_MAX_BYTES = 64 * 1024;
/** The endpoint, or a sentence saying why there is none. */
async function findEndpoint(settings) {
    const lfsconfig = await readLfsconfig(settings.workspace);
    const candidates = [
        [
            "`lfs.url` in `.lfsconfig`",
            async () => lfsconfig && configValue(settings, "lfs.url", lfsconfig),
        ],
        ["git config `remote.origin.lfsurl`", () => configValue(settings, "remote.origin.lfsurl")],
        ["git config `lfs.url`", () => configValue(settings, "lfs.url")],
    ];
    for (const [source, read] of candidates) {
        const value = await read();
        if (value === undefined)
            continue;
        const url = parseUrl(value);
        if (url === undefined)
            return `${source} is not a URL the action can use: \`${value}\``;
        return { url, source };
    }
    return defaultEndpoint(settings);
}
function configValue(settings, key, text) {
    return gitConfigValue(settings.workspace, key, text);
}
async function defaultEndpoint(settings) {
    if (settings.serverUrl !== undefined && settings.repository !== undefined) {
        const base = settings.serverUrl.replace(/\/+$/, "");
        const url = parseUrl(`${base}/${settings.repository}.git/info/lfs`);
        if (url !== undefined)
            return { url, source: "GITHUB_SERVER_URL and GITHUB_REPOSITORY" };
    }
    const remote = await gitConfigValue(settings.workspace, "remote.origin.url");
    const url = remote === undefined ? undefined : endpointOfRemote(remote);
    if (url !== undefined)
        return { url, source: "the `origin` remote" };
    return "no LFS server is known: the repository has no `.lfsconfig` with `lfs.url` and no `origin` remote";
}
/**
 * The LFS endpoint of a git remote, as git-lfs derives it: `https://host/owner/repo(.git)` and
 * `git@host:owner/repo.git` both become `https://host/owner/repo.git/info/lfs`.
 */
function endpointOfRemote(remote) {
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/\/)(.+)$/.exec(remote);
    const https = scp === null ? parseUrl(remote) : parseUrl(`https://${scp[1]}/${scp[2]}`);
    if (https === undefined || !["https:", "http:", "ssh:"].includes(https.protocol))
        return undefined;
    const path = https.pathname.replace(/\/+$/, "").replace(/(\.git)?$/, ".git");
    const scheme = https.protocol === "http:" ? "http:" : "https:";
    return parseUrl(`${scheme}//${https.hostname}${https.port && scheme === https.protocol ? `:${https.port}` : ""}${path}/info/lfs`);
}
function parseUrl(value) {
    try {
        const url = new URL(value);
        // Credentials in an LFS URL (`https://user:token@host/`) would end up in messages.
        url.username = "";
        url.password = "";
        return url;
    }
    catch {
        return undefined;
    }
}
/** The text of `.lfsconfig` at the workspace root, when it is a regular file inside it. */
async function readLfsconfig(workspace) {
    const root = await (0,promises_.realpath)(workspace);
    const found = await (0,workspace_path/* resolveInWorkspace */.z1)(root, ".lfsconfig", "`.lfsconfig`");
    if (!found.ok || !found.stats.isFile())
        return undefined;
    const handle = await (0,promises_.open)(found.realPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW).catch(() => undefined);
    if (handle === undefined)
        return undefined;
    try {
        const buffer = Buffer.alloc(Math.min(LFSCONFIG_MAX_BYTES, found.stats.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead).toString("utf8");
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/media/lfs/object.ts





class LfsObject {
    action;
    options;
    label;
    size;
    sha256;
    bytesFetched = 0;
    constructor(action, options) {
        this.action = action;
        this.options = options;
        this.label = options.label;
        this.size = options.id.size;
        this.sha256 = options.id.oid;
    }
    /** The download link, redacted: a presigned href's query string holds its signature. */
    get where() {
        return (0,url_policy.redactUrl)(this.action.href);
    }
    read(at, length, signal) {
        return withinBudget(this.options.budget, signal, (limited) => this.readRange(at, length, limited));
    }
    async readRange(at, length, signal) {
        const end = Math.min(this.size, at + length);
        if (at >= end)
            return new Uint8Array(0);
        for (let attempt = 1;; attempt++) {
            try {
                const body = await this.request(`bytes=${at}-${end - 1}`, at, signal);
                return await (0,remote_object/* collectRange */.A4)({
                    chunks: body.response.body,
                    start: body.start,
                    cancel: () => body.response.body.destroy(),
                }, at, end - at, (n) => (this.bytesFetched += n));
            }
            catch (error) {
                await this.beforeRetry(error, attempt, signal);
            }
        }
    }
    async open(from, signal) {
        const body = await this.request(from > 0 ? `bytes=${from}-` : undefined, from, signal);
        const counted = countChunks(body.response, (n) => (this.bytesFetched += n));
        return {
            start: body.start,
            chunks: counted,
            cancel: () => body.response.body.destroy(),
        };
    }
    async beforeRetry(error, attempt, signal) {
        signal?.throwIfAborted();
        const failure = error instanceof remote_object/* RemoteFetchError */.VY
            ? error
            : new remote_object/* RemoteFetchError */.VY(`${this.label}: reading its Git LFS object at ${this.where} failed: ${(0,http/* describeNetworkError */.gl)(error)}`, "lfs-unreachable", true);
        if (!failure.retryable || attempt >= this.options.attempts)
            throw failure;
        await (0,external_node_timers_promises_.setTimeout)(250 * 2 ** (attempt - 1), undefined, { signal });
    }
    /** A GET of the href (ranged when `range` is given); the href is renewed when it lapsed or was refused. */
    async request(range, from, signal) {
        for (let renewed = false;; renewed = true) {
            if (isExpired(this.action))
                this.action = await this.options.renew(signal);
            const response = await this.get(this.action, range, signal);
            const status = response.statusCode;
            if ((status === 401 || status === 403) && !renewed) {
                await (0,http/* discardBody */.LL)(response);
                this.action = await this.options.renew(signal);
                continue;
            }
            if (status === 200)
                return { response, start: 0 };
            const contentRange = (0,http/* parseContentRange */.C5)((0,http/* headerValue */.Z)(response.headers, "content-range"));
            if (status === 206 && contentRange?.start === from)
                return { response, start: from };
            await (0,http/* discardBody */.LL)(response);
            throw this.statusError(status);
        }
    }
    async get(action, range, signal) {
        const label = `${this.label}'s Git LFS object at ${(0,url_policy.redactUrl)(action.href)}`;
        const refused = (0,url_policy.urlProblem)(action.href, label, this.options.policy);
        if (refused !== undefined)
            throw new remote_object/* RemoteFetchError */.VY(refused.message, "lfs-unreachable", false);
        const session = await (0,http/* openHttpSession */.VR)({
            connectMs: this.options.timeoutMs,
            headersMs: this.options.timeoutMs,
            bodyMs: this.options.timeoutMs,
        }, this.options.policy);
        const origin = action.href.origin;
        const followed = await (0,http/* requestFollowingRedirects */.g4)(session, action.href, {
            method: "GET",
            headersFor: (url) => ({
                ...(url.origin === origin ? action.header : {}),
                ...(range === undefined ? {} : { range }),
            }),
            ...(signal === undefined ? {} : { signal }),
            maxRedirects: 5,
            label,
        }).catch(async (error) => {
            await session.close();
            throw error;
        });
        if (!followed.ok) {
            await session.close();
            throw new remote_object/* RemoteFetchError */.VY(followed.problem.message, "lfs-unreachable", false);
        }
        // The session goes when the body is done with (read through, or destroyed).
        followed.response.body.once("close", () => void session.close());
        return followed.response;
    }
    statusError(status) {
        const retryable = status === 429 || status >= 500;
        return new remote_object/* RemoteFetchError */.VY(`${this.label}: the Git LFS object's download link (${this.where}) answered ${(0,http/* describeStatus */.Wn)(status)}`, "lfs-unreachable", retryable);
    }
}
async function* countChunks(response, count) {
    for await (const chunk of response.body) {
        count(chunk.length);
        yield chunk;
    }
}
/**
 * Runs `work` within the budget, when there is one: not at all once it is spent, and its end
 * (not the caller's cancel) becomes the budget's error.
 */
async function withinBudget(budget, signal, work) {
    if (budget === undefined)
        return work(signal);
    if (budget.signal.aborted)
        throw budget.spent();
    try {
        return await work(signal === undefined ? budget.signal : AbortSignal.any([signal, budget.signal]));
    }
    catch (error) {
        if (budget.signal.aborted && signal?.aborted !== true)
            throw budget.spent();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/media/formats.ts
var formats = __webpack_require__(5728);
;// CONCATENATED MODULE: ./src/media/lfs/client.ts











const DEFAULT_TIMEOUT_MS = 30_000;
function createLfsClient(settings) {
    let endpoint;
    // Asked once per run, however many checks meet the 401 at the same time.
    let filled;
    let stored;
    const githubOrigin = originOf(settings.serverUrl);
    const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const credentialFor = (found) => (url) => {
        if (settings.githubToken !== undefined && url.origin === githubOrigin)
            return basic("x-access-token", settings.githubToken);
        if (stored !== undefined && url.origin === found.url.origin)
            return basic(stored.username, stored.password);
        return {};
    };
    const endpointFound = () => (endpoint ??= findEndpoint(settings));
    const endpointPolicy = (found) => typeof found !== "string" && found.url.origin === githubOrigin
        ? url_policy.PRIVATE_ALLOWED
        : (settings.urlPolicy ?? url_policy.PUBLIC_ONLY);
    const batch = async (id, label, signal) => {
        const found = await endpointFound();
        if (typeof found === "string") {
            throw new remote_object/* RemoteFetchError */.VY(`${label} is a Git LFS pointer, and ${found}: run \`git lfs pull\``, "lfs-unreachable", false);
        }
        return () => requestDownload({
            endpoint: found,
            id,
            label,
            credentialFor: credentialFor(found),
            ...(settings.gitCredentials
                ? {
                    onUnauthorized: async () => {
                        filled ??= fillCredential(settings.workspace, found.url);
                        stored = await filled;
                        return stored !== undefined;
                    },
                }
                : {}),
            attempts: settings.attempts,
            timeoutMs,
            ...(signal === undefined ? {} : { signal }),
            ...(githubOrigin === undefined ? {} : { githubOrigin }),
            local: settings.gitCredentials,
            policy: endpointPolicy(found),
        });
    };
    const open = async (id, label, signal, budget) => {
        const ask = await batch(id, label, signal);
        return new LfsObject(await ask(), {
            id,
            label,
            renew: () => ask(),
            attempts: settings.attempts,
            timeoutMs,
            policy: endpointPolicy(await endpointFound()),
            ...(budget === undefined ? {} : { budget }),
        });
    };
    // An LFS server elsewhere than the GitHub server is named by the repository's own files, which
    // a fork's pull request writes: the checks' requests to it share one time budget per run, as
    // URL checks do, so a server that holds every request open costs minutes, not an hour (tries ×
    // timeout × pointers). A download for an upload is not counted: a real show may take longer.
    let elsewhere;
    const checkBudget = (found) => {
        if (typeof found === "string" || found.url.origin === githubOrigin)
            return undefined;
        const ms = settings.elsewhereBudgetMs ?? constants/* URL_CHECK_BUDGET_MS */.Mb;
        elsewhere ??= AbortSignal.timeout(ms);
        const signal = elsewhere;
        const spent = (label) => () => new remote_object/* RemoteFetchError */.VY(`${label}: the LFS server ${(0,url_policy.redactUrl)(found.url.href)} did not answer within the ${(0,formats/* duration */.p0)(ms)} this run has for an LFS server other than the GitHub server's; check that the server .lfsconfig names answers, or fetch the files with \`git lfs pull\` before the action`, "lfs-unreachable", false);
        return { signal, spent };
    };
    /** For the checks: budgeted when the server is not the GitHub server's. */
    const openForCheck = async (id, label, signal) => {
        const found = checkBudget(await endpointFound());
        const budget = found && { signal: found.signal, spent: found.spent(label) };
        return withinBudget(budget, signal, (limited) => open(id, label, limited, budget));
    };
    return {
        open: openForCheck,
        /**
         * The object goes to a file under RUNNER_TEMP and is verified there before the upload
         * starts, rather than streamed through to Mixcloud with the body's end withheld until the
         * hash matched: a server may keep what it received of a body cut short (whether Mixcloud
         * does is not known), and an upload whose answer is lost is sent again, which a local,
         * verified copy serves without a second download of the object.
         */
        async download(id, label, filename, signal) {
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(settings.tempDir, "mixcloud-lfs-"));
            const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
            try {
                const object = await open(id, label, signal);
                const path = (0,external_node_path_.join)(dir, (0,media_filename/* safeFilename */.bj)(filename) || "object");
                await (0,remote_object/* downloadVerified */.nz)(object, path, {
                    attempts: settings.attempts,
                    ...(signal === undefined ? {} : { signal }),
                });
                return { path, cleanup };
            }
            catch (error) {
                await cleanup();
                throw error;
            }
        },
    };
}
function basic(username, password) {
    return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}` };
}
function originOf(url) {
    if (url === undefined)
        return undefined;
    try {
        return new URL(url).origin;
    }
    catch {
        return undefined;
    }
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

/***/ 4390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
// The `Retry-After` header, as every server the action talks to may send it (Mixcloud, a Git
// LFS server): one reading of it, so that an HTTP date is honoured the same way everywhere.
/**
 * A `Retry-After` value in whole seconds: either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * A date in the past means 0. Anything else is undefined.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    if (!/[a-z]/i.test(trimmed))
        return undefined;
    const at = Date.parse(trimmed);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, Math.ceil((at - nowMs) / 1000));
}


/***/ })

};
