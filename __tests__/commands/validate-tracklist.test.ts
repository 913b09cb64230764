// `validate` reads each cloudcast's tracklist file, so problems in it show before a push.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validate } from "../../src/commands/validate.js";
import { BROKEN_CUE, BROKEN_CUE_LINE, MIXXX_CUE, PLAYOUT_CUE } from "../helpers/tracklists.js";
import { captureIO } from "./io.js";

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), "mixcloud-publish-validate-tl-")));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function files(tree: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

describe("mixcloud-publish validate and tracklist files", () => {
  it("accepts a cloudcast whose CUE sheet beside it is good", async () => {
    await files({ "cloudcasts/set.yml": "title: Set\n", "cloudcasts/set.cue": MIXXX_CUE });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(0);
    expect(run.stdout()).toBe("1 file checked: 1 valid, 0 invalid\n");
  });

  it("prints a problem of the CUE sheet at the sheet's line, relative to the working directory", async () => {
    await files({ "cloudcasts/set.yml": "title: Set\n", "cloudcasts/set.cue": BROKEN_CUE });
    const run = captureIO(join(root, "cloudcasts"));
    expect(await validate(["."], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      new RegExp(
        `^set\\.cue:${BROKEN_CUE_LINE}:14: INDEX 01 99:99:99 is not a time.*\\(cue-index\\)$`,
        "m",
      ),
    );
    expect(run.stdout()).toMatch(/1 file checked: 0 valid, 1 invalid \(1 problem\)\n$/);
  });

  it("shows how many entries tracklist_exclude left out, and warns of a pattern that matches nothing", async () => {
    await files({
      "cloudcasts/drive.yml": [
        "title: Drive Time",
        "tracklist: ../playout/drive.cue",
        "tracklist_exclude:",
        '  - "Radio Nova - *"',
        '  - "*weather*"',
        "",
      ].join("\n"),
      "playout/drive.cue": PLAYOUT_CUE,
    });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(0);
    expect(run.stdout().split("\n")).toEqual([
      'cloudcasts/drive.yml:5:5: warning: tracklist_exclude pattern "*weather*" matches none of the 6 entries of playout/drive.cue: check it for a typo (it is matched against "Artist - Title", ignoring case), or remove it (tracklist-exclude-unused)',
      "cloudcasts/drive.yml: 4 sections from playout/drive.cue; tracklist_exclude left out 2 entries",
      "1 file checked: 1 valid, 0 invalid, 1 warning",
      "",
    ]);
  });

  it("keeps a tracklist inside the repository that holds the cloudcast", async () => {
    await files({
      "repo/.git/HEAD": "ref: refs/heads/main\n",
      "repo/cloudcasts/set.yml": "title: Set\ntracklist: ../../outside/set.cue\n",
      "outside/set.cue": MIXXX_CUE,
    });
    const run = captureIO(root);
    expect(await validate(["repo/cloudcasts"], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      /^repo\/cloudcasts\/set\.yml:2:12: tracklist "\.\.\/\.\.\/outside\/set\.cue" leads out of the repository.*\(tracklist-outside-workspace\)$/m,
    );
  });

  it("gives the counts in JSON too", async () => {
    await files({
      "cloudcasts/drive.yml": 'title: Drive\ntracklist_exclude: ["radio nova - *"]\n',
      "cloudcasts/drive.cue": PLAYOUT_CUE,
    });
    const run = captureIO(root);
    expect(await validate(["--format", "json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).tracklists).toEqual([
      {
        file: "cloudcasts/drive.yml",
        tracklist: {
          file: "cloudcasts/drive.cue",
          format: "cue",
          sections: 4,
          excluded: 2,
          // Which entries were left out, and by which pattern.
          left: [
            {
              section: { kind: "track", start: 0, artist: "Radio Nova", song: "Station ID" },
              pattern: "radio nova - *",
            },
            {
              section: {
                kind: "track",
                start: 265,
                artist: "Radio Nova",
                song: "Drive Time Jingle",
              },
              pattern: "radio nova - *",
            },
          ],
        },
      },
    ]);
  });
  it("warns of a licensing breach at the CUE sheet's line of the track that breaks the limit", async () => {
    // Five tracks by one act, written as a DJ program writes a sheet: the fifth breaks the rule.
    const tracks = [0, 1, 2, 3, 4].flatMap((i) => [
      `  TRACK ${String(i + 1).padStart(2, "0")} AUDIO`,
      `    TITLE "Song ${i + 1}"`,
      '    PERFORMER "Röyksopp"',
      `    INDEX 01 ${String(i * 4).padStart(2, "0")}:00:00`,
    ]);
    const sheet = ['PERFORMER "DJ Someone"', 'TITLE "Set"', 'FILE "set.wav" WAVE', ...tracks];
    await files({
      "cloudcasts/set.yml": "title: Set\n",
      "cloudcasts/set.cue": `${sheet.join("\r\n")}\r\n`,
    });
    const fifthTrackLine = 3 + 4 * 4 + 1;
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(0);
    expect(run.stdout()).toMatch(
      new RegExp(`^cloudcasts/set\\.cue:${fifthTrackLine}:\\d+: warning: .*Röyksopp`, "m"),
    );
    const strict = captureIO(root);
    expect(await validate(["--licensing", "error"], strict.io)).toBe(1);
    expect(strict.stdout()).toMatch(new RegExp(`^cloudcasts/set\\.cue:${fifthTrackLine}:`, "m"));
  });
});
