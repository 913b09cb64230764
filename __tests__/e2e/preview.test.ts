// The pull request preview shows what will be published, end to end: the bundled action under
// Node 24, in a real clone, against the mock Mixcloud and GitHub APIs. A new show's tracklist as
// Mixcloud gets it (with what tracklist_exclude left out), what an edit changes against the
// pull request's base (its tracklist file read as it was there), and an edit that changes nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addShow,
  createWorld,
  MIXCLOUD_TOKEN,
  openPullRequest,
  pullRequestEvent,
  runIn,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";
import type { ActionRun } from "./harness.js";
import type { TestRepo } from "../helpers/git-repo.js";
import { showMp3 } from "../helpers/media.js";
import { MIXXX_CUE, PLAYOUT_CUE } from "../helpers/tracklists.js";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** Commits `setUp` on main, then opens PR #7 whose commit `change` makes; runs the action on it. */
async function previewOf(
  setUp: (repo: TestRepo) => Promise<void>,
  change: (repo: TestRepo) => Promise<void>,
): Promise<{ run: ActionRun; comment: string }> {
  await setUp(world.origin);
  await world.origin.commit("the shows so far");
  const { clone, base, head } = await openPullRequest(world, change, {
    message: "the pull request",
  });
  const run = await runIn(world, clone, {
    eventName: "pull_request",
    event: pullRequestEvent(7, base, head),
    sha: head,
    inputs: { "access-token": MIXCLOUD_TOKEN },
  });
  const comment = world.github.state.comments.find((c) => c.issueNumber === 7)?.body ?? "";
  expect(run.stderr).toBe("");
  expect(world.mixcloud.state.uploads).toEqual([]);
  expect(world.mixcloud.state.edits).toEqual([]);
  return { run, comment };
}

const DEEP_YAML = (title: string) =>
  [
    `title: ${title}`,
    "desc: Two hours of deep house, recorded live on a Friday night at the club.",
    "tags:",
    "  - Deep House",
    "  - Live",
    "  - Chicago House",
    "",
  ].join("\n");

describe("the pull request preview", () => {
  it("shows a new show's tracklist from a playout CUE sheet, and the station idents left out", async () => {
    const { run, comment } = await previewOf(
      async () => undefined,
      async (repo) => {
        await repo.write(
          "cloudcasts/drive.yml",
          [
            "title: Drive Time 2024-05-17",
            "tags:",
            "  - Radio",
            "tracklist_exclude:",
            '  - "radio nova - *"',
            '  - "*ad break*"',
            "",
          ].join("\n"),
        );
        await repo.write("cloudcasts/drive.cue", PLAYOUT_CUE);
        await writeBinary(repo, "cloudcasts/drive.mp3", showMp3());
      },
    );
    expect(run.exitCode).toBe(0);
    expect(comment).toContain("<details><summary>Tracklist — 3 tracks, 3 left out</summary>");
    for (const row of [
      "| 0:07 | Kavinsky | Nightcall |",
      "| 4:31 | AC/DC | Thunderstruck |",
      "| 12:23 | M83 | Midnight City |",
      "| 0:00 | Radio Nova | Station ID | `radio nova - *` |",
      "| 4:25 | Radio Nova | Drive Time Jingle | `radio nova - *` |",
      "| 9:23 | Commercials | Ad Break 1 | `*ad break*` |",
    ]) {
      expect(comment).toContain(row);
    }
    // A new file has no previous version: nothing to compare.
    expect(comment).not.toContain("**Edit**");
    // The job summary has the same block.
    expect(run.summary).toContain("| 4:31 | AC/DC | Thunderstruck |");
    expect(run.summary).toContain("| 9:23 | Commercials | Ad Break 1 | `*ad break*` |");
  });

  it("shows what an edit changes: a renamed, retitled show whose CUE sheet has a corrected artist and a new track", async () => {
    const { run, comment } = await previewOf(
      async (repo) => {
        await repo.write("cloudcasts/deep-07.yml", DEEP_YAML("Deep Sessions 07"));
        await repo.write("cloudcasts/deep-07.cue", MIXXX_CUE);
        await writeBinary(repo, "cloudcasts/deep-07.mp3", showMp3());
      },
      async (repo) => {
        for (const ext of ["yml", "cue", "mp3"]) {
          await repo.git("mv", `cloudcasts/deep-07.${ext}`, `cloudcasts/deep-sessions-07.${ext}`);
        }
        await repo.write(
          "cloudcasts/deep-sessions-07.yml",
          DEEP_YAML("Deep Sessions 07 at Smart Bar"),
        );
        const cue =
          MIXXX_CUE.replace('PERFORMER "Mr. Fingers"', 'PERFORMER "Larry Heard"') +
          [
            "  TRACK 04 AUDIO",
            '    TITLE "Move Your Body"',
            '    PERFORMER "Marshall Jefferson"',
            "    INDEX 01 15:00:00",
            "",
          ].join("\n");
        await repo.write("cloudcasts/deep-sessions-07.cue", cue);
      },
    );
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs["results"] ?? "[]")).toMatchObject([
      { file: "cloudcasts/deep-sessions-07.yml", status: "dry-run" },
    ]);
    expect(comment).toContain(
      "**Edit** (renamed from `cloudcasts/deep-07.yml`) — what changes on Mixcloud:",
    );
    expect(comment).toContain("- Title: Deep Sessions 07 → Deep Sessions 07 at Smart Bar");
    expect(comment).toContain("- Tracks: 1 changed, 1 added");
    expect(comment).toContain(
      "- ✏️ 11:03 Larry Heard — Can You Feel It: artist Mr\\. Fingers → Larry Heard",
    );
    expect(comment).toContain("- ➕ 15:00 Marshall Jefferson — Move Your Body");
    // Only what changed: the unchanged tracks are in the tracklist, once.
    expect(comment.split("Rhythim Is Rhythim")).toHaveLength(2);
    expect(comment).toContain("Tracklist — 4 tracks");
    expect(run.summary).toContain("- Title: Deep Sessions 07 → Deep Sessions 07 at Smart Bar");
  });

  it("says when a pull request changes nothing Mixcloud gets", async () => {
    const { run, comment } = await previewOf(
      (repo) => addShow(repo, "cloudcasts/night-drive.yml", "Night Drive 12"),
      async (repo) => {
        const { readFile } = await import("node:fs/promises");
        const text = await readFile(`${repo.dir}/cloudcasts/night-drive.yml`, "utf8");
        await repo.write("cloudcasts/night-drive.yml", `# Recorded at home, first take\n${text}`);
      },
    );
    expect(run.exitCode).toBe(0);
    expect(comment).toContain("Night Drive 12");
    expect(comment).toContain("no change to what Mixcloud gets");
    expect(comment).toContain("<details><summary>Tracklist — 2 tracks</summary>");
  });
});
