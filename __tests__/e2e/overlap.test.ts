// Runs that overlap, on the bundle under Node 24 (README, "Exactly once"). Mixcloud takes a while
// to store an upload (the mock's `slow-store` fault), so two runs started together both find the
// show missing. Whatever the timing, they never both end green with the show on Mixcloud twice:
// either one show and two green runs, or two shows and a failed run whose error names both keys.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionRun } from "./harness.js";
import { workflowCommands } from "./harness.js";
import {
  addShow,
  createWorld,
  MIXCLOUD_TOKEN,
  OWNER,
  REPO,
  pushEvent,
  runIn,
  showAudio,
  showYaml,
} from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";

const TITLE = "Night Drive 12";
const STORE_MS = 3000;

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

interface Result {
  file: string;
  status: string;
  key: string | null;
  url: string | null;
  error: string | null;
}

const results = (run: ActionRun) => JSON.parse(run.outputs["results"] ?? "[]") as Result[];
const showsTitled = (title: string) =>
  world.mixcloud.state.cloudcasts.filter((c) => c.name === title);

/**
 * The one outcome never allowed is two shows and two green runs. Two shows: a run failed, and its
 * error names both keys and says what to do.
 */
function expectNeverTwiceUnsaid(runs: ActionRun[]): void {
  const shows = showsTitled(TITLE);
  const detail = runs.map((r) => r.stdout + r.stderr).join("\n----\n");
  expect(shows.length, detail).toBeGreaterThanOrEqual(1);
  expect(shows.length, detail).toBeLessThanOrEqual(2);
  if (shows.length === 1) {
    for (const run of runs) expect(run.exitCode, detail).toBe(0);
    return;
  }
  const failed = runs.filter((run) => run.exitCode !== 0);
  expect(failed.length, detail).toBeGreaterThanOrEqual(1);
  for (const run of failed) {
    const error = results(run).find((r) => r.status === "failed")?.error ?? "";
    for (const show of shows) expect(error).toContain(show.key);
    expect(error).toContain("another run published the same show at the same time");
    expect(error).toContain("Delete one of them on mixcloud.com");
    expect(error).toContain("group: mixcloud-publish");
    // The error is also an annotation on the file.
    expect(workflowCommands(run.stdout).some((c) => c.command === "error")).toBe(true);
  }
}

/** Adds the show on origin's main; returns the push's range. */
async function pushShow(): Promise<{ before: string; after: string }> {
  const before = await world.origin.head();
  await addShow(world.origin, "cloudcasts/night-drive-12.yml", TITLE);
  const after = await world.origin.commit("add Night Drive 12");
  return { before, after };
}

function runPush(
  clone: TestRepo,
  range: { before: string; after: string },
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runIn(world, clone, {
    eventName: "push",
    event: pushEvent(range.before, range.after),
    sha: range.after,
    inputs: { "access-token": MIXCLOUD_TOKEN, comment: "false", ...inputs },
    env,
  });
}

describe("two runs started together", () => {
  it("on one push: one show and both green, or two shows and a failed run naming both keys", async () => {
    const range = await pushShow();
    const first = await world.sandbox.clone(world.origin, { name: "runner-1" });
    const second = await world.sandbox.clone(world.origin, { name: "runner-2" });
    world.mixcloud.faults.add({ kind: "slow-store", ms: STORE_MS, path: "/upload/", times: 2 });
    const runs = await Promise.all([runPush(first, range), runPush(second, range)]);
    expectNeverTwiceUnsaid(runs);

    // A re-run afterwards changes nothing more: no upload, and no edit either.
    const uploads = world.mixcloud.state.uploads.length;
    const edits = world.mixcloud.state.edits.length;
    const rerun = await runPush(first, range);
    expect(world.mixcloud.state.uploads, rerun.stdout).toHaveLength(uploads);
    expect(world.mixcloud.state.edits, rerun.stdout).toHaveLength(edits);
  });

  it("a push run and a release run of the same show: never twice unsaid", async () => {
    await world.origin.tag("v1.0.0", { message: "Release v1.0.0" });
    const range = await pushShow();
    await world.origin.tag("v1.1.0", { message: "Release v1.1.0" });
    const pushRunner = await world.sandbox.clone(world.origin, { name: "runner-push" });
    const releaseRunner = await world.sandbox.clone(world.origin, { name: "runner-release" });
    world.mixcloud.faults.add({ kind: "slow-store", ms: STORE_MS, path: "/upload/", times: 2 });
    const release = runIn(world, releaseRunner, {
      eventName: "release",
      event: {
        action: "published",
        release: {
          id: 1001,
          tag_name: "v1.1.0",
          name: "v1.1.0",
          draft: false,
          prerelease: false,
          created_at: "2026-11-20T10:00:00Z",
          published_at: "2026-11-20T10:05:00Z",
          assets: [],
        },
        repository: { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: "main" },
      },
      sha: range.after,
      ref: "refs/tags/v1.1.0",
      // Without a token the previous release is found among git's tags.
      githubToken: "",
      inputs: { "access-token": MIXCLOUD_TOKEN, comment: "false" },
    });
    const runs = await Promise.all([runPush(pushRunner, range), release]);
    for (const run of runs) {
      expect(results(run).map((r) => r.file)).toEqual(["cloudcasts/night-drive-12.yml"]);
    }
    expectNeverTwiceUnsaid(runs);
  });
});

