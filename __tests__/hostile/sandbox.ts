// Builds a hostile case's repository in a temporary folder, beside an "outside" folder the
// repository's links point into. Outside sits real audio (so a link is refused for where it
// leads, not for what it holds) and canary text that must never show up in any output.
import { execFileSync } from "node:child_process";
import { link, mkdir, mkdtemp, open, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import type { Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PNG_BYTES, wavBytes } from "./samples.js";

/** Text planted outside the workspace: if any output holds it, something read outside. */
export const CANARY = "CANARY-3b7d1e-outside-the-workspace";

/** One thing in the repository, at a `/`-separated path relative to its root. */
export type Entry =
  | { path: string; text: string }
  | { path: string; bytes: Uint8Array }
  /** A file of `size` bytes that starts with `head` and is a hole after it (no disk used). */
  | { path: string; sparse: Uint8Array; size: number }
  | { path: string; symlink: string }
  /** A hard link to `hardlink` (an absolute path, normally outside). */
  | { path: string; hardlink: string }
  | { path: string; fifo: true }
  | { path: string; socket: true }
  | { path: string; dir: true };

/** What a case's entries may refer to: where "outside" is, and the hostile URL server. */
export interface CaseContext {
  outside: string;
  server: string;
}

export interface Sandbox {
  /** The repository: the workspace of the run. */
  repo: string;
  outside: string;
  /** The folder holding both, e.g. for HOME. */
  base: string;
  cleanup(): Promise<void>;
}

/** The outside folder's files (relative to it). */
const OUTSIDE_FILES: Record<string, Uint8Array | string> = {
  "real.wav": wavBytes(1),
  "cover.png": PNG_BYTES,
  "canary.txt": `${CANARY}\nroot:x:0:0:root:/root:/bin/bash\n`,
  "canary.yml": `title: ${CANARY}\ndesc: read from outside the workspace\n`,
  "cloudcasts/canary.yml": `title: ${CANARY} (linked folder)\n`,
  "cloudcasts/canary.wav": wavBytes(1),
};

export async function createSandbox(
  entries: (context: CaseContext) => Entry[],
  server: string,
): Promise<Sandbox> {
  const base = await realpath(await mkdtemp(join(tmpdir(), "mp-hostile-")));
  const repo = join(base, "repo");
  const outside = join(base, "outside");
  const servers: Server[] = [];
  const sandbox: Sandbox = {
    repo,
    outside,
    base,
    async cleanup() {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      await rm(base, { recursive: true, force: true });
    },
  };
  try {
    await mkdir(repo);
    for (const [path, content] of Object.entries(OUTSIDE_FILES)) {
      await writeAt(join(outside, path), content);
    }
    for (const entry of entries({ outside, server })) {
      const socket = await materialise(repo, entry);
      if (socket !== undefined) servers.push(socket);
    }
  } catch (error) {
    await sandbox.cleanup();
    throw error;
  }
  return sandbox;
}

async function writeAt(path: string, content: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Creates one entry; a socket is returned because it only exists while its server listens. */
async function materialise(repo: string, entry: Entry): Promise<Server | undefined> {
  const path = join(repo, ...entry.path.split("/"));
  await mkdir(dirname(path), { recursive: true });
  if ("text" in entry) await writeFile(path, entry.text);
  else if ("bytes" in entry) await writeFile(path, entry.bytes);
  else if ("sparse" in entry) await writeSparse(path, entry.sparse, entry.size);
  else if ("symlink" in entry) await symlink(entry.symlink, path);
  else if ("hardlink" in entry) await link(entry.hardlink, path);
  else if ("fifo" in entry) execFileSync("mkfifo", [path]);
  else if ("dir" in entry) await mkdir(path, { recursive: true });
  else return listenOnSocket(path);
  return undefined;
}

async function writeSparse(path: string, head: Uint8Array, size: number): Promise<void> {
  const handle = await open(path, "w");
  try {
    await handle.write(head, 0, head.length, 0);
    await handle.truncate(size);
  } finally {
    await handle.close();
  }
}

function listenOnSocket(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once("error", reject);
    server.listen(path, () => resolve(server));
  });
}
