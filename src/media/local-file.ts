import { constants, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { posix } from "node:path";
import type { ByteSource } from "./bytes.js";
import { sizeLimit } from "./formats.js";
import { inspectAudio } from "./inspect-audio.js";
import { lfsPointerMessage, parseLfsPointer } from "./lfs.js";
import { audioWarnings, tooLargeProblem, unknownTypeProblem } from "./problems.js";
import { sniffSource } from "./sniff.js";
import type {
  FileMedia,
  MediaCheckOptions,
  MediaKind,
  MediaProblem,
  SniffedType,
} from "./types.js";
import { errorCode, resolveInWorkspace } from "./workspace-path.js";

/** Bytes read from the start of a file to recognise it (enough for an MP4 `moov` up front). */
export const HEAD_BYTES = 64 * 1024;

export interface LocalFileCheck {
  media?: FileMedia;
  problems: MediaProblem[];
  /** What is odd about the audio but does not stop it (a damaged header read past, a length unknown). */
  warnings?: MediaProblem[];
}

/** What a file check may need besides the file: the LFS server, for a pointer. */
export type LocalFileOptions = Pick<MediaCheckOptions, "lfs" | "signal" | "note">;

/**
 * Checks a repo file as a cloudcast's audio or picture: inside the workspace, a regular file,
 * within the size limit, of a known type by content, not cut short. A Git LFS pointer is
 * checked by ranged reads of its object when `options.lfs` can reach it.
 */
export async function checkLocalFile(
  kind: MediaKind,
  relPath: string,
  workspaceRoot: string,
  options: LocalFileOptions = {},
): Promise<LocalFileCheck> {
  const label = `the ${kind} \`${relPath}\``;
  const resolved = await resolveInWorkspace(workspaceRoot, relPath, label);
  if (!resolved.ok) return { problems: [resolved.problem] };
  // Decided from lstat before anything is opened: opening a FIFO would block until a writer came.
  const notRegular = describeNonRegular(resolved.stats);
  if (notRegular !== undefined) {
    return problem(
      "not-regular",
      `${label} is ${notRegular}, not a regular file: point it at the file itself`,
    );
  }
  // A hard link (nlink > 1) is accepted: git never creates one, so it can only come from the
  // runner's own tooling, and from inside there is no telling which name is "the original".
  // It still names data on the same file system that the workspace owner could already read.
  const { size } = resolved.stats;
  if (size === 0) return problem("empty", `${label} is empty (0 bytes): commit the real file`);
  const opened = await openRegular(resolved.realPath, resolved.stats, label);
  if ("rule" in opened) return { problems: [opened] };
  const handle = opened;
  try {
    const file = { realPath: resolved.realPath, relPath, size };
    return await checkContent(kind, label, handle, file, options);
  } finally {
    await handle.close();
  }
}

async function checkContent(
  kind: MediaKind,
  label: string,
  handle: FileHandle,
  file: { realPath: string; relPath: string; size: number },
  options: LocalFileOptions,
): Promise<LocalFileCheck> {
  const source = fileSource(handle, file.size);
  const head = await source.read(0, HEAD_BYTES);
  const pointer = parseLfsPointer(head, file.size);
  if (pointer !== undefined && options.lfs === undefined)
    return problem("lfs-pointer", lfsPointerMessage(label, kind, pointer));
  if (pointer !== undefined && options.lfs !== undefined) {
    const { checkLfsMedia } = await import("./lfs/check.js");
    return checkLfsMedia(pointer, { kind, label, ...file, ...options, lfs: options.lfs });
  }
  const problems: MediaProblem[] = [];
  const limit = sizeLimit(kind);
  if (file.size > limit) problems.push(tooLargeProblem("too-large", label, file.size, limit));
  const content = await sniffSource(kind, head, source);
  if (content.type === undefined) {
    const fileName = posix.basename(file.relPath);
    problems.push(unknownTypeProblem(kind, label, content.evidence, { fileName }));
    return { problems };
  }
  const type = content.type;
  const facts = kind === "audio" ? await inspectAudio(type.type, source) : {};
  if (facts.truncated !== undefined) {
    problems.push({
      rule: "truncated",
      message: `${label} looks cut short: ${facts.truncated}; copy or export the file again`,
    });
  }
  if (problems.length > 0) return { problems };
  const warnings = kind === "audio" ? audioWarnings(label, facts) : [];
  return { media: fileMedia(file, type, facts.durationSeconds), problems, warnings };
}

function fileMedia(
  file: { realPath: string; relPath: string; size: number },
  type: SniffedType,
  durationSeconds: number | undefined,
): FileMedia {
  return {
    kind: "file",
    path: file.realPath,
    relPath: file.relPath,
    filename: posix.basename(file.relPath),
    size: file.size,
    ...type,
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
  };
}

function describeNonRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/**
 * Opens without following a symlink and without blocking (a belt-and-braces guard should the
 * path have been swapped for a FIFO since lstat), then makes sure it is still the same file.
 */
async function openRegular(
  realPath: string,
  expected: Stats,
  label: string,
): Promise<FileHandle | MediaProblem> {
  const changed = {
    rule: "not-regular",
    message: `${label} changed while it was being checked: run the check again`,
  };
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
  let handle: FileHandle;
  try {
    handle = await open(realPath, flags);
  } catch (error) {
    const code = errorCode(error);
    if (code === "EACCES" || code === "EPERM") {
      return { rule: "unreadable", message: `${label} cannot be read: permission denied` };
    }
    if (code === "ENOENT" || code === "ELOOP") return changed;
    throw error;
  }
  const now = await handle.stat();
  if (now.isFile() && now.ino === expected.ino && now.dev === expected.dev) return handle;
  await handle.close();
  return changed;
}

/**
 * Reads at offsets of an open file; the first read is kept so header readers share it. One
 * function reads from the file: `read` gives it a new buffer, `readInto` the caller's.
 */
export function fileSource(handle: FileHandle, size: number): ByteSource {
  let cached: Uint8Array | undefined;
  const readInto = async (offset: number, target: Uint8Array): Promise<number> => {
    const wanted = Math.max(0, Math.min(target.length, size - offset));
    if (wanted === 0 || offset < 0) return 0;
    return (await handle.read(target, 0, wanted, offset)).bytesRead;
  };
  const readNew = async (offset: number, length: number): Promise<Uint8Array> => {
    const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
    return buffer.subarray(0, await readInto(offset, buffer));
  };
  return {
    size,
    async read(offset, length) {
      cached ??= await readNew(0, HEAD_BYTES);
      if (offset >= 0 && offset + length <= cached.length)
        return cached.subarray(offset, offset + length);
      return readNew(offset, length);
    },
    readInto,
  };
}

function problem(rule: string, message: string): LocalFileCheck {
  return { problems: [{ rule, message }] };
}
