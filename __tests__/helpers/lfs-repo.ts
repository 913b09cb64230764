/**
 * A repository whose media are in Git LFS, made with the real git-lfs client (Debian's
 * `git-lfs`, which `.ci/run` installs where it is missing) and pushed to a test LFS server:
 *
 *   await useLfs(origin, lfs.endpoint(OWNER, REPO), token);  // git lfs install --local, track audio
 *   ... write files, origin.commit(...) ...                   // the clean filter stores the objects
 *   await pushLfs(origin);                                     // git lfs push --all to the server
 */
import type { TestRepo } from "./git-repo.js";
import { basic } from "./lfs-server.js";

/** The patterns the tests keep in LFS: audio, pictures and tracklist exports. */
export const LFS_PATTERNS = ["*.wav", "*.mp3", "*.m4a", "*.ogg", "*.png", "*.cue"];

export async function useLfs(repo: TestRepo, endpoint: string, token?: string): Promise<void> {
  await repo.git("lfs", "install", "--local");
  await repo.git("config", "lfs.url", endpoint);
  // The test server has no locking API: git-lfs would warn about it on every push.
  await repo.git("config", "lfs.locksverify", "false");
  if (token !== undefined) {
    // As actions/checkout does: git and git-lfs send this header to the server's host only.
    await repo.git(
      "config",
      `http.${new URL(endpoint).origin}/.extraheader`,
      `AUTHORIZATION: ${basic("x-access-token", token)}`,
    );
  }
  await repo.git("lfs", "track", ...LFS_PATTERNS);
}

/** Pushes every LFS object the repository holds to its `lfs.url`. */
export async function pushLfs(repo: TestRepo): Promise<void> {
  const remotes = await repo.git("remote");
  if (!remotes.split("\n").includes("lfs")) await repo.git("remote", "add", "lfs", repo.url);
  await repo.git("lfs", "push", "--all", "lfs");
}
