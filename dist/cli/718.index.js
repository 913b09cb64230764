export const id = 718;
export const ids = [718];
export const modules = {

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auth: () => (/* binding */ auth),
/* harmony export */   runOAuthFlow: () => (/* binding */ runOAuthFlow)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8619);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(625);
/* harmony import */ var _netrc_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6475);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
// `mixcloud-publish auth`: the OAuth flow of the seed's MixcloudOauth, for a terminal. Prints the
// page to open, receives the code on a loopback redirect, trades it for a token, and prints it
// (or, with --save, writes it to ~/.netrc where `publish` finds it).








const USAGE = `Usage: mixcloud-publish auth --client-id ID --client-secret SECRET [options]

Gets a Mixcloud access token for your application (register one at
https://www.mixcloud.com/developers/create/): open the printed link, allow access, and the token
arrives here through a redirect to 127.0.0.1.

Options:
  --client-id ID         your application's client ID (required)
  --client-secret SECRET your application's client secret (required)
  --port N               port of the loopback redirect (default: any free port)
  --save                 write the token to ~/.netrc ("machine mixcloud-api") instead of printing it
  --oauth-url URL        OAuth root (default ${_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_OAUTH_URL */ ._c}; a mock server's in tests)
  --timeout SECONDS      how long to wait for the browser (default 300)
  -h, --help             show this help
`;
const OPTIONS = {
    "client-id": { type: "string" },
    "client-secret": { type: "string" },
    port: { type: "string" },
    save: { type: "boolean" },
    "oauth-url": { type: "string" },
    timeout: { type: "string" },
    help: { type: "boolean", short: "h" },
};
const auth = async (args, io) => {
    const line = (0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommandLine */ .y)("auth", args, io, {
        options: OPTIONS,
        usage: USAGE,
        positionals: false,
    });
    if (typeof line === "number")
        return line;
    const { values } = line;
    const clientId = values["client-id"];
    const clientSecret = values["client-secret"];
    const port = Number(values.port ?? 0);
    const timeoutSeconds = Number(values.timeout ?? 300);
    if (!clientId ||
        !clientSecret ||
        !Number.isInteger(port) ||
        port < 0 ||
        port > 65535 ||
        !(timeoutSeconds > 0)) {
        io.stderr(`mixcloud-publish auth: --client-id and --client-secret are required; --port takes 0–65535, --timeout a positive number.\n\n${USAGE}`);
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Usage;
    }
    try {
        const token = await runOAuthFlow({
            clientId,
            clientSecret,
            port,
            oauthUrl: values["oauth-url"],
            timeoutMs: timeoutSeconds * 1000,
        }, io);
        if (values.save) {
            const path = (0,_netrc_js__WEBPACK_IMPORTED_MODULE_5__/* .netrcPath */ .eQ)(io.env);
            const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, "utf8").catch(() => "");
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, (0,_netrc_js__WEBPACK_IMPORTED_MODULE_5__/* .withNetrcToken */ .sb)(before, token), { mode: 0o600 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(path, 0o600);
            io.stdout(`Saved the token to ${path} (machine mixcloud-api). \`mixcloud-publish publish\` uses it from there.\n`);
        }
        else {
            io.stdout(`${token}\n`);
            io.stderr("Store it as the MIXCLOUD_ACCESS_TOKEN secret of your repository (Settings → Secrets and variables → Actions).\n");
        }
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Ok;
    }
    catch (error) {
        io.stderr(`mixcloud-publish auth: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}\n`);
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Problems;
    }
};
/** Serves one redirect on 127.0.0.1, then trades the code it carries for a token. */
async function runOAuthFlow(options, io) {
    const { authorizeUrl, exchangeToken } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(870)]).then(__webpack_require__.bind(__webpack_require__, 870));
    // The state travels inside the redirect URI itself, so it comes back whatever the provider
    // does with extra parameters: a code that arrives without it was not asked for here.
    const state = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString("hex");
    const received = waitForRedirect(options.port, state, options.timeoutMs);
    const redirectUri = `http://127.0.0.1:${await received.port}/callback?state=${state}`;
    io.stderr(`Open this page in a browser and allow access:\n\n  ${authorizeUrl({ oauthUrl: options.oauthUrl, clientId: options.clientId, redirectUri })}\n\nWaiting for the redirect to ${redirectUri.replace(/\?.*/, "")} …\n`);
    const code = await received.code;
    return exchangeToken({
        oauthUrl: options.oauthUrl,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        redirectUri,
        code,
    });
}
function waitForRedirect(port, state, timeoutMs) {
    let settle;
    const code = new Promise((resolve, reject) => (settle = { resolve, reject }));
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => handleRedirect(req, res, state, (outcome) => {
        server.close();
        clearTimeout(timer);
        if (outcome instanceof Error)
            settle?.reject(outcome);
        else
            settle?.resolve(outcome);
    }));
    const timer = setTimeout(() => {
        server.close();
        settle?.reject(new Error(`no redirect came within ${Math.round(timeoutMs / 1000)} s: run auth again and open the link`));
    }, timeoutMs);
    const listening = new Promise((resolve, reject) => {
        server.once("error", (error) => {
            clearTimeout(timer);
            reject(new Error(`cannot listen on 127.0.0.1:${port} (${error.message}): pick another --port`));
        });
        server.listen(port, "127.0.0.1", () => resolve(server.address().port));
    });
    return { port: listening, code };
}
function handleRedirect(req, res, state, done) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/callback") {
        res.writeHead(404).end();
        return;
    }
    const page = (status, text) => {
        res.writeHead(status, { "content-type": "text/html; charset=utf-8", connection: "close" });
        res.end(`<!doctype html><title>mixcloud-publish</title><p>${text}</p>`);
    };
    if (url.searchParams.get("state") !== state) {
        page(400, "This link was not started by this mixcloud-publish auth run.");
        return;
    }
    const code = url.searchParams.get("code");
    if (code === null || code === "") {
        const reason = url.searchParams.get("error") ?? "no code in the redirect";
        page(400, "Mixcloud did not grant access. You can close this tab.");
        done(new Error(`Mixcloud did not grant access (${reason}): run auth again and allow access`));
        return;
    }
    page(200, "Access granted: you can close this tab and go back to the terminal.");
    done(code);
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError),
/* harmony export */   y: () => (/* binding */ readCommandLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8619);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2969);
// One way for every command to read its command line: --help prints the usage (exit 0); a bad
// command line says what was wrong, the nearest known option when there is one, and where the
// help is (exit 2).




