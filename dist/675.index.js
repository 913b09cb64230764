export const id = 675;
export const ids = [675];
export const modules = {

/***/ 1675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkspaceFile: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5733);
// Reads a cloudcast file from the checkout as safely as its media: a file that is a symbolic link
// out of the workspace, a FIFO, or a huge blob is refused before a byte of it is read.



/**
 * Reads `relPath` (`/`-separated, relative to `workspace`) when it is a regular file inside the
 * workspace. At most `maxBytes` are read: a larger file is returned cut, and the parser reports
 * it as too large by its length.
 */
async function readWorkspaceFile(workspace, relPath, maxBytes) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const found = await (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(root, relPath, `the cloudcast file \`${relPath}\``);
    if (!found.ok)
        return { ok: false, rule: `file-${found.problem.rule}`, message: found.problem.message };
    if (!found.stats.isFile()) {
        return {
            ok: false,
            rule: "file-not-regular",
            message: `\`${relPath}\` is not a regular file: a cloudcast file must be a YAML file committed to the repository`,
        };
    }
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it cannot hang.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(found.realPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const buffer = Buffer.alloc(Math.min(maxBytes, found.stats.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { ok: true, bytes: buffer.subarray(0, bytesRead) };
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
