import { formatBytes } from "./formats.js";

// A Git LFS pointer is what a checkout without `lfs: true` leaves in place of the real file:
// a small text file naming the object. See https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md

/** Pointer files are at most 1024 bytes by the spec. */
export const LFS_POINTER_MAX_BYTES = 1024;

const POINTER_VERSIONS = [
  "version https://git-lfs.github.com/spec/v1",
  // The pre-release name of the spec, still accepted by git-lfs.
  "version https://hawser.github.com/spec/v1",
];

export interface LfsPointer {
  /** Size of the real object, when the pointer states it. */
  objectSize?: number;
}

/** Reads a Git LFS pointer from a file's bytes, or undefined when they are not one. */
export function parseLfsPointer(bytes: Uint8Array, fileSize: number): LfsPointer | undefined {
  if (fileSize > LFS_POINTER_MAX_BYTES) return undefined;
  const text = new TextDecoder().decode(bytes.subarray(0, LFS_POINTER_MAX_BYTES));
  if (!POINTER_VERSIONS.some((v) => text.startsWith(v))) return undefined;
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return size === undefined ? {} : { objectSize: Number(size) };
}

/** The message for a pointer found where media should be. */
export function lfsPointerMessage(label: string, kind: string, pointer: LfsPointer): string {
  const real =
    pointer.objectSize === undefined ? "" : ` (to a ${formatBytes(pointer.objectSize)} file)`;
  return (
    `${label} is a Git LFS pointer${real}, not the ${kind}: ` +
    "check out with `actions/checkout` and `lfs: true` (or run `git lfs pull`)"
  );
}
