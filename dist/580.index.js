export const id = 580;
export const ids = [580,969,736];
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
