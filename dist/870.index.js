export const id = 870;
export const ids = [870];
export const modules = {

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lu: () => (/* reexport */ MixcloudClient),
  Do: () => (/* reexport */ OutcomeUnknownError),
  a3: () => (/* reexport */ formatDuration),
  uk: () => (/* reexport */ realSleep)
});

// UNUSED EXPORTS: AbortError, AuthError, DEFAULT_BACKOFF_BASE_MS, DEFAULT_BACKOFF_MAX_MS, DEFAULT_TIMEOUTS, LocalFileError, MAX_RETRY_AFTER_MS, MixcloudError, NotFoundError, RateLimitError, TransientError, ValidationError, authorizeUrl, exchangeToken, isRetryable, redactUrl, scrubSecrets

;// CONCATENATED MODULE: ./src/mixcloud/errors.ts
/**
 * The typed errors of the Mixcloud client. Every message says what went wrong and what to do next,
 * and none carries the access token: messages and causes are built from redacted text only
 * (see redact.ts), never from a raw URL.
 */
class errors_MixcloudError extends Error {
    name = "MixcloudError";
    status;
    type;
    constructor(message, init = {}) {
        super(message, init.cause === undefined ? undefined : { cause: init.cause });
        if (init.status !== undefined)
            this.status = init.status;
        if (init.type !== undefined)
            this.type = init.type;
    }
    /**
     * Appends advice to the message once the retry loop knows how the story ended ("gave up after
     * 5 attempts"). The first line of `stack` repeats the message, so it is kept in step.
     */
    appendToMessage(suffix) {
        const before = this.message;
        this.message = `${before}${suffix}`;
        if (this.stack?.includes(before) === true)
            this.stack = this.stack.replace(before, this.message);
    }
}
/** The token is missing, invalid or revoked. Never retried: a new token is needed. */
class errors_AuthError extends errors_MixcloudError {
    name = "AuthError";
}
/**
 * Mixcloud's rate limit (HTTP 403 `RateLimitException`, or 429). `retryAfter` is in seconds;
 * 0 when Mixcloud did not say, in which case the ordinary backoff applies.
 */
class RateLimitError extends errors_MixcloudError {
    name = "RateLimitError";
    retryAfter;
    constructor(message, retryAfter, init = {}) {
        super(message, init);
        this.retryAfter = retryAfter;
    }
}
/** Mixcloud rejected the fields or files. `details` maps a field name to its messages. */
class ValidationError extends errors_MixcloudError {
    name = "ValidationError";
    details;
    constructor(message, details, init = {}) {
        super(message, init);
        this.details = details;
    }
}
/** The user, cloudcast or endpoint does not exist. Never retried. */
class NotFoundError extends errors_MixcloudError {
    name = "NotFoundError";
}
/**
 * A fault that may go away by itself: a network error, a timeout, a 5xx. Retried with backoff.
 * `retryAfter` (seconds) is set when the answer carried a `Retry-After` header.
 */
class TransientError extends errors_MixcloudError {
    name = "TransientError";
    retryAfter;
    constructor(message, init = {}) {
        super(message, init);
        if (init.retryAfter !== undefined)
            this.retryAfter = init.retryAfter;
    }
}
/**
 * An upload or edit whose body was fully sent, after which the connection was lost or no answer
 * came (or a gateway answered 504). Mixcloud may or may not have stored it, so the client never
 * sends it again by itself: the caller must look the cloudcast up before trying once more.
 */
class OutcomeUnknownError extends errors_MixcloudError {
    name = "OutcomeUnknownError";
    /**
     * No answer came in time, or a gateway answered 504: the server may still be working on the
     * request and store it later, so not finding it on the account proves nothing. False when the
     * connection was lost: a server stores an upload before it answers, so one that is not on the
     * account a while later never arrived whole.
     */
    serverMayStillBeWorking;
    constructor(message, init = {}) {
        super(message, init);
        this.serverMayStillBeWorking = init.serverMayStillBeWorking ?? false;
    }
}
/**
 * A local file to upload could not be read, or changed size while it was being sent. Not a
 * Mixcloud fault and never retried.
 */
