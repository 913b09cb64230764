// Mixcloud's rules end to end: the bundled action under Node 24, in a real clone, against the
// mock Mixcloud and GitHub APIs. Warnings are annotated at the track and reported, and never
// fail the step unless `licensing: error`; a tracklist past the end of its audio fails the file
// before anything is uploaded.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { workflowCommands } from "./harness.js";
import type { ActionRun } from "./harness.js";
import {
  addShow,
  createWorld,
  MIXCLOUD_TOKEN,
  openPullRequest,
  pullRequestEvent,
  pushEvent,
  runIn,
  showAudio,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** A show whose 4th to 7th tracks are all Moodymann: the 7th breaks "at most 3 in a row". */
const BREACH = `title: Detroit Sunday
tags:
  - Deep House
tracks:
  - start: 0
    artist: Theo Parrish
    track: Summertime Is Here
  - start: "3:10"
    artist: Andrés
    track: New For U
  - start: "6:40"
    artist: Kerri Chandler
    track: Rain
  - start: "9:55"
    artist: Moodymann
    track: Shades Of Jae
  - start: "12:30"
    artist: Moodymann feat. Andrés
    track: Freeki Mutha F cker
  - start: "15:05"
    artist: MOODYMANN
    track: Black Mahogani
  - start: "17:45"
    artist: Moodymann
    track: Sunday Morning
`;
/** The line of the 7th track's `- start:`. */
const BREACH_LINE = 23;

function results(run: ActionRun) {
  return JSON.parse(run.outputs["results"] ?? "null") as Array<{
    file: string;
    status: string;
    error: string | null;
  }>;
}

function annotations(run: ActionRun, level: "error" | "warning", file: string) {
  return workflowCommands(run.stdout).filter(
    (c) => c.command === level && c.properties["file"] === file,
  );
}

async function writeShow(repo: TestRepo, file: string, text: string, seconds = 20 * 60) {
  await repo.write(file, text);
  await writeBinary(repo, file.replace(/\.yml$/, ".wav"), showAudio(seconds));
}

describe("pull_request: Mixcloud's rules in the preview", () => {
  const openBreach = () =>
    openPullRequest(world, (repo) => writeShow(repo, "cloudcasts/detroit-sunday.yml", BREACH), {
      message: "Detroit Sunday",
    });

  it("annotates a licensing breach as a warning at the track, says so in the comment, exit 0", async () => {
    const { clone, base, head } = await openBreach();
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });

    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.status)).toEqual(["dry-run"]);
    expect(run.outputs).toMatchObject({ invalid: "0", warnings: "1" });
    const [warning, ...more] = annotations(run, "warning", "cloudcasts/detroit-sunday.yml");
    expect(more).toEqual([]);
    expect(warning?.properties).toMatchObject({
      title: "mixcloud-publish: licensing-artist-in-a-row",
      line: String(BREACH_LINE),
      col: "5",
    });
    expect(warning?.message).toMatch(
      /^the 4th track in a row by "Moodymann": Mixcloud's licensing rules allow at most 3 tracks by one artist in a row/,
    );
    expect(annotations(run, "error", "cloudcasts/detroit-sunday.yml")).toEqual([]);
    expect(run.stdout).toContain(
      `cloudcasts/detroit-sunday.yml:${BREACH_LINE}:5: warning: the 4th track in a row by "Moodymann"`,
    );

    expect(run.summary).toContain("⚠️ **1 warning**");
    expect(run.summary).toContain("### Warnings");
    const comment = world.github.state.comments.find((c) => c.issueNumber === 7);
    expect(comment?.body).toContain("⚠️ **1 warning**");
    expect(comment?.body).toContain(
      `⚠️ \`cloudcasts/detroit-sunday.yml:${BREACH_LINE}\` — the 4th track in a row by "Moodymann"`,
    );
    // In the tracklist, the mark is on the 7th track's row, and on no other.
    const rows = (comment?.body ?? "").split("\n").filter((l) => /^\s*\| (⚠️ )?\d/.test(l));
    expect(rows).toHaveLength(7);
    expect(rows.filter((row) => row.includes("⚠️"))).toEqual([
      expect.stringMatching(/^\s*\| ⚠️ 17:45 \| Moodymann \| Sunday Morning \|/),
    ]);
    expect(world.mixcloud.state.uploads).toEqual([]);
  });

  it("with licensing: off, says nothing of it", async () => {
    const { clone, base, head } = await openBreach();
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
      inputs: { licensing: "off" },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["warnings"]).toBe("0");
    expect(annotations(run, "warning", "cloudcasts/detroit-sunday.yml")).toEqual([]);
  });
});

