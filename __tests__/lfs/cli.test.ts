// The CLI in a clone of pointers (GIT_LFS_SKIP_SMUDGE=1, or no git-lfs at all): objects are
// fetched as git-lfs fetches them, with what `git credential fill` holds for the LFS server;
// with nothing there, the error says to run `git lfs pull`.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { devNull } from "node:os";
import { join } from "node:path";
import { createSandbox } from "../helpers/git-repo.js";
import type { Sandbox, TestRepo } from "../helpers/git-repo.js";
import { startLfsServer } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";
import { pushLfs, useLfs } from "../helpers/lfs-repo.js";
import { wav } from "../helpers/media.js";
import { BROKEN_CUE, BROKEN_CUE_LINE } from "../helpers/tracklists.js";
import { publish } from "../../src/commands/publish.js";
import { validate } from "../../src/commands/validate.js";
import { captureIO } from "../commands/io.js";

const TOKEN = "ghp_cli_user_token_0000";
let sandbox: Sandbox;
let lfs: LfsServer;
let origin: TestRepo;
let clone: TestRepo;
const saved = {
  global: process.env["GIT_CONFIG_GLOBAL"],
  nosystem: process.env["GIT_CONFIG_NOSYSTEM"],
};

beforeEach(async () => {
  // git credential fill must see this test's helper only, never the machine's.
  process.env["GIT_CONFIG_GLOBAL"] = devNull;
  process.env["GIT_CONFIG_NOSYSTEM"] = "1";
  sandbox = await createSandbox();
  lfs = await startLfsServer({ token: TOKEN });
  origin = await sandbox.repo("origin");
  await useLfs(origin, lfs.endpoint("dj", "shows"), TOKEN);
  await origin.write(
    "cloudcasts/night.yml",
    "title: Night Drive\ntracks:\n  - start: 0\n    artist: A\n    track: B\n",
  );
  const { writeFile } = await import("node:fs/promises");
  await writeFile(`${origin.dir}/cloudcasts/night.wav`, wav(20 * 60, 4000));
  await origin.commit("a show");
  await pushLfs(origin);
  clone = await sandbox.clone(origin, { name: "laptop" });
  await clone.git("config", "lfs.url", lfs.endpoint("dj", "shows"));
});
afterEach(async () => {
  process.env["GIT_CONFIG_GLOBAL"] = saved.global;
  process.env["GIT_CONFIG_NOSYSTEM"] = saved.nosystem;
  if (saved.global === undefined) delete process.env["GIT_CONFIG_GLOBAL"];
  if (saved.nosystem === undefined) delete process.env["GIT_CONFIG_NOSYSTEM"];
  await lfs.close();
  await sandbox.cleanup();
});

/** Lets `git credential fill` in the clone answer the test server's token. */
async function storeCredential(): Promise<void> {
  await clone.git(
    "config",
    "credential.helper",
    `!f() { test "$1" = get && printf 'username=dj\\npassword=${TOKEN}\\n'; }; f`,
  );
}

describe("publish --dry-run in a clone of pointers", () => {
  it("fetches ranges of the object with the credential git holds for the server", async () => {
    await storeCredential();
    const run = captureIO(clone.dir, { HOME: clone.dir });
    expect(await publish(["--dry-run"], run.io), run.stdout()).toBe(0);
    expect(run.stdout()).toMatch(/^dry-run\s+cloudcasts\/night\.yml$/m);
    expect(lfs.sentBytes()).toBeGreaterThan(0);
    expect(lfs.sentBytes()).toBeLessThanOrEqual(1024 * 1024);
  });

  it("says to run git lfs pull when no credential is stored", async () => {
    const run = captureIO(clone.dir, { HOME: clone.dir });
    expect(await publish(["--dry-run"], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      `cloudcasts/night.yml:1:1: the LFS server (${lfs.endpoint("dj", "shows")}) refused to give the audio \`cloudcasts/night.wav\`'s object (401 Unauthorized): run \`git lfs pull\``,
    );
    expect(lfs.sentBytes()).toBe(0);
  });
});

describe("validate in a clone of pointers", () => {
  let cue: { oid: string; size: number };

  beforeEach(async () => {
    // A show whose tracklist is a CUE sheet in LFS (with a problem, so that its lines are read).
    await origin.write("cloudcasts/set.yml", "title: Set\n");
    await origin.write("cloudcasts/set.cue", BROKEN_CUE);
    await origin.commit("a show with a CUE sheet");
    await pushLfs(origin);
    await clone.git("pull", "--quiet", "origin");
    const pointer = await readFile(join(clone.dir, "cloudcasts/set.cue"), "utf8");
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(pointer)?.[1];
    expect(oid, "the clone holds a pointer").toBeDefined();
    cue = { oid: oid as string, size: Buffer.byteLength(BROKEN_CUE) };
  });

  it("fetches a tracklist export's object with the credential git holds, and checks it", async () => {
    await storeCredential();
    const run = captureIO(clone.dir, { HOME: clone.dir });
    expect(await validate([], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      new RegExp(
        `^cloudcasts/set\\.cue:${BROKEN_CUE_LINE}:14: INDEX 01 99:99:99 is not a time.*\\(cue-index\\)$`,
        "m",
      ),
    );
    expect(run.stdout()).toMatch(/2 files checked: 1 valid, 1 invalid \(1 problem\)\n$/);
    // The export whole, once; of the audio, nothing: validate does not read it.
    expect(lfs.sentBytes(cue.oid)).toBe(cue.size);
    expect(lfs.sentBytes()).toBe(cue.size);
  });

  it("says to run git lfs pull when no credential is stored", async () => {
    const run = captureIO(clone.dir, { HOME: clone.dir });
    expect(await validate([], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      `the LFS server (${lfs.endpoint("dj", "shows")}) refused to give the tracklist \`cloudcasts/set.cue\`'s object (401 Unauthorized): run \`git lfs pull\``,
    );
    expect(lfs.sentBytes()).toBe(0);
  });

  it("asks the LFS server nothing when no tracklist export is a pointer", async () => {
    const pushed = lfs.requests.length;
    const run = captureIO(clone.dir, { HOME: clone.dir });
    expect(await validate(["cloudcasts/night.yml"], run.io)).toBe(0);
    expect(run.stdout()).toBe("1 file checked: 1 valid, 0 invalid\n");
    expect(lfs.requests.slice(pushed)).toEqual([]);
  });
});
