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
  /** The object's sha256 (64 lowercase hex), when the pointer states it. */
  oid?: string;
}

/** A pointer that names its object fully: the only kind that can be fetched. */
export interface LfsObjectId {
  oid: string;
  size: number;
}

/** Reads a Git LFS pointer from a file's bytes, or undefined when they are not one. */
export function parseLfsPointer(bytes: Uint8Array, fileSize: number): LfsPointer | undefined {
  if (fileSize > LFS_POINTER_MAX_BYTES) return undefined;
  const text = new TextDecoder().decode(bytes.subarray(0, LFS_POINTER_MAX_BYTES));
  if (!POINTER_VERSIONS.some((v) => text.startsWith(v))) return undefined;
  const size = /^size (\d+)$/m.exec(text)?.[1];
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  return {
    ...(size === undefined ? {} : { objectSize: Number(size) }),
    ...(oid === undefined ? {} : { oid }),
  };
}

/** The object a pointer names, or undefined when it lacks its oid or size (it cannot be asked for). */
export function lfsObjectId(pointer: LfsPointer): LfsObjectId | undefined {
  if (pointer.oid === undefined || pointer.objectSize === undefined) return undefined;
  if (!Number.isSafeInteger(pointer.objectSize)) return undefined;
  return { oid: pointer.oid, size: pointer.objectSize };
}

/** The message for a pointer found where no LFS server can be asked for its object. */
export function lfsPointerMessage(label: string, kind: string, pointer: LfsPointer): string {
  const real =
    pointer.objectSize === undefined ? "" : ` (to a ${formatBytes(pointer.objectSize)} file)`;
  return (
    `${label} is a Git LFS pointer${real}, not the ${kind}, and its object cannot be fetched here: ` +
    "run `git lfs pull` (or check out with `actions/checkout` and `lfs: true`)"
  );
}
