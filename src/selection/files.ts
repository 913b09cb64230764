import { close, constants, fstat, open, read } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

export interface FoundFiles {
  /** Relative to `cwd` and `/`-separated (absolute only when on another drive), sorted, without duplicates. */
  files: string[];
  /** One line per path that could not be used, e.g. `nope/: no such file or directory`. */
  errors: string[];
}

const CLOUDCAST_FILE = /\.ya?ml$/i;

/**
 * The cloudcast files named by command-line paths: a file is taken as given, a folder is
 * searched recursively for `.yml`/`.yaml` files — skipping `node_modules` and dot-folders, and
 * not following symbolic links to folders, which could loop.
 */
export async function findCloudcastFiles(paths: string[], cwd: string): Promise<FoundFiles> {
  const found = new Set<string>();
  const errors: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      errors.push(`${path}: ${describeError(info)}`);
    } else if (info.isDirectory()) {
      await walk(absolute, found, errors, cwd);
    } else if (info.isFile()) {
      found.add(absolute);
    } else {
      errors.push(`${path}: not a file or a folder`);
    }
  }
  const files = [...found].map((file) => displayPath(file, cwd));
  return { files: [...new Set(files)].sort(), errors };
}

async function walk(
  folder: string,
  found: Set<string>,
  errors: string[],
  cwd: string,
): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (entries instanceof Error) {
    errors.push(`${displayPath(folder, cwd)}/: ${describeError(entries)}`);
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules")
        await walk(path, found, errors, cwd);
    } else if (CLOUDCAST_FILE.test(entry.name) && (entry.isFile() || (await isFileLink(path)))) {
      found.add(path);
    }
  }
}

async function isFileLink(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}

/** How a path is shown and reported: relative to the working directory, with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === "" || isAbsolute(rel) ? absolute : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

function describeError(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOENT") return "no such file or folder";
  if (error.code === "EACCES" || error.code === "EPERM") return "permission denied";
  if (error.code === "ENOTDIR") return "a part of the path is not a folder";
  return error.message;
}

/** A file's bytes, or its size when it is larger than `limit` (then it is not read at all). */
export type SmallFile = { bytes: Buffer } | { tooLarge: number };

/**
 * Reads a file of at most `limit` bytes. Callback-style `fs` on purpose: for the thousands of
 * small files `validate` reads, it costs half as much as `fs/promises` file handles. `flags` are
 * `open`'s (a caller that checked the path passes O_NOFOLLOW and O_NONBLOCK).
 */
export function readSmallFile(
  path: string,
  limit: number,
  flags: string | number = "r",
): Promise<SmallFile> {
  return new Promise((resolvePromise, reject) => {
    open(path, flags, (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error: Error | null, result?: SmallFile) =>
        close(fd, () => (error ? reject(error) : resolvePromise(result as SmallFile)));
      fstat(fd, (statError, info) => {
        if (statError) return finish(statError);
        if (info.size > limit) return finish(null, { tooLarge: info.size });
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
export function readPlainFile(path: string, limit: number): Promise<Buffer | undefined> {
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  return new Promise((resolvePromise) => {
    open(path, flags, (openError, fd) => {
      if (openError) return resolvePromise(undefined);
      const finish = (bytes?: Buffer) => close(fd, () => resolvePromise(bytes));
      fstat(fd, (statError, info) => {
        if (statError || !info.isFile() || info.size > limit) return finish();
        readAll(fd, Buffer.allocUnsafe(info.size), 0, (error, result) =>
          finish(error || result === undefined || !("bytes" in result) ? undefined : result.bytes),
        );
      });
    });
  });
}

function readAll(
  fd: number,
  buffer: Buffer,
  offset: number,
  done: (error: Error | null, result?: SmallFile) => void,
): void {
  if (offset === buffer.length) return done(null, { bytes: buffer });
  read(fd, buffer, offset, buffer.length - offset, offset, (error, bytesRead) => {
    if (error) return done(error);
    // The file shrank while being read: keep what is there.
    if (bytesRead === 0) return done(null, { bytes: buffer.subarray(0, offset) });
    readAll(fd, buffer, offset + bytesRead, done);
  });
}
