import { posix } from "node:path";
import { sizeLimit } from "../formats.js";
import type { LfsPointer } from "../lfs.js";
import { lfsObjectId } from "../lfs.js";
import { audioWarnings, tooLargeProblem, unknownTypeProblem } from "../problems.js";
import { inspectRemote } from "../remote-check.js";
import { RemoteFetchError } from "../remote-object.js";
import type { FileMedia, LfsAccess, MediaKind, MediaProblem } from "../types.js";

// A cloudcast's audio or picture that the checkout holds as a Git LFS pointer: checked by ranged
// reads of the object on the LFS server (type, duration, not cut short), never downloaded here.
// The upload downloads it (src/download.ts) only when it is really sent.

export interface LfsCheckContext {
  kind: MediaKind;
  label: string;
  relPath: string;
  /** The pointer file's real path in the workspace. */
  realPath: string;
  lfs: LfsAccess;
  signal?: AbortSignal;
  note?: (message: string) => void;
}

export async function checkLfsMedia(
  pointer: LfsPointer,
  context: LfsCheckContext,
): Promise<{ media?: FileMedia; problems: MediaProblem[]; warnings?: MediaProblem[] }> {
  const { kind, label } = context;
  const id = lfsObjectId(pointer);
  if (id === undefined) {
    return problem(
      "lfs-pointer",
      `${label} is a Git LFS pointer without an \`oid sha256:\` and a \`size\` line, so its object cannot be asked for: commit the file again with Git LFS`,
    );
  }
  const limit = sizeLimit(kind);
  if (id.size > limit) return { problems: [tooLargeProblem("too-large", label, id.size, limit)] };
  if (id.size === 0) return problem("empty", `${label} is empty (0 bytes): commit the real file`);
  try {
    const object = await context.lfs.open(id, label, context.signal);
    const facts = await inspectRemote(kind, object, {
      ...(context.signal === undefined ? {} : { signal: context.signal }),
      ...(context.note === undefined ? {} : { note: context.note }),
    });
    context.note?.(
      `${label} is in Git LFS: checked from ${object.bytesFetched} of its ${id.size} bytes`,
    );
    if (facts.type === undefined)
      return {
        problems: [
          // The object comes from an LFS server, which a pull request's `.lfsconfig` may name:
          // what it sent is named, never quoted, as for any server's answer.
          unknownTypeProblem(kind, label, facts.head, {
            fileName: posix.basename(context.relPath),
            quoteBytes: false,
          }),
        ],
      };
    if (facts.truncated !== undefined) {
      return problem(
        "truncated",
        `${label} looks cut short: ${facts.truncated}; copy or export the file again`,
      );
    }
    const media: FileMedia = {
      kind: "file",
      path: context.realPath,
      relPath: context.relPath,
      filename: posix.basename(context.relPath),
      size: id.size,
      ...facts.type,
      ...(facts.durationSeconds === undefined ? {} : { durationSeconds: facts.durationSeconds }),
      lfs: id,
    };
    return { media, problems: [], warnings: kind === "audio" ? audioWarnings(label, facts) : [] };
  } catch (error) {
    context.signal?.throwIfAborted();
    if (error instanceof RemoteFetchError) return problem(error.rule, error.message);
    throw error;
  }
}

function problem(rule: string, message: string): { problems: MediaProblem[] } {
  return { problems: [{ rule, message }] };
}
