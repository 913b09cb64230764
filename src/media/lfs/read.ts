import { formatBytes } from "../formats.js";
import type { LfsPointer } from "../lfs.js";
import { lfsObjectId } from "../lfs.js";
import { RemoteFetchError, readWholeVerified } from "../remote-object.js";
import type { LfsAccess, MediaProblem } from "../types.js";

// A small file the run parses (a tracklist export) that the checkout holds as a Git LFS pointer:
// fetched whole, verified against the pointer, never written to disk.

export type LfsTextRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: MediaProblem };

export async function readLfsText(
  pointer: LfsPointer,
  label: string,
  lfs: LfsAccess,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<LfsTextRead> {
  const id = lfsObjectId(pointer);
  if (id === undefined) {
    return fail(
      "lfs-pointer",
      `${label} is a Git LFS pointer without an \`oid sha256:\` and a \`size\` line, so its object cannot be asked for: commit the file again with Git LFS`,
    );
  }
  if (id.size > maxBytes) {
    return fail(
      "too-large",
      `${label} is ${formatBytes(id.size)} (in Git LFS); a tracklist file may be at most ${formatBytes(maxBytes)}: is this the right file?`,
    );
  }
  try {
    const object = await lfs.open(id, label, signal);
    return { ok: true, bytes: await readWholeVerified(object, signal) };
  } catch (error) {
    signal?.throwIfAborted();
    if (error instanceof RemoteFetchError) return fail(error.rule, error.message);
    throw error;
  }
}

function fail(rule: string, message: string): LfsTextRead {
  return { ok: false, problem: { rule, message } };
}