/**
 * Parses `args` against `options` (which must include `help`). Returns the parsed values and
 * positionals, or the exit code when the command should stop here (help shown, usage error).
 */
function readCommandLine(command, args, io, spec) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: spec.options,
            allowPositionals: spec.positionals,
            strict: true,
        });
        if (parsed.values.help === true) {
            io.stdout(spec.usage);
            return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        }
        return parsed;
    }
    catch (error) {
        return usageError(io, command, error, spec.usage, Object.keys(spec.options));
    }
}
function usageError(io, command, error, usage, knownOptions) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const hint = unknown === undefined ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestName */ .N)(unknown.replace(/^-+/, ""), knownOptions);
    io.stderr(`mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
        `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`);
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Usage;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ MAX_EXCLUDE_PATTERNS),
/* harmony export */   Mb: () => (/* binding */ URL_CHECK_BUDGET_MS),
/* harmony export */   _c: () => (/* binding */ DEFAULT_OAUTH_URL),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   xu: () => (/* binding */ Limits)
/* harmony export */ });
/* unused harmony exports Inputs, Outputs, DEFAULT_FILES, COMMENT_MARKER */
/** Names of the action's inputs and outputs (action.yml), kept in one place. */
const Inputs = {
    AccessToken: "access-token",
    Files: "files",
    ChangedOnly: "changed-only",
    DryRun: "dry-run",
    IfExists: "if-exists",
    Comment: "comment",
    GithubToken: "github-token",
    ApiUrl: "api-url",
    Concurrency: "concurrency",
    Retries: "retries",
    Licensing: "licensing",
    Prereleases: "prereleases",
    AllowPrivateUrls: "allow-private-urls",
};
const Outputs = {
    Urls: "urls",
    Results: "results",
    Published: "published",
    Updated: "updated",
    Skipped: "skipped",
    Failed: "failed",
    Invalid: "invalid",
    Warnings: "warnings",
    Matrix: "matrix",
};
const DEFAULT_FILES = (/* unused pure expression or super */ null && (["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"]));
const DEFAULT_API_URL = "https://api.mixcloud.com";
/** OAuth lives on the website host, not the API host. */
const DEFAULT_OAUTH_URL = "https://www.mixcloud.com/oauth";
/** Limits from SPEC §2 and the Mixcloud API. */
const Limits = {
    fileBytes: 1024 * 1024,
    descriptionChars: 1000,
    tags: 5,
    hosts: 2,
    audioBytes: 4 * 1024 * 1024 * 1024,
    pictureBytes: 10 * 1024 * 1024,
};
/**
 * All the URL checks of one run together get three minutes. A healthy check takes well under a
 * second (one HEAD), so a hundred URL shows need seconds; three minutes is six times the
 * per-URL timeout, so a few slow hosts do not use it up, while a pull request naming a thousand
 * URLs that never answer costs three minutes of the job, not an hour (8 checks at a time × 30 s).
 */
const URL_CHECK_BUDGET_MS = 3 * 60_000;
/**
 * The most `tracklist_exclude` patterns one cloudcast may have (checked with the format, used by
 * the tracklist stage). A playout log's non-music entries fall under a handful of patterns
 * (station idents, jingles, adverts, news, weather, a few named sponsors): even a station with
 * many writes a few dozen. Each pattern reads every name once, so the work grows with their
 * number; 100 bounds it while leaving room for any real list.
 */
const MAX_EXCLUDE_PATTERNS = 100;
/** The hidden marker that finds the sticky PR comment again. */
const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown, for a one-line report. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ netrcPath),
/* harmony export */   qK: () => (/* binding */ lookupToken),
/* harmony export */   sb: () => (/* binding */ withNetrcToken)
/* harmony export */ });
/* unused harmony exports NETRC_MACHINE, findNetrcPassword, readNetrcToken */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The seed's token convention: `machine mixcloud-api` / `password TOKEN` in ~/.netrc. A missing
// file, an unreadable one, or one without that machine simply yields no token (the seed crashed).



const NETRC_MACHINE = "mixcloud-api";
function netrcPath(env) {
    return env["NETRC"] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env["HOME"] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), ".netrc");
}
/** The `password` of `machine` in netrc text (tokens split on white space; `#` comments skipped). */
function findNetrcPassword(text, machine) {
    const tokens = text
        .split(/\r?\n/)
        .map((line) => (line.trimStart().startsWith("#") ? "" : line))
        .join("\n")
        .split(/\s+/)
        .filter(Boolean);
    let current;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === "machine")
            current = tokens[++i];
        else if (token === "default")
            current = undefined;
        else if (token === "macdef")
            break; // macro bodies run to a blank line; nothing after is ours
        else if (token === "password" && current === machine)
            return tokens[i + 1];
    }
    return undefined;
}
async function readNetrcToken(env) {
    try {
        return findNetrcPassword(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(netrcPath(env), "utf8"), NETRC_MACHINE);
    }
    catch {
        return undefined;
    }
}
/** The text of a netrc with `machine mixcloud-api` set to `token`, other entries kept. */
function withNetrcToken(text, token) {
    const entry = `machine ${NETRC_MACHINE}\n  password ${token}\n`;
    const pattern = new RegExp(`(^|\\n)machine\\s+${NETRC_MACHINE}\\b[\\s\\S]*?(?=\\nmachine\\s|\\ndefault\\s|$)`);
    if (pattern.test(text))
        return text.replace(pattern, (_m, lead) => `${lead}${entry.trimEnd()}`);
    return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${entry}`;
}
/** Where the CLI's token comes from, first found wins: flag, environment, ~/.netrc. */
async function lookupToken(flag, env) {
    if (flag !== undefined && flag !== "")
        return { token: flag, source: "--token" };
    const fromEnv = env["MIXCLOUD_ACCESS_TOKEN"];
    if (fromEnv !== undefined && fromEnv.trim() !== "")
        return { token: fromEnv.trim(), source: "MIXCLOUD_ACCESS_TOKEN" };
    const fromNetrc = await readNetrcToken(env);
    return fromNetrc === undefined ? undefined : { token: fromNetrc, source: netrcPath(env) };
}


/***/ })

};
