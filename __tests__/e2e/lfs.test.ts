// Git LFS end to end: a checkout of pointers (what actions/checkout leaves without `lfs: true`),
// the bundled action under Node 24, and an LFS server of our own that the real git-lfs client
// pushed the objects to. A run fetches only what it works on: a push uploads the one new show's
// object, a pull request reads a few ranges of each show it adds, and the GitHub token goes to
// the GitHub server alone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { workflowCommands } from "./harness.js";
import type { ActionRun } from "./harness.js";
import { runAction } from "./harness.js";
import {
  createWorld,
  MIXCLOUD_TOKEN,
  OWNER,
  openPullRequest,
  pullRequestEvent,
  pushEvent,
  REPO,
  showYaml,
  wav,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";
import { startLfsServer } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";
import { pushLfs, useLfs } from "../helpers/lfs-repo.js";
import { showAudio } from "../helpers/media.js";

const MiB = 1024 * 1024;
let world: World;
let lfs: LfsServer;
beforeEach(async () => {
  world = await createWorld();
  lfs = await startLfsServer({ token: world.github.token });
  await useLfs(world.origin, lfs.endpoint(OWNER, REPO), world.github.token);
});
afterEach(async () => {
  await lfs.close();
  await world.close();
});

const oidOf = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** A catalogue of `count` shows, each with its own audio (so each its own object), pushed with git-lfs. */
async function catalogue(count: number): Promise<Buffer[]> {
  const audios: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const audio = showAudio(20 * 60 + i);
    audios.push(audio);
    await addLfsShow(world.origin, `cloudcasts/show-${i}.yml`, `Show ${i}`, audio);
  }
  await world.origin.commit("the catalogue");
  await pushLfs(world.origin);
  return audios;
}

async function addLfsShow(repo: TestRepo, file: string, title: string, audio: Buffer, extra = "") {
  await repo.write(file, showYaml(title, extra));
  await writeBinary(repo, file.replace(/\.yml$/, ".wav"), audio);
}

/** Runs the action as a runner would, with this test's LFS server as the GitHub server. */
function run(
  clone: TestRepo,
  { inputs, ...options }: { eventName: string; event: object; sha: string; inputs?: object },
): Promise<ActionRun> {
  return runAction({
    ...options,
    workspace: clone.dir,
    repository: `${OWNER}/${REPO}`,
    githubApiUrl: world.github.url,
    githubServerUrl: lfs.url,
    inputs: {
      "api-url": world.mixcloud.url,
      "github-token": world.github.token,
      "access-token": MIXCLOUD_TOKEN,
      ...inputs,
    },
  });
}

async function pushOf(
  change: () => Promise<void>,
  options: {
    pushObjects?: boolean;
    beforeRun?: () => void;
    inputs?: object;
    /** The runner's checkout; a second push in one test needs a name of its own. */
    runner?: string;
  } = {},
): Promise<ActionRun> {
  const clone = await world.sandbox.clone(world.origin, { name: options.runner ?? "runner" });
  const before = await world.origin.head();
  await change();
  const after = await world.origin.commit("a new show");
  if (options.pushObjects ?? true) await pushLfs(world.origin);
  await clone.git("pull", "-q", "--ff-only");
  options.beforeRun?.();
  return run(clone, {
    eventName: "push",
    event: pushEvent(before, after),
    sha: after,
    ...(options.inputs === undefined ? {} : { inputs: options.inputs }),
  });
}

function results(runResult: ActionRun) {
  return JSON.parse(runResult.outputs["results"] ?? "null") as Array<{
    file: string;
    status: string;
    error: string | null;
  }>;
}

function errorsOf(runResult: ActionRun, file: string) {
  return workflowCommands(runResult.stdout).filter(
    (c) => c.command === "error" && c.properties["file"] === file,
  );
}

/** GETs of the object host that ask for the whole object (no Range), as a download does. */
function wholeObjectGets(oid: string): number {
  return lfs.requests.filter(
    (r) =>
      r.host === "objects" &&
      r.method === "GET" &&
      r.path === `/objects/${oid}` &&
      r.headers.range === undefined,
  ).length;
}

function expectTokenOnlyToGitHub(runResult: ActionRun): void {
  const token = world.github.token;
  expect(runResult.everything).not.toContain(token);
  for (const request of lfs.requests.filter((r) => r.host === "objects")) {
    expect(JSON.stringify(request.headers)).not.toContain(
      Buffer.from(`x-access-token:${token}`).toString("base64"),
    );
    expect(request.headers.authorization).toMatch(/^RemoteAuth /);
  }
}

