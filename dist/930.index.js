export const id = 930;
export const ids = [930];
export const modules = {

/***/ 9930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLfsAccess: () => (/* binding */ createLfsAccess)
/* harmony export */ });
function createLfsAccess(settings) {
    let client;
    const load = () => {
        client ??= Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(580), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 6168)).then((m) => m.createLfsClient(settings));
        return client;
    };
    return {
        open: async (id, label, signal) => (await load()).open(id, label, signal),
        download: async (id, label, filename, signal) => (await load()).download(id, label, filename, signal),
    };
}


/***/ })

};