describe("two runs whose uploads the account's listing shows late", () => {
  it("never both end green with the show twice", async () => {
    // Each upload is stored and answered at once, but listed only LAG_MS later: each run's
    // looks right before and right after its upload miss the other's show. The runs give a
    // listing that long to catch up (MIXCLOUD_PUBLISH_LISTING_LAG) before their last look.
    const LAG_MS = 5000;
    const range = await pushShow();
    const first = await world.sandbox.clone(world.origin, { name: "runner-1" });
    const second = await world.sandbox.clone(world.origin, { name: "runner-2" });
    world.mixcloud.faults.add({ kind: "listing-lag", ms: LAG_MS, path: "/upload/", times: 2 });
    const env = { MIXCLOUD_PUBLISH_LISTING_LAG: String(LAG_MS / 1000) };
    const runs = await Promise.all([
      runPush(first, range, {}, env),
      runPush(second, range, {}, env),
    ]);
    expectNeverTwiceUnsaid(runs);
    // Whichever run uploaded took its last look once the listing had caught up.
    expect(
      runs.some((run) =>
        run.stdout.includes("looking for the same shows published by another run once more"),
      ),
    ).toBe(true);
  }, 60_000);
});

describe("a run that starts while another's upload is being stored", () => {
  let audio: Server;
  afterEach(async () => {
    await new Promise((resolve) => audio.close(resolve));
  });

  it("and uploads after it is stored: finds it, uploads nothing, and both end green", async () => {
    // The show's audio is at a URL; the second run's download of it is held until the first
    // run's upload is stored, so that the second run uploads after it.
    let downloads = 0;
    let release: () => void = () => undefined;
    const stored = new Promise<void>((resolve) => (release = resolve));
    audio = createServer((req, res) => {
      const whole = req.method === "GET" && req.headers.range === undefined;
      const send = () => {
        res.writeHead(200, { "content-type": "audio/wav", "content-length": showAudio().length });
        res.end(req.method === "HEAD" ? undefined : showAudio());
      };
      if (whole && ++downloads === 2) void stored.then(send);
      else send();
    });
    await new Promise<void>((resolve) => audio.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(audio.address() as AddressInfo).port}/night-drive-12.wav`;

    const before = await world.origin.head();
    await world.origin.write("cloudcasts/night-drive-12.yml", showYaml(TITLE, `audio: ${url}\n`));
    const after = await world.origin.commit("add Night Drive 12, its audio at a URL");
    const range = { before, after };
    const first = await world.sandbox.clone(world.origin, { name: "runner-1" });
    const second = await world.sandbox.clone(world.origin, { name: "runner-2" });

    // Long enough for the second run to start and list the account while the first is stored.
    world.mixcloud.faults.add({ kind: "slow-store", ms: 2 * STORE_MS, path: "/upload/" });
    // The audio server is on loopback, the runner's own network: allowed for this test.
    const onLoopback = { "allow-private-urls": "true" };
    const firstRun = runPush(first, range, onLoopback);
    await expect
      .poll(() => world.mixcloud.state.requests.some((r) => r.path.startsWith("/upload/")), {
        timeout: 30_000,
      })
      .toBe(true);
    const secondRun = runPush(second, range, onLoopback);
    await expect.poll(() => showsTitled(TITLE).length, { timeout: 30_000 }).toBe(1);
    release();
    const runs = await Promise.all([firstRun, secondRun]);

    const detail = runs.map((r) => r.stdout + r.stderr).join("\n----\n");
    expect(showsTitled(TITLE), detail).toHaveLength(1);
    expect(world.mixcloud.state.uploads, detail).toHaveLength(1);
    for (const run of runs) expect(run.exitCode, detail).toBe(0);
    const [published] = results(runs[0] as ActionRun);
    expect(published).toMatchObject({ status: "published" });
    expect(results(runs[1] as ActionRun)).toEqual([
      expect.objectContaining({ status: "unchanged", key: published?.key, error: null }),
    ]);
    // It did not see the show when it began, and found it on looking again before its upload.
    expect(runs[1]?.stdout).toContain(
      `${published?.key} appeared on the account while this run worked`,
    );
  });
});
