import type { LfsClientSettings } from "./lfs/client.js";
import type { LfsAccess } from "./types.js";

// The run's way to its Git LFS server, built once from the settings. The client (batch API,
// endpoint discovery, git credentials) is imported the first time a pointer needs it, so a run
// whose checkout holds the files themselves loads none of it.

export type { LfsClientSettings } from "./lfs/client.js";

export function createLfsAccess(settings: LfsClientSettings): LfsAccess {
  let client: Promise<LfsAccess> | undefined;
  const load = (): Promise<LfsAccess> => {
    client ??= import("./lfs/client.js").then((m) => m.createLfsClient(settings));
    return client;
  };
  return {
    open: async (id, label, signal) => (await load()).open(id, label, signal),
    download: async (id, label, filename, signal) =>
      (await load()).download(id, label, filename, signal),
  };
}