describe("Git LFS: a push", () => {
  it("adding one show to a catalogue of 10 downloads that show's object alone, verified, and uploads it", async () => {
    const audios = await catalogue(10);
    const added = showAudio(25 * 60);
    const pushed = await pushOf(() =>
      addLfsShow(world.origin, "cloudcasts/new.yml", "New Show", added),
    );

    expect(pushed.stderr).toBe("");
    expect(results(pushed)).toEqual([
      expect.objectContaining({ file: "cloudcasts/new.yml", status: "published" }),
    ]);
    const uploads = world.mixcloud.state.uploads;
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.files).toEqual([
      expect.objectContaining({
        field: "mp3",
        filename: "new.wav",
        size: added.length,
        sha256: oidOf(added),
      }),
    ]);
    for (const audio of audios) expect(lfs.sentBytes(oidOf(audio))).toBe(0);
    // Downloaded once: one GET of the whole object, beside the checks' few ranges.
    expect(wholeObjectGets(oidOf(added))).toBe(1);
    expect(lfs.sentBytes(oidOf(added))).toBeLessThanOrEqual(added.length + 64 * 1024);
    expect(pushed.tempLeftovers).toEqual([]);
    expectTokenOnlyToGitHub(pushed);
  });

  it("an edit of a show already on Mixcloud, and an unchanged show, download none of their audio", async () => {
    const edited = showAudio(20 * 60);
    const unchanged = showAudio(21 * 60);
    const first = await pushOf(async () => {
      await addLfsShow(world.origin, "cloudcasts/edited.yml", "Edited Show", edited);
      await addLfsShow(world.origin, "cloudcasts/unchanged.yml", "Unchanged Show", unchanged);
    });
    expect(results(first).map((r) => r.status)).toEqual(["published", "published"]);
    const sentBefore = [lfs.sentBytes(oidOf(edited)), lfs.sentBytes(oidOf(unchanged))];
    const requestsBefore = lfs.requests.length;

    // changed-only: false selects the unchanged show too, so the run plans it and finds it on Mixcloud.
    const second = await pushOf(
      () =>
        world.origin.write(
          "cloudcasts/edited.yml",
          showYaml("Edited Show").replace("A night of deep house.", "A longer night of house."),
        ),
      { runner: "runner-2", inputs: { "changed-only": "false" } },
    );
    expect(second.exitCode).toBe(0);
    expect(results(second).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/edited.yml", "updated"],
      ["cloudcasts/unchanged.yml", "unchanged"],
    ]);
    expect(world.mixcloud.state.uploads).toHaveLength(2);
    expect(world.mixcloud.state.edits).toHaveLength(1);
    // No download: the checks before the plan (which finds both on Mixcloud) read a bounded
    // range of each object (a WAV's first 64 KiB), for the type and the length the tracklist
    // is held to; no GET asks for a whole object.
    const secondGets = lfs.requests.slice(requestsBefore).filter((r) => r.host === "objects");
    expect(secondGets.length).toBeGreaterThan(0);
    for (const get of secondGets) expect(get.headers.range).toMatch(/^bytes=\d+-\d+$/);
    expect(lfs.sentBytes(oidOf(edited)) - sentBefore[0]!).toBeLessThanOrEqual(64 * 1024);
    expect(lfs.sentBytes(oidOf(unchanged)) - sentBefore[1]!).toBeLessThanOrEqual(64 * 1024);
    expect(second.tempLeftovers).toEqual([]);
  });

  it("an object that fails on download fails its file; another show of the same push is published", async () => {
    await catalogue(1);
    const broken = showAudio(25 * 60);
    const good = showAudio(26 * 60);
    lfs.faults.corrupt.add(oidOf(broken));
    const pushed = await pushOf(async () => {
      await addLfsShow(world.origin, "cloudcasts/broken.yml", "Broken Show", broken);
      await addLfsShow(world.origin, "cloudcasts/good.yml", "Good Show", good);
    });
    expect(results(pushed).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/broken.yml", "failed"],
      ["cloudcasts/good.yml", "published"],
    ]);
    expect(results(pushed)[0]?.error).toContain("does not match its Git LFS pointer");
    expect(world.mixcloud.state.uploads.map((u) => u.files[0]?.sha256)).toEqual([oidOf(good)]);
    expect(pushed.tempLeftovers).toEqual([]);
    expect(pushed.exitCode).toBe(1);
  });

  // Found by the checks, before any upload: the file is invalid, and one invalid file publishes
  // nothing (see the README's "Validate everything first"); the other files are still checked.
  it("a missing object fails its file; the other file of the push is still checked", async () => {
    await catalogue(1);
    const missing = showAudio(25 * 60);
    lfs.faults.missing.add(oidOf(missing));
    const pushed = await pushOf(async () => {
      await addLfsShow(world.origin, "cloudcasts/missing.yml", "Missing Show", missing);
      // A track after the end of its audio: found only if its object's ranges are read.
      await addLfsShow(world.origin, "cloudcasts/other.yml", "Other Show", wav(4 * 60, 8000));
    });
    const statuses = new Map(results(pushed).map((r) => [r.file, r.status]));
    expect(statuses.get("cloudcasts/missing.yml")).toBe("invalid");
    expect(errorsOf(pushed, "cloudcasts/missing.yml")[0]?.message).toContain(
      "is a Git LFS pointer whose object is not on the LFS server",
    );
    expect(errorsOf(pushed, "cloudcasts/other.yml")[0]?.message).toMatch(
      /this track starts at 4:30, but the audio ends at 4:00/,
    );
    expect(world.mixcloud.state.uploads).toEqual([]);
    expect(pushed.exitCode).toBe(1);
  });

  it("a corrupted object fails its file at its audio: line with the sizes and hashes, and uploads nothing", async () => {
    await catalogue(1);
    const added = showAudio(25 * 60);
    lfs.faults.corrupt.add(oidOf(added));
    const pushed = await pushOf(() =>
      addLfsShow(
        world.origin,
        "cloudcasts/new.yml",
        "New Show",
        added,
        "audio: cloudcasts/new.wav\n",
      ),
    );
    expect(results(pushed)).toEqual([
      expect.objectContaining({ file: "cloudcasts/new.yml", status: "failed" }),
    ]);
    expect(results(pushed)[0]?.error).toMatch(
      new RegExp(
        `^the audio \`cloudcasts/new\\.wav\` does not match its Git LFS pointer: the pointer says sha256 ${oidOf(added).slice(0, 12)}…, ${added.length} bytes, the LFS server sent sha256 [0-9a-f]{12}…, ${added.length} bytes`,
      ),
    );
    const [annotation] = errorsOf(pushed, "cloudcasts/new.yml");
    expect(annotation?.properties["line"]).toBe("13");
    expect(annotation?.message).toContain("does not match its Git LFS pointer");
    expect(world.mixcloud.state.uploads).toEqual([]);
    expect(pushed.tempLeftovers).toEqual([]);
    expect(pushed.exitCode).toBe(1);
  });

  it("a show committed without its object is an error at its file, and nothing is uploaded", async () => {
    await catalogue(1);
    const pushed = await pushOf(
      () => addLfsShow(world.origin, "cloudcasts/new.yml", "New Show", showAudio(25 * 60)),
      { pushObjects: false },
    );
    expect(results(pushed)).toEqual([
      expect.objectContaining({ file: "cloudcasts/new.yml", status: "invalid" }),
    ]);
    const [error] = errorsOf(pushed, "cloudcasts/new.yml");
    expect(error?.properties["line"]).toBe("1");
    expect(error?.message).toContain(
      "the audio `cloudcasts/new.wav` is a Git LFS pointer whose object is not on the LFS server",
    );
    expect(error?.message).toContain("`git lfs push --all origin`");
    expect(world.mixcloud.state.uploads).toEqual([]);
  });

  it("a 401 from the LFS server asks for contents: read, and nothing is uploaded", async () => {
    await catalogue(1);
    const pushed = await pushOf(
      () =>
        addLfsShow(
          world.origin,
          "cloudcasts/new.yml",
          "New Show",
          showAudio(25 * 60),
          "audio: cloudcasts/new.wav\n",
        ),
      { beforeRun: () => (lfs.faults.deny = true) },
    );
    const [error] = errorsOf(pushed, "cloudcasts/new.yml");
    // At the `audio:` line, as the file names its audio.
    expect(error?.properties["line"]).toBe("13");
    expect(error?.message).toContain(
      "(401 Unauthorized): give the job `permissions: contents: read`",
    );
    expect(world.mixcloud.state.uploads).toEqual([]);
  });

  it("uses an LFS server that .lfsconfig names on another host, without the GitHub token", async () => {
    const elsewhere = await startLfsServer({ batchHost: "127.0.0.3", objectHost: "127.0.0.4" });
    try {
      await world.origin.git("config", "lfs.url", elsewhere.endpoint("o", "r"));
      await world.origin.write(".lfsconfig", `[lfs]\n\turl = ${elsewhere.endpoint("o", "r")}\n`);
      const added = showAudio(25 * 60);
      // Another host than the GitHub server is held to the media URL policy: the loopback
      // addresses that stand in for it here need `allow-private-urls`.
      const pushed = await pushOf(
        () => addLfsShow(world.origin, "cloudcasts/new.yml", "New Show", added),
        { inputs: { "allow-private-urls": "true" } },
      );
      expect(results(pushed)).toEqual([expect.objectContaining({ status: "published" })]);
      expect(world.mixcloud.state.uploads[0]?.files[0]?.sha256).toBe(oidOf(added));
      expect(elsewhere.requests.length).toBeGreaterThan(0);
      const token = Buffer.from(`x-access-token:${world.github.token}`).toString("base64");
      for (const request of elsewhere.requests)
        expect(JSON.stringify(request.headers)).not.toContain(token);
      expect(
        elsewhere.requests.filter((r) => r.host === "batch").map((r) => r.headers.authorization),
      ).not.toContain(expect.anything());
    } finally {
      await elsewhere.close();
    }
  });
});

