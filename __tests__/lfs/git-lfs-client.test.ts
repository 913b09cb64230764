// The test LFS server speaks what git-lfs speaks: the real client pushes a repository's objects
// to it and fetches them back into a clone of pointers, byte for byte.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createSandbox } from "../helpers/git-repo.js";
import type { Sandbox } from "../helpers/git-repo.js";
import { showAudio, PNG } from "../helpers/media.js";
import { startLfsServer, sha256 } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";
import { pushLfs, useLfs } from "../helpers/lfs-repo.js";

const TOKEN = "ghs_lfs_test_token_1234";
let sandbox: Sandbox;
let lfs: LfsServer;
beforeEach(async () => {
  sandbox = await createSandbox();
  lfs = await startLfsServer({ token: TOKEN });
});
afterEach(async () => {
  await lfs.close();
  await sandbox.cleanup();
});

describe("the test LFS server and the real git-lfs client", () => {
  it("takes a push of every object and gives them back to git lfs pull", async () => {
    const origin = await sandbox.repo("origin");
    await useLfs(origin, lfs.endpoint("octo-org", "shows"), TOKEN);
    const audio = showAudio(60);
    await mkdir(join(origin.dir, "cloudcasts"));
    await writeFile(join(origin.dir, "cloudcasts/a.wav"), audio);
    await writeFile(join(origin.dir, "cloudcasts/a.png"), PNG);
    await origin.commit("add a show");
    await pushLfs(origin);
    expect(lfs.has(sha256(audio))).toBe(true);
    expect(lfs.has(sha256(PNG))).toBe(true);

    const clone = await sandbox.clone(origin, { name: "runner" });
    const pointer = await readFile(join(clone.dir, "cloudcasts/a.wav"), "utf8");
    expect(pointer).toContain(`oid sha256:${sha256(audio)}`);
    await useLfs(clone, lfs.endpoint("octo-org", "shows"), TOKEN);
    await clone.git("lfs", "pull");
    expect(sha256(await readFile(join(clone.dir, "cloudcasts/a.wav")))).toBe(sha256(audio));
    expect(lfs.sentBytes(sha256(audio))).toBe(audio.length);
    // The object host got the batch answer's header, never the GitHub token.
    const objectRequests = lfs.requests.filter((r) => r.host === "objects");
    expect(objectRequests.length).toBeGreaterThan(0);
    for (const r of objectRequests) expect(r.headers.authorization).toMatch(/^RemoteAuth /);
  });
});