describe("push: Mixcloud's rules before anything is uploaded", () => {
  async function push(
    change: (repo: TestRepo) => Promise<void>,
    inputs: Record<string, string> = {},
  ): Promise<ActionRun> {
    const before = await world.origin.head();
    await change(world.origin);
    const after = await world.origin.commit("new shows");
    const clone = await world.sandbox.clone(world.origin, { name: "runner" });
    return runIn(world, clone, {
      eventName: "push",
      event: pushEvent(before, after),
      sha: after,
      inputs: { "access-token": MIXCLOUD_TOKEN, ...inputs },
    });
  }

  it("with licensing: error, a breach blocks the batch: exit 1, nothing uploaded", async () => {
    const run = await push(
      async (repo) => {
        await writeShow(repo, "cloudcasts/detroit-sunday.yml", BREACH);
        await addShow(repo, "cloudcasts/night-drive.yml", "Night Drive");
      },
      { licensing: "error" },
    );
    expect(run.exitCode).toBe(1);
    expect(results(run).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/detroit-sunday.yml", "invalid"],
      ["cloudcasts/night-drive.yml", "skipped"],
    ]);
    const [error] = annotations(run, "error", "cloudcasts/detroit-sunday.yml");
    expect(error?.properties["line"]).toBe(String(BREACH_LINE));
    expect(error?.message).toMatch(/licensing is set to error, so this blocks publishing/);
    expect(run.outputs).toMatchObject({ invalid: "1", published: "0", warnings: "0" });
    expect(world.mixcloud.state.uploads).toEqual([]);
  });

  it("publishes a show with a warning, and counts it", async () => {
    const run = await push(async (repo) => {
      await writeShow(repo, "cloudcasts/detroit-sunday.yml", BREACH);
    });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.status)).toEqual(["published"]);
    expect(run.outputs).toMatchObject({ published: "1", warnings: "1" });
    expect(world.mixcloud.state.uploads).toHaveLength(1);
  });

  it("fails a file whose tracklist runs past the end of its audio, at that track, before any upload", async () => {
    const run = await push(async (repo) => {
      // 8 minutes of audio (a cut recording): the tracks from 9:55 on start after it ends.
      await writeShow(repo, "cloudcasts/detroit-sunday.yml", BREACH, 8 * 60);
      await addShow(repo, "cloudcasts/night-drive.yml", "Night Drive");
    });
    expect(run.exitCode).toBe(1);
    expect(results(run).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/detroit-sunday.yml", "invalid"],
      ["cloudcasts/night-drive.yml", "skipped"],
    ]);
    const errors = annotations(run, "error", "cloudcasts/detroit-sunday.yml");
    expect(errors.map((e) => [e.properties["title"], e.properties["line"]])).toEqual([
      ["mixcloud-publish: start-after-audio", "14"],
    ]);
    expect(errors[0]?.message).toBe(
      "this track starts at 9:55 (and the 3 sections after it), but the audio ends at 8:00: is this the tracklist of another recording, or was the recording cut short? Fix the start or the audio",
    );
    // The same show is also under 15 minutes: a warning, beside the error.
    expect(
      annotations(run, "warning", "cloudcasts/detroit-sunday.yml").map(
        (w) => w.properties["title"],
      ),
    ).toContain("mixcloud-publish: show-too-short");
    expect(world.mixcloud.state.uploads).toEqual([]);
    expect(world.mixcloud.state.requests.filter((r) => r.method === "POST")).toEqual([]);
  });
});

describe("a free account at its 10 public shows", () => {
  it("warns the new upload before it is sent, and its result says so", async () => {
    await world.close();
    world = await createWorld({ isPro: false, existingCloudcasts: 10 });
    const before = await world.origin.head();
    await addShow(world.origin, "cloudcasts/night-drive.yml", "Night Drive");
    const after = await world.origin.commit("night drive");
    const clone = await world.sandbox.clone(world.origin, { name: "runner" });
    const run = await runIn(world, clone, {
      eventName: "push",
      event: pushEvent(before, after),
      sha: after,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.status)).toEqual(["published"]);
    expect(run.outputs["warnings"]).toBe("1");
    const said = run.stdout.indexOf("may land in the drafts");
    expect(said).toBeGreaterThan(-1);
    expect(said).toBeLessThan(run.stdout.indexOf("uploading"));
    const [warning] = annotations(run, "warning", "cloudcasts/night-drive.yml");
    expect(warning?.properties["title"]).toBe("mixcloud-publish: account-drafts");
    expect(warning?.message).toMatch(/^'dj-kay' is not a Pro account and already holds 10 shows/);
    expect(run.summary).toContain("may land in the drafts");
  });
});
