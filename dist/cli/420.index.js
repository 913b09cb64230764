export const id = 420;
export const ids = [420];
export const modules = {

/***/ 6420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mockServer: () => (/* binding */ mockServer),
/* harmony export */   runMockServerCommand: () => (/* binding */ runMockServerCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mock_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3857);
/* harmony import */ var _mock_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8328);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8619);
// `mixcloud-publish mock-server`: runs the mock Mixcloud API in the foreground until stopped.





const USAGE = `Usage: mixcloud-publish mock-server [--port N] [--host H] [--token T] [--user NAME] [--not-pro]
                                [--client-id ID] [--client-secret SECRET]

Runs a mock of the Mixcloud API on this machine, to try the action or the CLI without touching
a real account. It answers like the real API (uploads, edits, listings, OAuth), keeps everything
in memory, prints one line per request, and runs until Ctrl+C.

Options:
  --port N                port to listen on (default 0: any free port)
  --host H                address to listen on (default ${_mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.host})
  --token T               the access token it accepts (default ${_mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.token})
  --user NAME             username of the account (default ${_mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.username})
  --not-pro               behave as a free account: Pro-only upload fields are refused
  --client-id ID          the OAuth client id it accepts (default ${_mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.clientId})
  --client-secret SECRET  the OAuth client secret it accepts (default ${_mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.clientSecret})
  -h, --help              show this help
`;
const HINT = "Run 'mixcloud-publish mock-server --help' for usage.";
const mockServer = (args, io) => runMockServerCommand(args, io);
/**
 * Runs the command; resolves with the exit code once SIGINT or SIGTERM arrives (or `signal`
 * aborts, which is how tests stop it) and the server has closed.
 */
async function runMockServerCommand(args, io, signal) {
    const parsed = parseCommandArgs(args);
    if ("error" in parsed) {
        io.stderr(`mixcloud-publish mock-server: ${parsed.error}\n${HINT}\n`);
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Usage;
    }
    if (parsed.help) {
        io.stdout(USAGE);
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Ok;
    }
    let server;
    try {
        server = await (0,_mock_index_js__WEBPACK_IMPORTED_MODULE_1__.startMockServer)({ ...parsed.options, log: (line) => io.stdout(`${line}\n`) });
    }
    catch (error) {
        const where = `${parsed.options.host ?? _mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.host}:${parsed.options.port ?? 0}`;
        io.stderr(`mixcloud-publish mock-server: cannot listen on ${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}\n`);
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Problems;
    }
    io.stdout(banner(server, parsed.options));
    await stopRequested(signal);
    io.stdout("Stopping the mock Mixcloud API.\n");
    await server.close();
    return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Ok;
}
function parseCommandArgs(args) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            strict: true,
            allowPositionals: false,
            options: {
                port: { type: "string" },
                host: { type: "string" },
                token: { type: "string" },
                user: { type: "string" },
                "not-pro": { type: "boolean" },
                "client-id": { type: "string" },
                "client-secret": { type: "string" },
                help: { type: "boolean", short: "h" },
            },
        }));
    }
    catch (error) {
        return { error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error) };
    }
    if (values.help)
        return { help: true };
    return optionsFrom(values);
}
function optionsFrom(values) {
    const options = { isPro: !values["not-pro"] };
    if (values.port !== undefined) {
        if (!/^\d{1,5}$/u.test(values.port) || Number(values.port) > 65_535) {
            return { error: `--port must be a number from 0 to 65535, got "${values.port}".` };
        }
        options.port = Number(values.port);
    }
    for (const [flag, value] of [
        ["--host", values.host],
        ["--token", values.token],
        ["--user", values.user],
        ["--client-id", values["client-id"]],
        ["--client-secret", values["client-secret"]],
    ]) {
        if (value === "")
            return { error: `${flag} must not be empty.` };
    }
    if (values.user !== undefined && !/^[^/\s]+$/u.test(values.user)) {
        return { error: `--user must be a username without "/" or spaces, got "${values.user}".` };
    }
    if (values.host !== undefined)
        options.host = values.host;
    if (values.token !== undefined)
        options.token = values.token;
    if (values.user !== undefined)
        options.username = values.user;
    if (values["client-id"] !== undefined)
        options.clientId = values["client-id"];
    if (values["client-secret"] !== undefined)
        options.clientSecret = values["client-secret"];
    return { help: false, options };
}
// The token and client secret printed here are the mock's own, made up for local tests (or given
// on its command line): printing them is the point.
function banner(server, options) {
    const token = options.token ?? _mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.token;
    const username = options.username ?? _mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.username;
    const account = `${username}, ${options.isPro === false ? "free" : "Pro"} account`;
    return [
        `Mock Mixcloud API listening on ${server.url}`,
        `  api-url: ${server.url}`,
        `  access token: ${token} (${account})`,
        `  oauth: ${server.oauthUrl} (client id ${options.clientId ?? _mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.clientId}, secret ${options.clientSecret ?? _mock_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MOCK_DEFAULTS */ .k.clientSecret})`,
        "Use it in place of Mixcloud: give the action `api-url: " +
            server.url +
            "` and `access-token: " +
            token +
            "`,",
        `or run the CLI: mixcloud-publish publish --api-url ${server.url} --token ${token} [PATH…]`,
        "Press Ctrl+C to stop. Requests:",
        "",
    ].join("\n");
}
/** Resolves on SIGINT, SIGTERM or `signal`, whichever comes first, and unhooks the others. */
function stopRequested(signal) {
    return new Promise((resolve) => {
        const stop = () => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            signal?.removeEventListener("abort", stop);
            resolve();
        };
        if (signal?.aborted)
            return stop();
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
        signal?.addEventListener("abort", stop);
    });
}


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


/***/ })

};