describe("Git LFS: a pull request", () => {
  it("adding two shows is a dry run that reads at most 1 MiB of each and still finds a track after the end", async () => {
    await catalogue(2);
    const long = wav(10 * 60, 8000);
    const short = wav(4 * 60, 8000);
    const { clone, base, head } = await openPullRequest(
      world,
      async (repo) => {
        await addLfsShow(repo, "cloudcasts/long.yml", "Long Show", long);
        await addLfsShow(repo, "cloudcasts/short.yml", "Short Show", short);
      },
      { message: "two new shows", afterCommit: pushLfs },
    );

    const preview = await run(clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });

    expect(lfs.sentBytes(oidOf(long))).toBeGreaterThan(0);
    expect(lfs.sentBytes(oidOf(long))).toBeLessThanOrEqual(MiB);
    expect(lfs.sentBytes(oidOf(short))).toBeLessThanOrEqual(MiB);
    expect(long.length).toBeGreaterThan(4 * MiB);
    const [late] = errorsOf(preview, "cloudcasts/short.yml");
    expect(late?.properties["line"]).toBe("10");
    expect(late?.message).toMatch(/this track starts at 4:30, but the audio ends at 4:00/);
    expect(errorsOf(preview, "cloudcasts/long.yml")).toEqual([]);
    expect(world.mixcloud.state.uploads).toEqual([]);
    expectTokenOnlyToGitHub(preview);
  });
});

