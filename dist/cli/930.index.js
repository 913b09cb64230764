export const id = 930;
export const ids = [930];
export const modules = {

/***/ 9930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLocalLfsAccess: () => (/* binding */ createLocalLfsAccess)
/* harmony export */ });
/* unused harmony export createLfsAccess */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

function createLfsAccess(settings) {
    return loadedOnUse(async () => (await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 6168))).createLfsClient(settings));
}
/**
 * The command line's access to the LFS server of the clone at `workspace`: a clone made with
 * GIT_LFS_SKIP_SMUDGE=1 holds pointers, whose objects are fetched as git-lfs fetches them, with
 * the credentials `git credential fill` gives for the server; a server on the user's own network
 * is fine. The URL policy (and its address parser) loads with the client, so `validate` pays
 * nothing for it until an export is a pointer.
 */
function createLocalLfsAccess(workspace, attempts) {
    return loadedOnUse(async () => {
        const [{ createLfsClient }, { PRIVATE_ALLOWED }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 6168)),
            Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(736)]).then(__webpack_require__.bind(__webpack_require__, 2736)),
        ]);
        return createLfsClient({
            workspace,
            gitCredentials: true,
            tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
            attempts,
            urlPolicy: PRIVATE_ALLOWED,
        });
    });
}
function loadedOnUse(load) {
    let client;
    const loaded = () => (client ??= load());
    return {
        open: async (id, label, signal) => (await loaded()).open(id, label, signal),
        download: async (id, label, filename, signal) => (await loaded()).download(id, label, filename, signal),
    };
}


/***/ })

};
