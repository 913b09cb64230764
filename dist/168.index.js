export const id = 168;
export const ids = [168];
export const modules = {

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
