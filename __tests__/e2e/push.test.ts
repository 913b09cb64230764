// The push workflow end to end: new cloudcasts are uploaded with exactly the fields of their
// files, a re-run uploads nothing, a fix is an edit, a retitled show is edited, not duplicated.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { COMMENT_MARKER } from "../../src/constants.js";
import type { ActionRun } from "./harness.js";
import {
  addShow,
  createWorld,
  MIXCLOUD_TOKEN,
  PNG,
  pushEvent,
  runIn,
  showYaml,
  showAudio,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";
import { BROKEN_CUE, MIXXX_CUE } from "../helpers/tracklists.js";

let world: World;
let clone: TestRepo;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** Commits `change` on origin's main, brings the runner's clone up to it, and runs the push. */
async function push(
  change: (repo: TestRepo) => Promise<void>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const before = await world.origin.head();
  await change(world.origin);
  const after = await world.origin.commit("update shows");
  if (clone === undefined) clone = await world.sandbox.clone(world.origin, { name: "runner" });
  else await clone.git("pull", "-q", "--ff-only");
  // The pushed commit is the merge of PR #12: its comment gets the links.
  if (!world.github.state.pulls.some((p) => p.number === 12)) {
    world.github.addPull({ number: 12, state: "closed", baseSha: before, headSha: after });
  }
  world.github.setCommitPulls(after, [12]);
  return rerun(before, after, inputs);
}

function rerun(
  before: string,
  after: string,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runIn(world, clone, {
    eventName: "push",
    event: pushEvent(before, after),
    sha: after,
    inputs: { "access-token": MIXCLOUD_TOKEN, ...inputs },
  });
}

function results(run: ActionRun) {
  return JSON.parse(run.outputs["results"] ?? "null") as Array<{
    file: string;
    status: string;
    key: string | null;
    url: string | null;
    error: string | null;
  }>;
}

function expectClean(run: ActionRun): void {
  expect(run.everything).not.toContain(MIXCLOUD_TOKEN);
  expect(run.everything).not.toContain(world.github.token);
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("push: publish", () => {
  it("uploads two new cloudcasts with exactly their fields and picture; a re-run uploads nothing", async () => {
    clone = undefined as unknown as TestRepo;
    const run = await push(async (repo) => {
      await addShow(
        repo,
        "cloudcasts/night-drive-12.yml",
        "Night Drive 12",
        "picture: cloudcasts/cover.png\nunlisted: true\n",
      );
      await writeBinary(repo, "cloudcasts/cover.png", PNG);
      await addShow(repo, "cloudcasts/sunday-session.yml", "Sunday Session");
    });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(world.mixcloud.state.uploads).toHaveLength(2);
    const byName = new Map(
      world.mixcloud.state.uploads.map((u) => [u.fields.find(([n]) => n === "name")?.[1], u]),
    );
    const night = byName.get("Night Drive 12");
    expect(night?.fields).toEqual([
      ["name", "Night Drive 12"],
      ["description", "A night of deep house."],
      ["tags-0-tag", "House"],
      ["tags-1-tag", "Deep House"],
      ["sections-0-artist", "Kerri Chandler"],
      ["sections-0-song", "Rain"],
      ["sections-0-start_time", "0"],
      ["sections-1-artist", "Moodymann"],
      ["sections-1-song", "I Can't Kick This Feelin When It Hits"],
      ["sections-1-start_time", "270"],
      ["unlisted", "1"],
    ]);
    expect(night?.files).toEqual([
      expect.objectContaining({
        field: "mp3",
        filename: "night-drive-12.wav",
        size: showAudio().length,
        sha256: sha256(showAudio()),
      }),
      expect.objectContaining({
        field: "picture",
        filename: "cover.png",
        size: PNG.length,
        sha256: sha256(PNG),
      }),
    ]);
    expect(byName.get("Sunday Session")?.files.map((f) => f.field)).toEqual(["mp3"]);

    const published = results(run);
    expect(published.map((r) => r.status)).toEqual(["published", "published"]);
    const urls = (run.outputs["urls"] ?? "").split("\n");
    expect(urls).toEqual(published.map((r) => r.url));
    // What the server said: the cloudcasts' pages on Mixcloud, whatever the api-url.
    expect(urls).toEqual(published.map((r) => `https://www.mixcloud.com${r.key}`));
    expect(run.outputs["published"]).toBe("2");
    expect(run.summary).toContain(urls[0]);
    const comment = world.github.state.comments.find((c) => c.issueNumber === 12);
    expect(comment?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment?.body).toContain(urls[1]);
    expectClean(run);

    const before = await world.origin.git("rev-parse", "HEAD~1");
    const again = await rerun(before, await world.origin.head());
    expect(again.exitCode).toBe(0);
    expect(results(again).map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
    expect(world.mixcloud.state.uploads).toHaveLength(2);
    expect(world.mixcloud.state.edits).toHaveLength(0);
    expect(world.github.state.comments.filter((c) => c.issueNumber === 12)).toHaveLength(1);
    expectClean(again);
  });

  it("edits a tracklist fix and a title change; never uploads again", async () => {
    clone = undefined as unknown as TestRepo;
    await push(async (repo) => addShow(repo, "cloudcasts/show.yml", "Night Drive 12"));
    expect(world.mixcloud.state.uploads).toHaveLength(1);
    const key = world.mixcloud.state.uploads[0]?.key;

    const fix = await push(async (repo) =>
      repo.write(
        "cloudcasts/show.yml",
        showYaml("Night Drive 12").replace("Rain", "Rain (Original Mix)"),
      ),
    );
    expect(fix.exitCode).toBe(0);
    expect(results(fix).map((r) => [r.status, r.key])).toEqual([["updated", key]]);
    expect(world.mixcloud.state.uploads).toHaveLength(1);
    expect(world.mixcloud.state.edits).toHaveLength(1);
    expect(world.mixcloud.state.edits[0]?.fields).toContainEqual([
      "sections-0-song",
      "Rain (Original Mix)",
    ]);

    const retitle = await push(async (repo) => {
      await repo.move("cloudcasts/show.yml", "cloudcasts/night-drive-twelve.yml");
      await repo.move("cloudcasts/show.wav", "cloudcasts/night-drive-twelve.wav");
      await repo.write(
        "cloudcasts/night-drive-twelve.yml",
        showYaml("Night Drive Twelve").replace("Rain", "Rain (Original Mix)"),
      );
    });
    expect(retitle.exitCode).toBe(0);
    expect(results(retitle).map((r) => [r.file, r.status, r.key])).toEqual([
      ["cloudcasts/night-drive-twelve.yml", "updated", key],
    ]);
    expect(world.mixcloud.state.uploads).toHaveLength(1);
    expect(world.mixcloud.state.cloudcasts.map((c) => c.name)).toEqual(["Night Drive Twelve"]);
    expectClean(retitle);
  });

  it("finds a retitled show by its previous title even when that version was invalid", async () => {
    clone = undefined as unknown as TestRepo;
    const cueShow = (title: string) => `title: ${title}\ntags:\n  - Deep House\n`;
    await push(async (repo) => {
      await repo.write("cloudcasts/show.yml", cueShow("Deep Sessions 07"));
      await repo.write("cloudcasts/show.cue", MIXXX_CUE);
      await writeBinary(repo, "cloudcasts/show.wav", showAudio());
    });
    const key = world.mixcloud.state.uploads[0]?.key;
    // A broken export is pushed: that run refuses the file and publishes nothing.
    const broken = await push((repo) => repo.write("cloudcasts/show.cue", BROKEN_CUE));
    expect(results(broken).map((r) => r.status)).toEqual(["invalid"]);
    // The fix also renames the show. Its previous version is the broken one, which still names
    // the title the show was uploaded under.
    const fixed = await push(async (repo) => {
      await repo.write("cloudcasts/show.cue", MIXXX_CUE);
      await repo.write("cloudcasts/show.yml", cueShow("Deep Sessions 07 (Live)"));
    });
    expect(results(fixed).map((r) => [r.status, r.key])).toEqual([["updated", key]]);
    expect(world.mixcloud.state.uploads).toHaveLength(1);
    expect(world.mixcloud.state.cloudcasts.map((c) => c.name)).toEqual(["Deep Sessions 07 (Live)"]);
    expectClean(fixed);
  });
});
