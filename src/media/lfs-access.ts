import { tmpdir } from "node:os";
import type { LfsClientSettings } from "./lfs/client.js";
import type { LfsAccess } from "./types.js";

// The run's way to its Git LFS server, built once from the settings. The client (batch API,
// endpoint discovery, git credentials) is imported the first time a pointer needs it, so a run
// whose checkout holds the files themselves loads none of it.

export type { LfsClientSettings } from "./lfs/client.js";

export function createLfsAccess(settings: LfsClientSettings): LfsAccess {
  return loadedOnUse(async () => (await import("./lfs/client.js")).createLfsClient(settings));
}

/**
 * The command line's access to the LFS server of the clone at `workspace`: a clone made with
 * GIT_LFS_SKIP_SMUDGE=1 holds pointers, whose objects are fetched as git-lfs fetches them, with
 * the credentials `git credential fill` gives for the server; a server on the user's own network
 * is fine. The URL policy (and its address parser) loads with the client, so `validate` pays
 * nothing for it until an export is a pointer.
 */
export function createLocalLfsAccess(workspace: string, attempts: number): LfsAccess {
  return loadedOnUse(async () => {
    const [{ createLfsClient }, { PRIVATE_ALLOWED }] = await Promise.all([
      import("./lfs/client.js"),
      import("./url-policy.js"),
    ]);
    return createLfsClient({
      workspace,
      gitCredentials: true,
      tempDir: tmpdir(),
      attempts,
      urlPolicy: PRIVATE_ALLOWED,
    });
  });
}

function loadedOnUse(load: () => Promise<LfsAccess>): LfsAccess {
  let client: Promise<LfsAccess> | undefined;
  const loaded = (): Promise<LfsAccess> => (client ??= load());
  return {
    open: async (id, label, signal) => (await loaded()).open(id, label, signal),
    download: async (id, label, filename, signal) =>
      (await loaded()).download(id, label, filename, signal),
  };
}
