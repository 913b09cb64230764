export const id = 531;
export const ids = [531];
export const modules = {

/***/ 1531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDownloader: () => (/* binding */ createDownloader),
/* harmony export */   createLfsDownloader: () => (/* binding */ createLfsDownloader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _media_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3517);
/* harmony import */ var _media_formats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5728);
// Fetches a cloudcast's audio or picture named by URL to a temporary file before it is uploaded.
// A release asset of the run's own repository goes through the GitHub API with the job's token,
// so assets of private repositories work; every other URL is downloaded as it is. A file the
// checkout holds as a Git LFS pointer is fetched from the repository's LFS server.





function createDownloader(options) {
    return async (media, kind) => {
        const maxBytes = kind === "audio" ? _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Limits */ .xu.audioBytes : _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Limits */ .xu.pictureBytes;
        const asset = await options.github?.findReleaseAssetByUrl(media.originalUrl);
        if (asset !== undefined && options.github !== undefined) {
            if (asset.size > maxBytes) {
                throw new Error(`the ${kind} release asset ${asset.name} is ${(0,_media_formats_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(asset.size)}; Mixcloud takes at most ${(0,_media_formats_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(maxBytes)}`);
            }
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.tempDir, "mixcloud-asset-"));
            const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            try {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, kind);
                await options.github.downloadReleaseAsset(asset.id, path, options.signal, maxBytes);
                return { path, cleanup };
            }
            catch (error) {
                await cleanup();
                throw error;
            }
        }
        const downloaded = await (0,_media_index_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadToTemp */ .aN)(media, {
            tempDir: options.tempDir,
            maxBytes,
            signal: options.signal,
            attempts: options.attempts,
            kind,
            ...(options.urlPolicy === undefined ? {} : { urlPolicy: options.urlPolicy }),
            onProgress: (got, total) => options.onProgress?.(media.originalUrl, got, total),
        });
        // The type the download's content shows: the check may not have read past a large ID3 tag.
        return {
            path: downloaded.path,
            contentType: downloaded.contentType,
            cleanup: downloaded.cleanup,
        };
    };
}
/**
 * Fetches a Git LFS object for an upload: downloaded to a temporary folder and checked against
 * its pointer (size and sha256) before the upload may read a byte of it.
 */
function createLfsDownloader(lfs, signal) {
    return (media, kind) => lfs.download(media.lfs, `the ${kind} \`${media.relPath}\``, media.filename, signal);
}


/***/ })

};
