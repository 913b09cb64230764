export const id = 317;
export const ids = [317];
export const modules = {

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   findCloudcastFiles: () => (/* binding */ findCloudcastFiles)
/* harmony export */ });
/* unused harmony export readPlainFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const CLOUDCAST_FILE = /\.ya?ml$/i;
/**
 * The cloudcast files named by command-line paths: a file is taken as given, a folder is
 * searched recursively for `.yml`/`.yaml` files — skipping `node_modules` and dot-folders, and
 * not following symbolic links to folders, which could loop.
 */
async function findCloudcastFiles(paths, cwd) {
    const found = new Set();
    const errors = [];
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute).catch((error) => error);
        if (info instanceof Error) {
            errors.push(`${path}: ${describeError(info)}`);
        }
        else if (info.isDirectory()) {
            await walk(absolute, found, errors, cwd);
        }
        else if (info.isFile()) {
            found.add(absolute);
        }
        else {
            errors.push(`${path}: not a file or a folder`);
        }
    }
    const files = [...found].map((file) => displayPath(file, cwd));
    return { files: [...new Set(files)].sort(), errors };
}
async function walk(folder, found, errors, cwd) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { withFileTypes: true }).catch((error) => error);
    if (entries instanceof Error) {
        errors.push(`${displayPath(folder, cwd)}/: ${describeError(entries)}`);
        return;
    }
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith(".") && entry.name !== "node_modules")
                await walk(path, found, errors, cwd);
        }
        else if (CLOUDCAST_FILE.test(entry.name) && (entry.isFile() || (await isFileLink(path)))) {
            found.add(path);
        }
    }
}
async function isFileLink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    return info?.isFile() ?? false;
}
/** How a path is shown and reported: relative to the working directory, with `/`. */
function displayPath(absolute, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, absolute);
    const shown = rel === "" || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) ? absolute : rel;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === "/" ? shown : shown.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
}
function describeError(error) {
    if (error.code === "ENOENT")
        return "no such file or folder";
    if (error.code === "EACCES" || error.code === "EPERM")
        return "permission denied";
    if (error.code === "ENOTDIR")
        return "a part of the path is not a folder";
    return error.message;
}
/**
 * Reads a file of at most `limit` bytes. Callback-style `fs` on purpose: for the thousands of
 * small files `validate` reads, it costs half as much as `fs/promises` file handles. `flags` are
 * `open`'s (a caller that checked the path passes O_NOFOLLOW and O_NONBLOCK).
 */
function readSmallFile(path, limit, flags = "r") {
    return new Promise((resolvePromise, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, flags, (openError, fd) => {
            if (openError)
                return reject(openError);
            const finish = (error, result) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => (error ? reject(error) : resolvePromise(result)));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat)(fd, (statError, info) => {
                if (statError)
                    return finish(statError);
                if (info.size > limit)
                    return finish(null, { tooLarge: info.size });
                readAll(fd, Buffer.allocUnsafe(info.size), 0, finish);
            });
        });
    });
}
/**
 * The bytes of a regular file of at most `limit` bytes, opened without following a symbolic link
 * and without blocking (should it be a FIFO); undefined for anything else — a link, a folder, a
 * larger file, an error — for the caller to judge with more care. Four calls of callback-style
 * `fs`, where a careful read makes a realpath, an lstat per folder and a file handle: it counts
 * for the thousands of files a selection may read.
 */
function readPlainFile(path, limit) {
    const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
    return new Promise((resolvePromise) => {
        open(path, flags, (openError, fd) => {
            if (openError)
                return resolvePromise(undefined);
            const finish = (bytes) => close(fd, () => resolvePromise(bytes));
            fstat(fd, (statError, info) => {
                if (statError || !info.isFile() || info.size > limit)
                    return finish();
                readAll(fd, Buffer.allocUnsafe(info.size), 0, (error, result) => finish(error || result === undefined || !("bytes" in result) ? undefined : result.bytes));
            });
        });
    });
}
function readAll(fd, buffer, offset, done) {
    if (offset === buffer.length)
        return done(null, { bytes: buffer });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, offset, buffer.length - offset, offset, (error, bytesRead) => {
        if (error)
            return done(error);
        // The file shrank while being read: keep what is there.
        if (bytesRead === 0)
            return done(null, { bytes: buffer.subarray(0, offset) });
        readAll(fd, buffer, offset + bytesRead, done);
    });
}


/***/ })

};
