export const id = 736;
export const ids = [736];
export const modules = {

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
