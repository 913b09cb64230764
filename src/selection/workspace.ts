// Reads a cloudcast file from the checkout as safely as its media: a file that is a symbolic link
// out of the workspace, a FIFO, or a huge blob is refused before a byte of it is read.
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { resolveInWorkspace } from "../media/workspace-path.js";

export type WorkspaceRead =
  { ok: true; bytes: Uint8Array } | { ok: false; rule: string; message: string };

/**
 * Reads `relPath` (`/`-separated, relative to `workspace`) when it is a regular file inside the
 * workspace. At most `maxBytes` are read: a larger file is returned cut, and the parser reports
 * it as too large by its length.
 */
export async function readWorkspaceFile(
  workspace: string,
  relPath: string,
  maxBytes: number,
): Promise<WorkspaceRead> {
  const root = await realpath(workspace);
  const found = await resolveInWorkspace(root, relPath, `the cloudcast file \`${relPath}\``);
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
  const handle = await open(found.realPath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes, found.stats.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { ok: true, bytes: buffer.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}
