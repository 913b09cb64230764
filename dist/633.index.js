export const id = 633;
export const ids = [633];
export const modules = {

/***/ 5633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectMixcloud: () => (/* binding */ connectMixcloud)
/* harmony export */ });
/* unused harmony export MissingTokenError */
/* harmony import */ var _mixcloud_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(870);
// Opens the Mixcloud client for a publishing run: loaded only when something is to be published.

/** Thrown when publishing is asked for without a token: the message says where to put one. */
class MissingTokenError extends Error {
    constructor() {
        super("No Mixcloud access token: set `access-token: ${{ secrets.MIXCLOUD_ACCESS_TOKEN }}` (or the MIXCLOUD_ACCESS_TOKEN environment variable) to publish, or `dry-run: true` to only check the files. `mixcloud-publish auth` gets a token.");
        this.name = "MissingTokenError";
    }
}
function connectMixcloud(settings, log) {
    if (settings.accessToken === undefined || settings.accessToken === "")
        throw new MissingTokenError();
    const { listingLagMs, ...timeouts } = settings.timeouts ?? {};
    return new _mixcloud_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MixcloudClient */ .lu({
        apiUrl: settings.apiUrl,
        token: settings.accessToken,
        attempts: settings.retries,
        // Only the timeouts that were set: an undefined one must not replace the client's default.
        timeouts: Object.fromEntries(Object.entries(timeouts).filter(([, ms]) => ms !== undefined)),
        ...(listingLagMs === undefined ? {} : { listingLagMs }),
        log,
    });
}


/***/ })

};