describe("Git LFS: a tracklist export", () => {
  it("in LFS is fetched whole, verified, and gives the sections", async () => {
    await catalogue(1);
    const cue = [
      'TITLE "Night Drive"',
      'FILE "night.wav" WAVE',
      "  TRACK 01 AUDIO",
      '    PERFORMER "Kerri Chandler"',
      '    TITLE "Rain"',
      "    INDEX 01 00:00:00",
      "  TRACK 02 AUDIO",
      '    PERFORMER "Moodymann"',
      '    TITLE "Shades of Jae"',
      "    INDEX 01 06:00:00",
      "",
    ].join("\n");
    const { clone, base, head } = await openPullRequest(
      world,
      async (repo) => {
        await repo.write("cloudcasts/night.yml", "title: Night Drive\n");
        await writeBinary(repo, "cloudcasts/night.wav", showAudio(20 * 60 + 7));
        await repo.write("cloudcasts/night.cue", cue);
      },
      { message: "a show with a CUE sheet", afterCommit: pushLfs },
    );
    expect(await clone.git("show", "HEAD:cloudcasts/night.cue")).toMatch(
      /^version https:\/\/git-lfs/,
    );

    const preview = await run(clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });
    expect(preview.exitCode).toBe(0);
    expect(preview.stdout).toContain("2 sections from cloudcasts/night.cue (cue)");
    expect(lfs.sentBytes(oidOf(Buffer.from(cue)))).toBe(Buffer.byteLength(cue));
  });
});
