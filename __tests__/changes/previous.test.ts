// A cloudcast file's previous version, read from git at the base of a change as the workspace
// file is read: parsed, and completed by its tracklist file as that file was at the base.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitRunner, type GitRunner } from "../../src/selection/git.js";
import { previousVersionReader } from "../../src/selection/previous.js";
import { createSandbox, gitEnv, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { MIXXX_CUE, MIXXX_SECTIONS } from "../helpers/tracklists.js";
import { pointerText, sha256, startLfsServer } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";
import { createLfsAccess } from "../../src/media/lfs-access.js";

let sandbox: Sandbox;
let repo: TestRepo;
let git: GitRunner;
let base: string;
let lfsServer: LfsServer;
const LFS_TOKEN = "ghs_previous_version_token";

/** A CUE sheet as a Windows DJ program writes one: Latin-1, not UTF-8. */
const LATIN1_CUE = Buffer.from(
  [
    'FILE "set.wav" WAVE',
    "  TRACK 01 AUDIO",
    '    TITLE "Eple"',
    '    PERFORMER "Röyksopp"',
    "    INDEX 01 00:00:00",
    "",
  ].join("\r\n"),
  "latin1",
);

beforeAll(async () => {
  sandbox = await createSandbox();
  repo = await sandbox.repo("shows");
  await repo.write("cloudcasts/deep.yml", "title: Deep Sessions 07\n");
  await repo.write("cloudcasts/deep.cue", MIXXX_CUE);
  await repo.write("cloudcasts/nordic.yml", "title: Nordic\ntracklist: sets/nordic.cue\n");
  await repo.write("cloudcasts/sets/nordic.cue", ""); // makes the folder; the bytes follow
  await writeFile(path.join(repo.dir, "cloudcasts/sets/nordic.cue"), LATIN1_CUE);
  await repo.write("cloudcasts/lost.yml", "title: Lost\ntracklist: gone.cue\n");
  await repo.write("cloudcasts/lfs.yml", "title: In LFS\n");
  await repo.write(
    "cloudcasts/lfs.cue",
    "version https://git-lfs.github.com/spec/v1\noid sha256:" + "a".repeat(64) + "\nsize 2048\n",
  );
  lfsServer = await startLfsServer({ token: LFS_TOKEN });
  await repo.write("cloudcasts/stored.yml", "title: Stored in LFS\n");
  await repo.write("cloudcasts/stored.cue", pointerText(lfsServer.put(Buffer.from(MIXXX_CUE))));
  base = await repo.commit("the shows so far");
  // What the change does to the workspace must not matter: the base is read from git.
  await repo.write("cloudcasts/deep.cue", "garbage");
  await repo.commit("later");
  git = createGitRunner(repo.dir, gitEnv());
});

afterAll(async () => {
  await lfsServer.close();
  await sandbox.cleanup();
});

describe("previousVersionReader", () => {
  it("reads the file at the base with the sections of its CUE sheet as it was there", async () => {
    const read = previousVersionReader(git, base);
    const parsed = await read({ path: "cloudcasts/deep.yml", status: "modified" });
    expect(parsed?.diagnostics).toEqual([]);
    expect(parsed?.cloudcast?.sections).toEqual(
      MIXXX_SECTIONS.map(({ start, artist, song }) => ({ kind: "track", start, artist, song })),
    );
  });

  it("reads a renamed file at its previous path", async () => {
    const read = previousVersionReader(git, base);
    const parsed = await read({
      path: "cloudcasts/2024/deep-sessions-07.yml",
      previousPath: "cloudcasts/deep.yml",
      status: "renamed",
    });
    expect(parsed?.cloudcast?.title).toBe("Deep Sessions 07");
    expect(parsed?.cloudcast?.sections).toHaveLength(3);
  });

  it("keeps a tracklist file's bytes: a Latin-1 sheet reads as the workspace copy would", async () => {
    const read = previousVersionReader(git, base);
    const parsed = await read({ path: "cloudcasts/nordic.yml", status: "modified" });
    expect(parsed?.cloudcast?.sections).toEqual([
      { kind: "track", start: 0, artist: "Röyksopp", song: "Eple" },
    ]);
  });

  it("is undefined for a file that was not there", async () => {
    const read = previousVersionReader(git, base);
    expect(await read({ path: "cloudcasts/new.yml", status: "modified" })).toBeUndefined();
  });

  it("is invalid, with the reason, when its tracklist file was missing or an LFS pointer", async () => {
    const read = previousVersionReader(git, base);
    const lost = await read({ path: "cloudcasts/lost.yml", status: "modified" });
    expect(lost?.cloudcast).toBeUndefined();
    expect(lost?.diagnostics[0]?.message).toContain(
      "`cloudcasts/gone.cue` is not in the previous version",
    );
    const lfs = await read({ path: "cloudcasts/lfs.yml", status: "modified" });
    expect(lfs?.cloudcast).toBeUndefined();
    expect(lfs?.diagnostics[0]?.message).toMatch(/LFS/);
    // The title stays known: a retitled show is still found on the account by it.
    expect([lost?.title, lfs?.title]).toEqual(["Lost", "In LFS"]);
  });

  it("fetches a tracklist file that was a Git LFS pointer at the base from the LFS server", async () => {
    const lfs = createLfsAccess({
      workspace: repo.dir,
      serverUrl: lfsServer.url,
      repository: "octo-org/shows",
      githubToken: LFS_TOKEN,
      gitCredentials: false,
      tempDir: repo.dir,
      attempts: 2,
    });
    const read = previousVersionReader(git, base, lfs);
    const parsed = await read({ path: "cloudcasts/stored.yml", status: "modified" });
    expect(parsed?.diagnostics).toEqual([]);
    expect(parsed?.cloudcast?.sections).toHaveLength(MIXXX_SECTIONS.length);
    expect(lfsServer.batchCount(sha256(Buffer.from(MIXXX_CUE)))).toBe(1);
  });
});