class LocalFileError extends errors_MixcloudError {
    name = "LocalFileError";
}
/** The caller's AbortSignal fired. Shaped like the platform's AbortError (`name === "AbortError"`). */
class AbortError extends Error {
    name = "AbortError";
    code = "ABORT_ERR";
}
/** Whether the retry loop may try a failed request again. */
function isRetryable(error) {
    return error instanceof TransientError || error instanceof RateLimitError;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/mixcloud/multipart.ts
/**
 * A streaming `multipart/form-data` encoder (RFC 7578). The whole body's length is known before a
 * byte is sent — the part headers are prebuilt and the files are stat'ed — so the request carries
 * an exact Content-Length, while the files themselves are read from disk chunk by chunk as the
 * socket takes them: memory stays flat whatever the file's size.
 *
 * Two things measured with scripts/bench/upload.mjs shaped this:
 * - undici's FormData + openAsBlob holds the file in memory: 1.2 GB RSS for a 1 GiB upload.
 * - fs.createReadStream allocates a fresh buffer for every chunk; V8 collects them only once some
 *   60 MB of garbage has piled up, so a 1 GiB upload peaked at 140 MB RSS against 78 MB for 10 MB.
 *   Files are therefore read into a small ring of reused buffers (see RING_SIZE), one read ahead.
 *
 * Chunk lifetime: a yielded file chunk is a view into one of the ring's buffers and stays intact
 * until the consumer has asked for two more chunks. undici writes each chunk to the socket and,
 * as a chunk is bigger than the socket's high-water mark, waits for 'drain' (the bytes handed to
 * the kernel) before it asks for the next, so nothing it still needs is ever overwritten. A
 * consumer that keeps chunks must copy them.
 */



/**
 * 1 MiB: the bench measured 0.42 s of user CPU for a 1 GiB upload with 256 KiB chunks, 0.36 s with
 * 1 MiB; the ring then holds 4 MiB, whatever the file's size.
 */
const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** Buffers a file is read into, in turn: one being sent, one being read ahead, two to spare. */
const RING_SIZE = 4;
const CRLF = "\r\n";
/** Stats the files and lays out the body. Throws LocalFileError when a file cannot be read. */
async function createMultipartBody(fields, files, options = {}) {
    const boundary = options.boundary ?? randomBoundary();
    const segments = [];
    for (const [name, value] of fields)
        segments.push(Buffer.from(textPart(boundary, name, value), "utf8"));
    for (const file of files) {
        const size = await fileSize(file);
        segments.push(Buffer.from(fileHeader(boundary, file), "utf8"), { file, size }, Buffer.from(CRLF, "latin1"));
    }
    segments.push(Buffer.from(`--${boundary}--${CRLF}`, "latin1"));
    return new StreamingBody(boundary, mergeBuffers(segments), options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
}
function randomBoundary() {
    return `----mixcloud-publish-${(0,external_node_crypto_.randomBytes)(16).toString("hex")}`;
}
/**
 * Escapes a Content-Disposition parameter the way browsers do (HTML's form encoding, which RFC 7578
 * §4.2 allows): `"` → %22, CR → %0D, LF → %0A; other characters, non-ASCII included, go as UTF-8.
 * `filename*` is not used: RFC 7578 §4.2 forbids it in multipart/form-data.
 */
function escapeParameter(value) {
    return value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function textPart(boundary, name, value) {
    return `--${boundary}${CRLF}Content-Disposition: form-data; name="${escapeParameter(name)}"${CRLF}${CRLF}${value}${CRLF}`;
}
function fileHeader(boundary, file) {
    const disposition = `form-data; name="${escapeParameter(file.name)}"; filename="${escapeParameter(file.filename)}"`;
    const contentType = file.contentType.replace(/[\r\n]/g, "") || "application/octet-stream";
    return `--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}Content-Type: ${contentType}${CRLF}${CRLF}`;
}
async function fileSize(file) {
    try {
        const info = await (0,promises_.stat)(file.path);
        if (!info.isFile())
            throw new Error("not a regular file");
        return info.size;
    }
    catch (error) {
        const reason = error.code ?? error.message;
        throw new LocalFileError(`Cannot read the ${file.name} file "${file.path}" to upload (${reason}): check that it exists and is readable`);
    }
}
/** Joins neighbouring prebuilt buffers so the body starts with one write instead of dozens. */
function mergeBuffers(segments) {
    const merged = [];
    for (const segment of segments) {
        const last = merged[merged.length - 1];
        if (Buffer.isBuffer(segment) && Buffer.isBuffer(last))
            merged[merged.length - 1] = Buffer.concat([last, segment]);
        else
            merged.push(segment);
    }
    return merged;
}
function segmentLength(segment) {
    return Buffer.isBuffer(segment) ? segment.length : segment.size;
}
class StreamingBody {
    boundary;
    segments;
    chunkBytes;
    contentType;
    contentLength;
    open = new Set();
    destroyed = false;
    constructor(boundary, segments, chunkBytes) {
        this.boundary = boundary;
        this.segments = segments;
        this.chunkBytes = chunkBytes;
        this.contentType = `multipart/form-data; boundary=${boundary}`;
        this.contentLength = segments.reduce((sum, segment) => sum + segmentLength(segment), 0);
    }
    destroy() {
        this.destroyed = true;
        // close() waits for a read in flight, then releases the descriptor.
        for (const handle of this.open)
            handle.close().catch(() => undefined);
    }
    async *[Symbol.asyncIterator]() {
        for (const segment of this.segments) {
            this.throwIfDestroyed();
            if (Buffer.isBuffer(segment))
                yield segment;
            else
                yield* this.readFile(segment.file, segment.size);
        }
    }
    /**
     * Yields the file's bytes from a ring of reused buffers, reading the next chunk while the
     * current one is sent; fails if the file turns out longer or shorter than when it was stat'ed.
     */
    async *readFile(file, size) {
        const handle = await openFile(file);
        this.open.add(handle);
        const bytes = Math.max(1, Math.min(this.chunkBytes, size));
        const ring = Array.from({ length: RING_SIZE }, () => Buffer.allocUnsafe(bytes));
        let slot = 0;
        let position = 0;
        let reading = handle.read(ring[0], 0, bytes, 0);
        try {
            for (;;) {
                const { bytesRead, buffer } = await reading;
                this.throwIfDestroyed();
                if (bytesRead === 0)
                    break;
                position += bytesRead;
                if (position > size)
                    throw sizeChanged(file, size, `at least ${position}`);
                slot = (slot + 1) % RING_SIZE;
                reading = handle.read(ring[slot], 0, bytes, position);
                yield buffer.subarray(0, bytesRead);
            }
            if (position !== size)
                throw sizeChanged(file, size, String(position));
        }
        finally {
            await reading.catch(() => undefined);
            this.open.delete(handle);
            await handle.close().catch(() => undefined);
        }
    }
    throwIfDestroyed() {
        if (this.destroyed)
            throw new Error("The multipart body was destroyed");
    }
}
async function openFile(file) {
    try {
        return await (0,promises_.open)(file.path, "r");
    }
    catch (error) {
        const reason = error.code ?? error.message;
        throw new LocalFileError(`Cannot read the ${file.name} file "${file.path}" to upload (${reason}): check that it exists and is readable`);
    }
}
function sizeChanged(file, expected, actual) {
    return new LocalFileError(`The ${file.name} file "${file.path}" changed while it was being uploaded (${expected} bytes when the upload ` +
        `started, ${actual} bytes read): leave it unchanged during the upload and run again`);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/mixcloud/redact.ts
/**
 * Mixcloud takes the access token in the query string, so every URL the client builds holds a
 * secret. Anything that leaves the client (errors, log lines) goes through these functions first.
 */
/** Query parameters whose values are secret: the token, and the OAuth client secret and code. */
const SECRET_PARAMS = ["access_token", "client_secret", "code"];
const SECRET_PARAM_PATTERN = new RegExp(`([?&;](?:${SECRET_PARAMS.join("|")})=)[^&#\\s"'<>]*`, "gi");
/** A JSON answer that carries a token (OAuth), should such a body ever reach a message. */
const SECRET_JSON_PATTERN = /("access_token"\s*:\s*")[^"]*/gi;
const REDACTED = "***";
/** Replaces the values of `access_token`, `client_secret` and `code` in a URL (or any text) by `***`. */
function redact_redactUrl(url) {
    return url.replace(SECRET_PARAM_PATTERN, `$1${REDACTED}`);
}
/**
 * Redacts secret query parameters and every literal occurrence of the given secrets (raw and
 * percent-encoded) from a piece of text — a message, an error page, a stack.
 */
function scrubSecrets(text, secrets) {
    let scrubbed = redact_redactUrl(text).replace(SECRET_JSON_PATTERN, `$1${REDACTED}`);
    for (const secret of secrets) {
        if (secret === "")
            continue;
        for (const form of new Set([secret, encodeURIComponent(secret)])) {
            scrubbed = scrubbed.split(form).join(REDACTED);
        }
    }
    return scrubbed;
}
/**
 * A copy of an error that is safe to attach as a `cause`: its name, `code` and message, scrubbed,
 * with a fresh stack and a scrubbed cause chain. The original (whose message or properties may
 * hold the URL, e.g. undici's errors) is dropped.
 */
function sanitizeError(error, secrets, depth = 0) {
    if (!(error instanceof Error))
        return new Error(scrubSecrets(String(error), secrets));
    const copy = new Error(scrubSecrets(error.message, secrets));
    copy.name = error.name;
    const code = error.code;
    if (typeof code === "string")
        Object.assign(copy, { code });
    if (error.cause !== undefined && depth < 5) {
        Object.defineProperty(copy, "cause", {
            value: sanitizeError(error.cause, secrets, depth + 1),
            enumerable: false,
            writable: true,
            configurable: true,
        });
    }
    return copy;
}

// EXTERNAL MODULE: ./src/retry-after.ts
var retry_after = __webpack_require__(4390);
;// CONCATENATED MODULE: ./src/mixcloud/answer-errors.ts
/**
 * Turns a non-2xx answer from Mixcloud into a typed error. Mixcloud serves JSON as
 * `text/javascript` and gateways in front of it answer with HTML or nothing at all, so the body is
 * judged by what it holds, never by its content type.
 */




/** How much of a body's text goes into a message. */
const MAX_BODY_TEXT = 200;
/**
 * How much of an HTML or text body is read for those 200 characters. Gateway error pages
 * (nginx, Cloudflare, a load balancer) are 1–20 KiB with their text near the top, after at most
 * some inline style; an answer may be 32 MiB, and nothing past the first screen of a page ends
 * up in the message anyway.
 */
const MAX_SCANNED_BODY = 64 * 1024;
/** Mixcloud's types are short class names ("OAuthException"); anything longer is not one. */
const MAX_TYPE_TEXT = 60;
/** A `details` field name ("audio", "sections-3-start_time"). */
const MAX_FIELD_TEXT = 60;
/** How many `details` fields, and messages per field, a message lists. */
const MAX_DETAIL_FIELDS = 20;
const MAX_FIELD_MESSAGES = 5;
/** All of `details` together, in a message. */
const MAX_DETAILS_TEXT = 1000;
const NEW_TOKEN_ADVICE = "create a new access token (mixcloud-publish auth --client-id ID --client-secret SECRET) " +
    "and store it in the MIXCLOUD_ACCESS_TOKEN secret";
/** The typed error for a non-2xx answer. */
function answer_errors_errorFromAnswer(answer, context) {
    const summary = answer_errors_summariseBody(answer.body, context.secrets);
    const status = answer.status;
    const headerRetryAfter = (0,retry_after/* parseRetryAfter */.m)(header(answer.headers, "retry-after"), context.now ?? Date.now());
    const init = { status, ...(summary.type === undefined ? {} : { type: summary.type }) };
    const said = `Mixcloud answered ${statusLine(status)} ${describe(summary)}`;
    const prefix = `${context.what}: ${said}`;
    if (summary.type === "RateLimitException" || status === 429) {
        const retryAfter = summary.retryAfter ?? headerRetryAfter ?? 0;
        return new RateLimitError(`${prefix}: Mixcloud's rate limit was hit`, retryAfter, init);
    }
    if (summary.type === "OAuthException" || status === 401 || status === 403) {
        return new errors_AuthError(`${prefix}: the access token was refused; ${NEW_TOKEN_ADVICE}`, init);
    }
    if (summary.type === "NotFoundException" || status === 404) {
        return new NotFoundError(`${prefix}: check the username or the cloudcast key`, init);
    }
    if (isValidation(status, summary)) {
        const details = formatDetails(summary.details);
        return new ValidationError(`${prefix}${details}: fix the cloudcast file or its media and run again`, summary.details, init);
    }
    if (status === 408 || status === 425 || status >= 500) {
        const retryAfter = headerRetryAfter === undefined ? {} : { retryAfter: headerRetryAfter };
        return new TransientError(`${prefix}: a temporary fault`, { ...init, ...retryAfter });
    }
    return new errors_MixcloudError(`${prefix}, which this client does not expect: check the api-url setting, and report it if it persists`, init);
}
function isValidation(status, summary) {
    return (Object.keys(summary.details).length > 0 ||
        /validation/i.test(summary.type ?? "") ||
        status === 400 ||
        status === 413 ||
        status === 422);
}
/** "502 Bad Gateway". */
function statusLine(status) {
    const reason = external_node_http_.STATUS_CODES[status];
    return reason === undefined ? String(status) : `${status} ${reason}`;
}
function describe(summary) {
    switch (summary.kind) {
        case "empty":
            return "(with an empty body)";
        case "html":
            return summary.text === ""
                ? "(an HTML error page)"
                : `(an HTML error page: "${summary.text}")`;
        case "json":
            return summary.type === undefined
                ? `(${summary.text})`
                : `(${summary.type}: ${summary.text})`;
        case "text":
            return `("${summary.text}")`;
    }
}
function formatDetails(details) {
    const entries = Object.entries(details);
    if (entries.length === 0)
        return "";
    const text = entries.map(([field, messages]) => `${field}: ${messages.join(" ")}`).join("; ");
    return ` — ${cap(text, MAX_DETAILS_TEXT)}`;
}
/** Reads an error body of any kind into a short, secret-free summary. */
function answer_errors_summariseBody(body, secrets) {
    const trimmed = body.trim();
    if (trimmed === "")
        return { kind: "empty", text: "", details: {} };
    const json = parseJson(trimmed);
    if (json !== undefined)
        return summariseJson(json, secrets);
    const head = trimmed.slice(0, MAX_SCANNED_BODY);
    if (looksLikeHtml(head))
        return { kind: "html", text: clean(htmlToText(head), secrets), details: {} };
    return { kind: "text", text: clean(head, secrets), details: {} };
}
function parseJson(text) {
    if (!text.startsWith("{") && !text.startsWith("["))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Mixcloud's `{"error": {"type", "message", "retry_after"}, "details": {…}}`, or OAuth's `{"error": "…"}`. */
function summariseJson(json, secrets) {
    const root = isRecord(json) ? json : {};
    const error = root["error"];
    const details = readDetails(root["details"], secrets);
    if (isRecord(error)) {
        const type = typeof error["type"] === "string" ? clean(error["type"], secrets, MAX_TYPE_TEXT) : undefined;
        const message = typeof error["message"] === "string" ? error["message"] : JSON.stringify(error);
        const retryAfter = readSeconds(error["retry_after"]);
        return {
            kind: "json",
            text: clean(message, secrets),
            details,
            ...(type === undefined ? {} : { type }),
            ...(retryAfter === undefined ? {} : { retryAfter }),
        };
    }
    const description = root["error_description"];
    const text = typeof error === "string"
        ? typeof description === "string"
            ? `${error}: ${description}`
            : error
        : JSON.stringify(json);
    return { kind: "json", text: clean(text, secrets), details };
}
/**
 * `details` as a message may show it: field names and messages alike scrubbed of secrets, made
 * one line and capped, and only so many of them — any of it may be an echo of what was sent.
 */
function readDetails(value, secrets) {
    if (!isRecord(value))
        return {};
    const details = {};
    for (const [field, messages] of Object.entries(value).slice(0, MAX_DETAIL_FIELDS)) {
        const list = Array.isArray(messages) ? messages : [messages];
        details[clean(field, secrets, MAX_FIELD_TEXT)] = list
            .slice(0, MAX_FIELD_MESSAGES)
            .map((message) => clean(typeof message === "string" ? message : JSON.stringify(message), secrets));
    }
    return details;
}
/** One line, without secrets, at most `max` characters: every field of an answer goes through here. */
function clean(text, secrets, max = MAX_BODY_TEXT) {
    return cap(scrubSecrets(collapse(text), secrets), max);
}
function readSeconds(value) {
    const seconds = typeof value === "string" ? Number(value) : value;
    return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0
        ? seconds
        : undefined;
}
function looksLikeHtml(text) {
    return /^<(?:!doctype|html|head|body|\?xml|[a-z][a-z0-9]*[\s>])/i.test(text);
}
/**
 * The visible text of an HTML page: scripts, styles, comments and tags removed, entities decoded.
 * Scanned by hand, each character once: the regular expressions this replaces (`<!--[\s\S]*?-->`
 * and the like) looked from every `<!--` to the end of an unclosed page, which on
 * `<html>` + `<!--` × n took 35 s at 512 KiB. What is left unclosed (a comment, a script, a tag)
 * hides the rest, as it does in a browser.
 */
function htmlToText(html) {
    const parts = [];
    let at = 0;
    while (at < html.length) {
        const open = html.indexOf("<", at);
        if (open < 0) {
            parts.push(html.slice(at));
            break;
        }
        if (!MARKUP_START.test(html[open + 1] ?? "")) {
            // "5 < 6": a `<` that starts no tag is text, as in a browser.
            parts.push(html.slice(at, open + 1));
            at = open + 1;
            continue;
        }
        parts.push(html.slice(at, open));
        at = skipMarkup(html, open);
    }
    return collapse(decodeEntities(parts.join(" ")));
}
const MARKUP_START = /^[A-Za-z/!?]$/;
const CODE_ELEMENT = /<(script|style)\b/iy;
/** Where the text resumes after the markup that starts at `open` (a `<`). */
function skipMarkup(html, open) {
    if (html.startsWith("<!--", open))
        return after(html, "-->", open + 4);
    CODE_ELEMENT.lastIndex = open;
    const code = CODE_ELEMENT.exec(html)?.[1];
    if (code !== undefined) {
        const close = new RegExp(`</${code}\\s*>`, "gi");
        close.lastIndex = open;
        const found = close.exec(html);
        return found === null ? html.length : found.index + found[0].length;
    }
    return after(html, ">", open + 1);
}
/** The position after the next `end` from `from`; the end of `html` when there is none. */
function after(html, end, from) {
    const found = html.indexOf(end, from);
    return found < 0 ? html.length : found + end.length;
}
const ENTITIES = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: " ",
};
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
        if (name.startsWith("#x") || name.startsWith("#X"))
            return safeCodePoint(parseInt(name.slice(2), 16), entity);
        if (name.startsWith("#"))
            return safeCodePoint(parseInt(name.slice(1), 10), entity);
        return ENTITIES[name.toLowerCase()] ?? entity;
    });
}
function safeCodePoint(code, fallback) {
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
/** One line: whitespace runs, line breaks (NEL too, which `\s` misses) and controls become one space. */
function collapse(text) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}
function cap(text, max = MAX_BODY_TEXT) {
    if (text.length <= max)
        return text;
    // Never half a surrogate pair.
    const cut = /[\ud800-\udbff]/.test(text[max - 2] ?? "") ? max - 2 : max - 1;
    return `${text.slice(0, cut)}…`;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/mixcloud/retry.ts
/**
 * The retry policy: which failures are tried again, and how long to wait first.
 *
 * - Only TransientError and RateLimitError are retried (see `isRetryable`); auth, validation and
 *   not-found errors, and OutcomeUnknownError, fail at once.
 * - The wait is Mixcloud's own `retry_after` / `Retry-After` when it gave one, else exponential
 *   backoff with full jitter: random(0, min(maxMs, baseMs * 2^(attempt-1))). With the defaults
 *   (1 s base, 30 s cap) five attempts wait at most 1 + 2 + 4 + 8 = 15 s in all.
 * - A requested wait longer than `maxWaitMs` (15 minutes by default) is not honoured: the request
 *   fails with a message that says how long Mixcloud asked for, rather than block a CI job.
 *
 * The decision functions are pure (clock and randomness are parameters) so they can be tested
 * exhaustively; `withRetries` is the small loop that applies them with an injected sleep.
 */



const DEFAULT_BACKOFF_BASE_MS = 1_000;
const DEFAULT_BACKOFF_MAX_MS = 30_000;
const MAX_RETRY_AFTER_MS = 15 * 60_000;
/** Full-jitter exponential backoff before retry number `retry` (1 = the first retry). */
function backoffDelay(retry, policy, random) {
    const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}
/** The wait the server asked for, in ms, if it asked for one. */
function requestedWaitMs(error) {
    if (error instanceof RateLimitError && error.retryAfter > 0)
        return error.retryAfter * 1000;
    if (error instanceof TransientError && error.retryAfter !== undefined)
        return error.retryAfter * 1000;
    return undefined;
}
/** Whether to try again after attempt number `attempt` (1-based) failed with `error`, and when. */
function decideRetry(error, attempt, policy, random) {
    if (!isRetryable(error))
        return { retry: false, advice: "" };
    const askedMs = requestedWaitMs(error);
    if (askedMs !== undefined && askedMs > policy.maxWaitMs) {
        return {
            retry: false,
            advice: `; Mixcloud asks to wait ${formatDuration(askedMs)}, longer than the ${formatDuration(policy.maxWaitMs)} ` +
                `this client waits at most: run the workflow again after that`,
        };
    }
    if (attempt >= policy.attempts) {
        const wait = askedMs === undefined ? "later" : `in ${formatDuration(askedMs)} or later`;
        return {
            retry: false,
            advice: `; gave up after ${plural(attempt, "attempt")}: run the workflow again ${wait}, or raise the retries setting`,
        };
    }
    return { retry: true, delayMs: askedMs ?? backoffDelay(attempt, policy, random) };
}
/** Runs `operation` until it succeeds or `decideRetry` says stop; the last error is thrown. */
async function withRetries(operation, runtime) {
    for (let attempt = 1;; attempt++) {
        throwIfAborted(runtime.signal);
        try {
            return await operation(attempt);
        }
        catch (error) {
            const decision = decideRetry(error, attempt, runtime.policy, runtime.random);
            if (!decision.retry)
                throw withAdvice(error, decision.advice);
            const message = (0,errors/* errorMessage */.g)(error);
            runtime.onRetry?.(`${message}, retrying in ${formatDuration(decision.delayMs)} (attempt ${attempt + 1} of ${runtime.policy.attempts})`);
            await sleepUnlessAborted(runtime, decision.delayMs);
        }
    }
}
function withAdvice(error, advice) {
    if (advice !== "" && error instanceof errors_MixcloudError)
        error.appendToMessage(advice);
    return error;
}
async function sleepUnlessAborted(runtime, ms) {
    try {
        await runtime.sleep(ms, runtime.signal);
    }
    catch (error) {
        throwIfAborted(runtime.signal);
        throw error;
    }
    throwIfAborted(runtime.signal);
}
function throwIfAborted(signal) {
    if (signal?.aborted === true)
        throw abortErrorFrom(signal);
}
/** The caller's abort as an AbortError, whatever reason the signal was given. */
function abortErrorFrom(signal) {
    const reason = signal.reason;
    if (reason instanceof Error && reason.name === "AbortError")
        return reason;
    return new AbortError("The request to Mixcloud was cancelled");
}
/** The default sleep: a timer that ends early (rejecting) when the signal aborts. */
const realSleep = async (ms, signal) => {
    await (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal === undefined ? {} : { signal });
};
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 120)
        return `${Number(seconds.toFixed(1))} s`;
    return `${Number((seconds / 60).toFixed(1))} min`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./src/mixcloud/failures.ts
/**
 * What a failed exchange means, when no usable answer came: a network error, a timeout, a stalled
 * upload. This is where the exactly-once rule for uploads and edits lives:
 *
 * - A failure BEFORE the operating system had accepted every byte of the request body
 *   (connection refused or reset, connect timeout, stall watchdog) cannot have stored anything:
 *   the server never got the closing boundary of the multipart body. It is a TransientError,
 *   retried by the client. (transport.ts tells when the last byte left the process.)
 * - A failure AFTER the body was fully handed over (connection lost, no answer within headersMs)
 *   may come after Mixcloud stored the upload. Sending it again could create a duplicate, so it is
 *   an OutcomeUnknownError, never retried here: the caller looks the upload up first.
 * - GETs are idempotent: every network failure is a TransientError.
 */



/** Network error codes that retrying will not cure: the configuration is wrong. */
const PERMANENT_CODES = new Set([
    "ENOTFOUND",
    "ERR_INVALID_URL",
    "UND_ERR_INVALID_ARG",
    "UND_ERR_NOT_SUPPORTED",
    "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "CERT_HAS_EXPIRED",
    "ERR_TLS_CERT_ALTNAME_INVALID",
]);
/** The typed error for an exchange that ended without a usable answer. */
function failures_classifyFailure(error, context) {
    if (error instanceof LocalFileError)
        return error;
    const cause = sanitizeError(error, context.secrets);
    const reason = describeFailure(error, context);
    const code = errorCode(error);
    if (context.stalledForMs === undefined && code !== undefined && PERMANENT_CODES.has(code)) {
        return new errors_MixcloudError(`${context.what}: ${reason}: check the api-url setting and the network`, { cause });
    }
    if (context.idempotent || !context.bodyFullySent) {
        return new TransientError(`${context.what}: ${reason}: a temporary fault`, { cause });
    }
    return new OutcomeUnknownError(outcomeUnknownMessage(context.what, reason), {
        cause,
        serverMayStillBeWorking: code !== undefined && WAITING_CODES.has(code),
    });
}
/** Timeouts while waiting for the answer: the server had the whole request and may be at work. */
const WAITING_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
function outcomeUnknownMessage(what, happened) {
    return (`${what}: the request was fully sent, then ${happened}, so Mixcloud may or may not have stored it. ` +
        `The client does not send it again by itself, to avoid a duplicate: look the cloudcast up on ` +
        `Mixcloud first (mixcloud-publish does this by its title)`);
}
/** A short, secret-free account of what went wrong on the wire. */
function describeFailure(error, context) {
    if (context.stalledForMs !== undefined) {
        return `the upload stalled: the connection took no data for ${formatDuration(context.stalledForMs)}`;
    }
    const code = errorCode(error);
    // undici also fires its headers timeout while a body write waits for a drain that never comes.
    if (code === "UND_ERR_HEADERS_TIMEOUT" && !context.idempotent && !context.bodyFullySent) {
        return `the upload stalled: the connection took no data for ${formatDuration(context.timeouts.headersMs)}`;
    }
    switch (code) {
        case "UND_ERR_CONNECT_TIMEOUT":
            return `could not connect within ${formatDuration(context.timeouts.connectMs)}`;
        case "UND_ERR_HEADERS_TIMEOUT":
            return `no answer came within ${formatDuration(context.timeouts.headersMs)}`;
        case "UND_ERR_BODY_TIMEOUT":
            return `the answer stopped arriving for ${formatDuration(context.timeouts.headersMs)}`;
        case "ECONNREFUSED":
            return "the connection was refused";
        case "ECONNRESET":
        case "EPIPE":
        case "UND_ERR_SOCKET":
            return "the connection was closed before an answer came";
        case "ENOTFOUND":
            return "the host name could not be resolved";
        default:
            return `the request failed (${scrubSecrets(errorMessage(error), context.secrets)})`;
    }
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === "string" ? code : undefined;
}
function errorMessage(error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

;// CONCATENATED MODULE: ./src/mixcloud/parse.ts



/**
 * A cloudcast's key as Mixcloud gives it: `/user/slug/`, each part as encodeURIComponent writes
 * it (letters of any script allowed in the slug, should Mixcloud not encode them). A key goes into
 * the `results` output, log lines and the next request's path, so anything else — a line break,
 * a space, `::`, `?`, a second slash — is an answer this client does not take.
 */
const CLOUDCAST_KEY = /^\/[A-Za-z0-9_.!~*'()%-]+\/[\p{L}\p{M}\p{N}_.!~*'()%-]+\/$/u;
/** A title of 100 letters of a script that encodes each in 9 characters, with room to spare. */
const MAX_KEY_LENGTH = 1_000;
/** A cloudcast's page: `https://www.mixcloud.com` and its key, so a little longer. */
const MAX_URL_LENGTH = 1_100;
// eslint-disable-next-line no-control-regex -- a URL with a control character is what is refused
const URL_UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029"'<>`\\]/u;
/** How much of an odd value a message quotes. */
const MAX_QUOTED = 80;
function parseUser(answer, context) {
    const node = topObject(answer, context);
    const user = {
        username: requiredText(node, "username"),
        name: optionalText(node, "name") ?? "",
        key: optionalText(node, "key") ?? "",
        isPro: optionalBoolean(node, "is_pro") ?? false,
        // A count Mixcloud leaves out is taken as none: the free-account check then stays silent.
        cloudcastCount: optionalNumber(node, "cloudcast_count") ?? 0,
    };
    const url = optionalText(node, "url");
    if (url !== undefined)
        user.url = url;
    return user;
}
/** A cloudcast itself (`GET /<user>/<slug>/`): the only answer with `description` and `sections`. */
function parseCloudcast(answer, context) {
    return toCloudcast(topObject(answer, context));
}
/**
 * A listing page (`GET /<user>/cloudcasts/`). Its items are summaries: Mixcloud leaves out
 * `description` and `sections` there, so nothing read from a listing may rely on them.
 */
function parseCloudcastPage(answer, context) {
    const node = topObject(answer, context);
    const data = optionalList(node, "data");
    if (data === undefined)
        throw unexpected(context, 'no "data" list');
    const items = data.map((_item, index) => toCloudcast(objectAt(node, "data", index)));
    const paging = optionalObject(node, "paging");
    const link = (name) => {
        const text = paging === undefined ? undefined : optionalText(paging, name);
        return text === undefined || text === "" ? undefined : text;
    };
    const page = { items };
    const next = link("next");
    const previous = link("previous");
    if (next !== undefined)
        page.next = next;
    if (previous !== undefined)
        page.previous = previous;
    return page;
}
/**
 * An upload's or edit's 2xx answer: `{"result": {"success": true, "key", "message"}}`, no URL.
 * Mixcloud said yes, so the cloudcast may well be stored: an answer we cannot read is an
 * OutcomeUnknownError, never a reason to send it again.
 */
function parseUploadResult(answer, context) {
    const json = tryJson(answer.body);
    if (isJson(json) && json["error"] !== undefined)
        throw answer_errors_errorFromAnswer(answer, context);
    const read = readUploadResult(json, context.secrets);
    if (typeof read === "string") {
        throw new OutcomeUnknownError(outcomeUnknownMessage(context.what, `Mixcloud answered ${answer.status} without the expected result (${read})`), { status: answer.status });
    }
    return read;
}
/** `{"result": {"success": true, "key": "…"}}` read, or what keeps the answer from being it. */
function readUploadResult(json, secrets) {
    if (!isJson(json))
        return "not a JSON object";
    const result = json["result"];
    if (result === undefined || result === null)
        return 'no "result"';
    if (!isJson(result))
        return `"result" is ${describeValue(result)}, not an object`;
    if (result["success"] !== true) {
        const success = result["success"];
        return success === undefined
            ? 'no "result.success"'
            : `"result.success" is ${describeValue(success)}`;
    }
    const key = result["key"];
    if (key === undefined || key === null)
        return 'no "result.key"';
    if (typeof key !== "string")
        return `"result.key" is ${describeValue(key)}, not a string`;
    const odd = keyProblem("result.key", key, secrets);
    if (odd !== undefined)
        return odd;
    const message = result["message"];
    return typeof message === "string" ? { key, message } : { key };
}
function toCloudcast(node) {
    const key = requiredText(node, "key");
    const oddKey = keyProblem(fieldPath(node, "key"), key, node.context.secrets);
    if (oddKey !== undefined)
        throw unexpected(node.context, oddKey);
    const cloudcast = {
        key,
        slug: optionalText(node, "slug") ?? slugOf(key),
        name: requiredText(node, "name"),
        tags: (optionalList(node, "tags") ?? []).map((_tag, i) => tagName(node, i)).filter(Boolean),
    };
    const url = optionalText(node, "url");
    if (url !== undefined) {
        const oddUrl = urlProblem(fieldPath(node, "url"), url, node.context.secrets);
        if (oddUrl !== undefined)
            throw unexpected(node.context, oddUrl);
        cloudcast.url = url;
    }
    const description = optionalText(node, "description");
    if (description !== undefined)
        cloudcast.description = description;
    const sections = optionalList(node, "sections");
    if (sections !== undefined) {
        cloudcast.sections = sections.flatMap((_section, i) => toSection(objectAt(node, "sections", i)));
    }
    const created = optionalText(node, "created_time");
    if (created !== undefined)
        cloudcast.createdTime = created;
    const updated = optionalText(node, "updated_time");
    if (updated !== undefined)
        cloudcast.updatedTime = updated;
    const audioLength = optionalNumber(node, "audio_length");
    if (audioLength !== undefined)
        cloudcast.audioLength = audioLength;
    const user = optionalObject(node, "user");
    const username = user === undefined ? undefined : optionalText(user, "username");
    if (username !== undefined)
        cloudcast.username = username;
    return cloudcast;
}
/** Why `key` (at `path` of the answer) is not a cloudcast key; undefined when it is one. */
function keyProblem(path, key, secrets) {
    if (key.length <= MAX_KEY_LENGTH && CLOUDCAST_KEY.test(key))
        return undefined;
    const long = key.length > MAX_KEY_LENGTH ? ` of ${key.length.toLocaleString("en")} characters` : "";
    return `"${path}" is not a cloudcast key (/user/slug/, at most ${MAX_KEY_LENGTH.toLocaleString("en")} characters of letters, digits and - _ . % ~): ${odd(key, secrets)}${long}`;
}
/** Why `url` is not the https:// page of a cloudcast; undefined when it is one. */
function urlProblem(path, url, secrets) {
    if (url.length <= MAX_URL_LENGTH && url.startsWith("https://") && !URL_UNSAFE.test(url)) {
        if (URL.canParse(url))
            return undefined;
    }
    const long = url.length > MAX_URL_LENGTH ? ` of ${url.length.toLocaleString("en")} characters` : "";
    return `"${path}" is not an https:// URL of at most ${MAX_URL_LENGTH.toLocaleString("en")} characters: ${odd(url, secrets)}${long}`;
}
/** An odd value, quoted as a message may show it: scrubbed of secrets, one line, capped. */
function odd(value, secrets) {
    return JSON.stringify(clean(value, secrets, MAX_QUOTED));
}
/** The slug from a key, decoded: "/user/caf%C3%A9/" → "café". */
function slugOf(key) {
    const last = key
        .split("/")
        .filter((part) => part !== "")
        .pop() ?? "";
    try {
        return decodeURIComponent(last);
    }
    catch {
        return last;
    }
}
/** A tag is `{key, url, name, type}`; a bare string is taken as its name too. */
function tagName(node, index) {
    const value = node.json["tags"][index];
    if (typeof value === "string")
        return value;
    return optionalText(objectAt(node, "tags", index), "name") ?? "";
}
/**
 * `{position, start_time, section_type: "track", track: {name, …, artist: {name, …}}}` or
 * `{…, section_type: "chapter", chapter}` → ours. A kind this client does not know is left out;
 * without `section_type`, what the section holds decides.
 */
function toSection(node) {
    const start = optionalNumber(node, "start_time") ?? 0;
    const type = optionalText(node, "section_type");
    const track = optionalObject(node, "track");
    if (track !== undefined && (type === undefined || type === "track")) {
        return [
            { kind: "track", start, artist: artistName(track), song: optionalText(track, "name") ?? "" },
        ];
    }
    const chapter = optionalText(node, "chapter");
    if (chapter !== undefined && (type === undefined || type === "chapter")) {
        return [{ kind: "chapter", start, chapter }];
    }
    return [];
}
/** `track.artist` is an object `{name, slug, key, url}`; a bare string is taken as the name. */
function artistName(track) {
    const artist = track.json["artist"];
    if (typeof artist === "string")
        return artist;
    const object = optionalObject(track, "artist");
    return object === undefined ? "" : (optionalText(object, "name") ?? "");
}
function topObject(answer, context) {
    const json = tryJson(answer.body);
    if (!isJson(json))
        throw unexpected(context, "not a JSON object");
    return { json, path: "", context };
}
function tryJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function fieldPath(node, field) {
    return node.path === "" ? field : `${node.path}.${field}`;
}
/** The value of a field, or undefined when it is missing or null (both mean "not given"). */
function given(node, field) {
    const value = node.json[field];
    return value === null ? undefined : value;
}
function requiredText(node, field) {
    const value = optionalText(node, field);
    if (value === undefined)
        throw unexpected(node.context, `no "${fieldPath(node, field)}"`);
    return value;
}
function optionalText(node, field) {
    return typed(node, field, "a string", (value) => typeof value === "string");
}
function optionalNumber(node, field) {
    return typed(node, field, "a number", (value) => typeof value === "number" && Number.isFinite(value));
}
function optionalBoolean(node, field) {
    return typed(node, field, "true or false", (value) => typeof value === "boolean");
}
function optionalList(node, field) {
    return typed(node, field, "a list", (value) => Array.isArray(value));
}
function optionalObject(node, field) {
    const json = typed(node, field, "an object", isJson);
    return json === undefined
        ? undefined
        : { json, path: fieldPath(node, field), context: node.context };
}
/** Entry `index` of the list `field`, which must be an object. */
function objectAt(node, field, index) {
    const path = `${fieldPath(node, field)}[${index}]`;
    const value = node.json[field][index];
    if (!isJson(value))
        throw wrongType(node.context, path, "an object", value);
    return { json: value, path, context: node.context };
}
function typed(node, field, expected, check) {
    const value = given(node, field);
    if (value === undefined)
        return undefined;
    if (!check(value))
        throw wrongType(node.context, fieldPath(node, field), expected, value);
    return value;
}
function wrongType(context, path, expected, value) {
    return unexpected(context, `"${path}" is ${describeValue(value)}, not ${expected}`);
}
function describeValue(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "an object";
    if (typeof value === "string")
        return "a string";
    if (typeof value === "boolean")
        return `${value}`;
    return typeof value === "number" ? `the number ${value}` : typeof value;
}
function isJson(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unexpected(context, problem) {
    return new errors_MixcloudError(`${context.what}: Mixcloud's answer is not what this client expects (${problem}): check the api-url setting`);
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./src/mixcloud/transport.ts
/**
 * One HTTP exchange with Mixcloud over undici: send, read the answer, and turn every way it can
 * fail into a typed error (answer-errors.ts for answers, failures.ts for everything else).
 * Retrying is the caller's business (retry.ts); this module only says whether a retry is safe, by
 * the type of error it throws.
 */







/**
 * Mixcloud may process an upload before it answers, so headersMs is generous; the stall watchdog
 * catches a dead upload much sooner than a plain timeout on the whole request could.
 */
const transport_DEFAULT_TIMEOUTS = {
    connectMs: 30_000,
    headersMs: 120_000,
    stallMs: 60_000,
};
/** Answers bigger than this are refused: a page of 100 cloudcasts is a few hundred KiB. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
const BASE_HEADERS = { accept: "application/json", "user-agent": "mixcloud-publish" };
function createAgent(timeouts) {
    return new undici.Agent({
        connect: { timeout: timeouts.connectMs },
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.headersMs,
    });
}
/** A GET: resolves with a 2xx answer, or throws a typed error (any network failure is transient). */
async function getOnce(url, context) {
    try {
        const response = await (0,undici.request)(url, {
            dispatcher: context.dispatcher,
            method: "GET",
            headers: BASE_HEADERS,
            ...(context.signal === undefined ? {} : { signal: context.signal }),
        });
        const answer = {
            status: response.statusCode,
            headers: response.headers,
            body: await readText(response.body),
        };
        if (isSuccess(answer.status))
            return answer;
        throw answer_errors_errorFromAnswer(answer, context);
    }
    catch (error) {
        throw failureOf(error, context, { idempotent: true, bodyFullySent: true });
    }
}
/**
 * A multipart POST (upload or edit): resolves with a 2xx answer, or throws a typed error whose type
 * says whether it is safe to send again (see failures.ts for the exactly-once rule).
 */
async function postOnce(url, body, context, onProgress) {
    watchRequestSockets();
    const controller = new AbortController();
    const unlink = linkAbort(context.signal, controller);
    const monitor = new MonitoredBody(body, context.timeouts.stallMs, () => controller.abort(), onProgress);
    try {
        const response = await (0,undici.request)(url, {
            dispatcher: context.dispatcher,
            method: "POST",
            headers: {
                ...BASE_HEADERS,
                "content-type": body.contentType,
                "content-length": String(body.contentLength),
            },
            // undici streams an AsyncIterable body as it pulls it (documented; its typings lag behind).
            body: monitor,
            signal: controller.signal,
        });
        return await finishPost(response, monitor, context);
    }
    catch (error) {
        throw failureOf(error, context, {
            idempotent: false,
            bodyFullySent: monitor.fullySent,
            ...(monitor.stalled ? { stalledForMs: context.timeouts.stallMs } : {}),
        });
    }
    finally {
        monitor.stop();
        body.destroy();
        unlink();
    }
}
async function finishPost(response, monitor, context) {
    const status = response.statusCode;
    let text = "";
    try {
        text = await readText(response.body);
    }
    catch (error) {
        // A success whose body was cut off: Mixcloud stored it, but we cannot tell the key.
        if (isSuccess(status)) {
            throw new OutcomeUnknownError(outcomeUnknownMessage(context.what, `the answer (${statusLine(status)}) was cut off`), {
                status,
                cause: sanitizeError(error, context.secrets),
            });
        }
    }
    const answer = { status, headers: response.headers, body: text };
    if (isSuccess(status))
        return answer;
    // A gateway timing out after the whole body went through says nothing about the upload's fate.
    if (status === 504 && monitor.fullySent) {
        throw new OutcomeUnknownError(outcomeUnknownMessage(context.what, `a gateway answered ${statusLine(status)}`), { status, serverMayStillBeWorking: true });
    }
    throw answer_errors_errorFromAnswer(answer, context);
}
function failureOf(error, context, state) {
    if (context.signal?.aborted === true)
        return cancelled(context.signal, !state.idempotent && state.bodyFullySent);
    if (error instanceof errors_MixcloudError)
        return error;
    return failures_classifyFailure(error, { ...context, ...state });
}
function cancelled(signal, afterFullBody) {
    if (!afterFullBody)
        return abortErrorFrom(signal);
    return new AbortError("The upload was cancelled after it had been fully sent: Mixcloud may have stored it; look it up before sending it again");
}
function isSuccess(status) {
    return status >= 200 && status < 300;
}
/** The answer's text, refusing answers too big to be Mixcloud's JSON. */
async function readText(body) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
            body.destroy();
            throw new errors_MixcloudError(`Mixcloud's answer is larger than ${MAX_ANSWER_BYTES} bytes: check the api-url setting`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
}
/** Forwards the caller's abort to one attempt's controller; returns the unlink function. */
function linkAbort(signal, controller) {
    if (signal === undefined)
        return () => { };
    const forward = () => controller.abort(signal.reason);
    if (signal.aborted)
        forward();
    else
        signal.addEventListener("abort", forward, { once: true });
    return () => signal.removeEventListener("abort", forward);
}
let watchingSockets = false;
/**
 * Hands each upload body the socket undici sends it on, from undici's `undici:client:sendHeaders`
 * diagnostics channel (its documented instrumentation; nothing else in its API names the socket
 * of a request). Subscribed once, by the first upload; other requests are ignored.
 */
function watchRequestSockets() {
    if (watchingSockets)
        return;
    watchingSockets = true;
    (0,external_node_diagnostics_channel_.subscribe)("undici:client:sendHeaders", (message) => {
        const { request: sent, socket } = message;
        if (sent?.body instanceof MonitoredBody && socket !== undefined)
            sent.body.attach(socket);
    });
}
const NOTHING = Buffer.alloc(0);
/**
 * The upload body as undici pulls it. undici asks for the next chunk once the previous one is
 * written to the socket — and, for a chunk above the socket's high-water mark, once the socket has
 * drained — so a resumed `yield` means "taken by the socket": that drives the progress callback
 * and the stall watchdog.
 *
 * `fullySent` is the line of the exactly-once rule: from then on a failure leaves the upload's
 * fate unknown. Taken by the socket is not yet sent: undici takes the last small chunks without
 * waiting, and they (with the rest of a big chunk) may still be queued in this process behind a
 * full socket buffer when the connection is reset — the server then cannot have the whole body,
 * and the upload is safe to send again at once. So `fullySent` waits until the operating system
 * has accepted every byte: an empty write on the socket completes only after every write before
 * it. (What the kernel has accepted may still be lost on the way; that stays unknown.)
 */
class MonitoredBody {
    body;
    stallMs;
    onStall;
    onProgress;
    sent = 0;
    fullySent = false;
    stalled = false;
    timer;
    socket;
    attach(socket) {
        this.socket = socket;
    }
    constructor(body, stallMs, onStall, onProgress) {
        this.body = body;
        this.stallMs = stallMs;
        this.onStall = onStall;
        this.onProgress = onProgress;
    }
    async *[Symbol.asyncIterator]() {
        this.arm();
        let taken = false;
        try {
            for await (const chunk of this.body) {
                yield chunk;
                this.arm();
                this.sent += chunk.length;
                this.onProgress?.(this.sent, this.body.contentLength);
            }
            taken = true;
        }
        finally {
            if (taken)
                this.confirmWhenFlushed();
            else
                this.stop();
        }
    }
    /**
     * Sets `fullySent` once every byte is out of this process (at once if the socket is unknown).
     * Until then the stall watchdog stays armed: a tail the connection never takes is a stall like
     * any other, and safe to retry, rather than a wait for the answer timeout.
     */
    confirmWhenFlushed() {
        const socket = this.socket;
        if (socket === undefined || socket.writableLength === 0) {
            this.fullySent = true;
            this.stop();
            return;
        }
        socket.write(NOTHING, (error) => {
            this.stop();
            if (error === undefined || error === null)
                this.fullySent = true;
        });
    }
    stop() {
        if (this.timer !== undefined)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
    arm() {
        if (this.timer !== undefined) {
            this.timer.refresh();
            return;
        }
        this.timer = setTimeout(() => {
            this.stalled = true;
            this.onStall();
        }, this.stallMs);
        this.timer.unref();
    }
}

;// CONCATENATED MODULE: ./src/mixcloud/client.ts







/** A listing is cut off beyond this many pages: a guard against a server that never stops. */
const MAX_PAGES = 10_000;
const DEFAULT_PAGE_SIZE = 100;
class MixcloudClient {
    options;
    apiUrl;
    token;
    secrets;
    timeouts;
    policy;
    agent;
    constructor(options) {
        this.options = options;
        if (!Number.isInteger(options.attempts) || options.attempts < 1) {
            throw new RangeError(`attempts must be a whole number of at least 1, not ${options.attempts}`);
        }
        this.apiUrl = checkedApiUrl(options.apiUrl);
        this.token = options.token === "" ? undefined : options.token;
        this.secrets = this.token === undefined ? [] : [this.token];
        this.timeouts = { ...transport_DEFAULT_TIMEOUTS, ...options.timeouts };
        this.policy = {
            attempts: options.attempts,
            baseMs: options.backoff?.baseMs ?? DEFAULT_BACKOFF_BASE_MS,
            maxMs: options.backoff?.maxMs ?? DEFAULT_BACKOFF_MAX_MS,
            maxWaitMs: MAX_RETRY_AFTER_MS,
        };
        this.agent = createAgent(this.timeouts);
    }
    /** The account the token belongs to. */
    async me(opts = {}) {
        const answer = await this.get(this.url("/me/", {}, true), "GET /me/", opts.signal);
        return parseUser(answer, this.parseContext("GET /me/"));
    }
    /**
     * Every cloudcast of a user, newest first, following `paging.next` to the end. The items are
     * Mixcloud's summaries, without `description` and `sections`: getCloudcast() has those.
     *
     * The first page asks for `offset=0`, which makes Mixcloud page by offset; without it, the next
     * pages would go by `until=` timestamps of whole seconds, and how the API splits cloudcasts
     * made in the same second between two pages is unknown. Later pages are whatever `paging.next`
     * says, by offset or by time.
     */
    async listCloudcasts(username, opts = {}) {
        const path = `/${encodeURIComponent(username)}/cloudcasts/`;
        const what = `GET ${path}`;
        const limit = String(opts.pageSize ?? DEFAULT_PAGE_SIZE);
        const found = new Map();
        const visited = new Set();
        let url = this.url(path, { limit, offset: "0" }, false);
        for (let page = 1; url !== undefined; page++) {
            if (page > MAX_PAGES)
                throw new errors_MixcloudError(`${what}: more than ${MAX_PAGES} pages; check the api-url setting`);
            visited.add(pageIdentity(url));
            const { items, next } = parseCloudcastPage(await this.get(url, what, opts.signal), this.parseContext(what));
            for (const item of items)
                if (!found.has(item.key))
                    found.set(item.key, item);
            url = items.length === 0 || next === undefined ? undefined : this.nextPageUrl(next, what);
            // A link back to a page already read adds nothing: every page it leads to was read too.
            if (url !== undefined && visited.has(pageIdentity(url))) {
                this.log("debug", `${what}: paging.next of page ${page} leads back to a page already read; stopping`);
                url = undefined;
            }
        }
        return [...found.values()];
    }
    /**
     * The cloudcasts of a user created at `since` or later (an ISO time from an earlier listing's
     * `created_time`), with the API's `since`: what appeared on the account meanwhile, without
     * reading it all again. How Mixcloud pages a listing by `since` alone is [unknown] (the mock
     * gives the page just after it, `previous` leading to newer ones), so both links are followed
     * while they bring cloudcasts of the window not seen yet, and items outside it are dropped
     * (a server that ignored `since` costs a page, not a wrong answer).
     */
    async listCloudcastsSince(username, since, opts = {}) {
        const path = `/${encodeURIComponent(username)}/cloudcasts/`;
        const what = `GET ${path} since ${since}`;
        const sinceMs = Date.parse(since);
        const inWindow = (c) => c.createdTime === undefined || !(Date.parse(c.createdTime) < sinceMs);
        const limit = String(opts.pageSize ?? DEFAULT_PAGE_SIZE);
        const found = new Map();
        const visited = new Set();
        const queue = [this.url(path, { limit, since: apiTime(since) }, false)];
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
            if (visited.size >= MAX_PAGES)
                throw new errors_MixcloudError(`${what}: more than ${MAX_PAGES} pages; check the api-url setting`);
            if (visited.has(pageIdentity(url)))
                continue;
            visited.add(pageIdentity(url));
            const page = parseCloudcastPage(await this.get(url, what, opts.signal), this.parseContext(what));
            const fresh = page.items.filter((item) => inWindow(item) && !found.has(item.key));
            for (const item of fresh)
                found.set(item.key, item);
            if (fresh.length === 0)
                continue;
            for (const link of [page.previous, page.next]) {
                if (link !== undefined)
                    queue.push(this.nextPageUrl(link, what));
            }
        }
        return [...found.values()];
    }
    /** A cloudcast by key ("/user/slug/"), or null when Mixcloud has none. */
    async getCloudcast(key, opts = {}) {
        const path = cloudcastPath(key);
        try {
            const answer = await this.get(this.url(path, {}, false), `GET ${path}`, opts.signal);
            return parseCloudcast(answer, this.parseContext(`GET ${path}`));
        }
        catch (error) {
            if (error instanceof NotFoundError)
                return null;
            throw error;
        }
    }
    /**
     * Uploads a new cloudcast as one streamed multipart body. Retried only while a retry cannot
     * duplicate it (see failures.ts); an OutcomeUnknownError means: look it up before sending again.
     */
    async upload(request, opts = {}) {
        const files = [{ name: "mp3", ...request.audio }];
        if (request.picture !== undefined)
            files.push({ name: "picture", ...request.picture });
        return this.post("/upload/", `POST /upload/ ("${request.audio.filename}")`, request.fields, files, opts);
    }
    /** Changes an existing cloudcast's metadata (and picture, if one is given). Never sends audio. */
    async edit(key, request, opts = {}) {
        const path = `/upload${cloudcastPath(key)}edit/`;
        const files = request.picture === undefined ? [] : [{ name: "picture", ...request.picture }];
        return this.post(path, `POST ${path}`, request.fields, files, opts);
    }
    /**
     * How long the client waits for Mixcloud to answer once a request is sent. After an upload's
     * answer was lost, Mixcloud may still be storing it: callers give it this long again before
     * concluding it did not arrive.
     */
    get answerTimeoutMs() {
        return this.timeouts.headersMs;
    }
    /**
     * How long the account's listing is given to show what Mixcloud stored: `listingLagMs` when set,
     * else one backoff delay at its cap; never more than the answer timeout. How far Mixcloud's
     * listing lags behind what it stored is [unknown]. Two waits use it: an upload whose connection
     * was lost (reset or closed, as opposed to an answer that never came) is looked for this long
     * before it is sent again — the server was no longer reading, so it is not still storing it, and
     * a retry after a reset so takes about one backoff delay, not the answer timeout; and a run that
     * uploaded looks for a twin from another run once more this long after its last upload.
     */
    get listingLagMs() {
        return Math.min(this.options.listingLagMs ?? this.policy.maxMs, this.timeouts.headersMs);
    }
    /** Closes the client's connections; closing again does nothing. */
    async close() {
        if (this.agent.destroyed || this.agent.closed)
            return;
        await this.agent.close();
    }
    async post(path, what, fields, files, opts) {
        const url = this.url(path, {}, true);
        const context = this.exchangeContext(what, opts.signal);
        return withRetries(async (attempt) => {
            const body = await createMultipartBody(fields, files);
            this.log("debug", `${what}: sending ${body.contentLength} bytes to ${redact_redactUrl(url)} (attempt ${attempt})`);
            const answer = await postOnce(url, body, context, opts.onProgress);
            return parseUploadResult(answer, this.parseContext(what));
        }, this.retryRuntime(opts.signal));
    }
    async get(url, what, signal) {
        const context = this.exchangeContext(what, signal);
        return withRetries(async (attempt) => {
            this.log("debug", `GET ${redact_redactUrl(url)} (attempt ${attempt})`);
            return getOnce(url, context);
        }, this.retryRuntime(signal));
    }
    /** An API URL; `withToken` endpoints fail early without one, the others send it when there is one. */
    url(path, params, needsToken) {
        if (needsToken && this.token === undefined) {
            throw new errors_AuthError(`No Mixcloud access token for ${path}: ${NEW_TOKEN_ADVICE}`);
        }
        const url = new URL(`${this.apiUrl}${path}`);
        for (const [name, value] of Object.entries(params))
            url.searchParams.set(name, value);
        if (this.token !== undefined)
            url.searchParams.set("access_token", this.token);
        return url.toString();
    }
    /**
     * `paging.next` as given, with our token in place of any it carries, provided it points at the
     * API we talk to. Its query is kept as written (`until=2015-04-29+18%3A59%3A19` stays so).
     */
    nextPageUrl(next, what) {
        const url = new URL(next, `${this.apiUrl}/`);
        if (url.origin !== new URL(this.apiUrl).origin) {
            throw new errors_MixcloudError(`${what}: paging.next points at another host (${redact_redactUrl(url.origin)}); the token is not sent there. ` +
                `Check the api-url setting`);
        }
        const params = url.search
            .slice(1)
            .split("&")
            .filter((param) => param !== "" && !param.startsWith("access_token="));
        if (this.token !== undefined)
            params.push(`access_token=${encodeURIComponent(this.token)}`);
        url.search = params.length === 0 ? "" : `?${params.join("&")}`;
        return url.toString();
    }
    exchangeContext(what, signal) {
        return {
            dispatcher: this.agent,
            what,
            secrets: this.secrets,
            timeouts: this.timeouts,
            ...(signal === undefined ? {} : { signal }),
        };
    }
    parseContext(what) {
        return { what, secrets: this.secrets };
    }
    retryRuntime(signal) {
        return {
            policy: this.policy,
            sleep: this.options.sleep ?? realSleep,
            random: this.options.random ?? Math.random,
            ...(signal === undefined ? {} : { signal }),
            onRetry: (message) => this.log("info", message),
        };
    }
    log(level, message) {
        this.options.log?.(level, scrubSecrets(message, this.secrets));
    }
}
/** The API root without trailing slashes; a malformed one is a configuration error, said plainly. */
function checkedApiUrl(apiUrl) {
    const trimmed = apiUrl.replace(/\/+$/, "");
    let parsed;
    try {
        parsed = new URL(trimmed);
    }
    catch {
        parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
        throw new errors_MixcloudError(`The api-url "${redact_redactUrl(apiUrl)}" is not an http(s) URL: fix the api-url setting`);
    }
    return trimmed;
}
/** "2015-04-29T18:59:19Z" → "2015-04-29 18:59:19": the form of the API's own paging links. */
function apiTime(iso) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        throw new errors_MixcloudError(`"${iso}" is not a time to list cloudcasts since`);
    return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
/** A page's URL without the token, to recognise a page already read. */
function pageIdentity(url) {
    const parsed = new URL(url);
    parsed.searchParams.delete("access_token");
    parsed.searchParams.sort();
    return parsed.toString();
}
/**
 * "/user/slug/" with each segment percent-encoded exactly once (keys arrive encoded from Mixcloud,
 * or raw when typed into a cloudcast file).
 */
function cloudcastPath(key) {
    const segments = key.split("/").filter((segment) => segment !== "");
    if (segments.length !== 2) {
        throw new errors_MixcloudError(`"${key}" is not a cloudcast key like /user/slug/: fix the key in the cloudcast file`);
    }
    return `/${segments.map((segment) => encodeURIComponent(safeDecode(segment))).join("/")}/`;
}
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/mixcloud/oauth.ts
/**
 * Mixcloud's OAuth flow (MIXCLOUD_API.md § OAuth): send the user to authorizeUrl(), receive
 * `?code=` on the redirect URI, trade the code for a token with exchangeToken(). There are no
 * refresh tokens. The client secret and the code are secrets too: they never reach a message.
 */







/** Same-origin redirects followed (a server may add the trailing slash, as the API does). */
const MAX_REDIRECTS = 3;
/** The page to send the user to, to grant this application access. */
function authorizeUrl(options) {
    return oauthEndpoint(options.oauthUrl, "authorize", {
        client_id: options.clientId,
        redirect_uri: options.redirectUri,
    });
}
/**
 * Trades an authorization code for an access token. Tried once: a code can be used only once, so
 * a retry after a lost answer would fail anyway. Accepts `{"access_token": …}` and the
 * query-string form `access_token=…` the docs once showed; `{"error": …}` is an AuthError.
 */
async function exchangeToken(options) {
    const secrets = [options.clientSecret, options.code];
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    let url = oauthEndpoint(options.oauthUrl, "access_token", {
        client_id: options.clientId,
        redirect_uri: options.redirectUri,
        client_secret: options.clientSecret,
        code: options.code,
    });
    const what = `GET ${redactUrl(new URL(url).pathname)}`;
    const agent = new Agent({
        connect: { timeout: timeouts.connectMs },
        headersTimeout: timeouts.headersMs,
    });
    try {
        for (let redirects = 0;; redirects++) {
            const answer = await fetchAnswer(agent, url, { what, secrets, timeouts });
            const location = redirectTarget(answer, url);
            if (location === undefined || redirects >= MAX_REDIRECTS)
                return tokenFrom(answer, { what, secrets });
            url = location;
        }
    }
    finally {
        await agent.close();
    }
}
function oauthEndpoint(oauthUrl, name, params) {
    const url = new URL(`${(oauthUrl ?? DEFAULT_OAUTH_URL).replace(/\/+$/, "")}/${name}`);
    for (const [key, value] of Object.entries(params))
        url.searchParams.set(key, value);
    return url.toString();
}
async function fetchAnswer(agent, url, context) {
    try {
        const response = await request(url, {
            dispatcher: agent,
            method: "GET",
            headers: { accept: "application/json" },
        });
        return {
            status: response.statusCode,
            headers: response.headers,
            body: await response.body.text(),
        };
    }
    catch (error) {
        throw classifyFailure(error, { ...context, idempotent: true, bodyFullySent: true });
    }
}
/** A same-origin redirect's absolute target; a redirect elsewhere is not followed (it would carry the secret). */
function redirectTarget(answer, from) {
    const location = answer.headers["location"];
    if (![301, 302, 307, 308].includes(answer.status) || typeof location !== "string")
        return undefined;
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.toString() : undefined;
}
function tokenFrom(answer, context) {
    const body = answer.body.trim();
    const json = parseObject(body);
    if (json !== undefined &&
        typeof json["access_token"] === "string" &&
        json["access_token"] !== "") {
        return json["access_token"];
    }
    if (json !== undefined && json["error"] !== undefined)
        throw refused(answer, context);
    const fromQuery = json === undefined ? new URLSearchParams(body).get("access_token") : null;
    if (answer.status >= 200 && answer.status < 300 && fromQuery !== null && fromQuery !== "")
        return fromQuery;
    if (answer.status >= 500 || answer.status === 429)
        throw errorFromAnswer(answer, context);
    if (answer.status >= 400)
        throw refused(answer, context);
    throw new MixcloudError(`${context.what}: Mixcloud's answer (${answer.status}) holds no access_token: check the oauth URL and try again`, { status: answer.status });
}
function refused(answer, context) {
    const said = summariseBody(answer.body, context.secrets).text;
    return new AuthError(`${context.what}: Mixcloud refused to issue a token (${answer.status}: ${said || "no reason given"}): ` +
        `check the client id, client secret and redirect URI, and authorize again (a code can be used only once)`, { status: answer.status });
}
function parseObject(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === "object" && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/mixcloud/index.ts
/**
 * The Mixcloud API client: see client.ts. It is tested against answers written by hand in the real API's
 * shapes (__tests__/fixtures/mixcloud/) and against the mock server, which answers in those shapes.
 */








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
