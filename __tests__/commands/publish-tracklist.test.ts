// The pipeline with a tracklist file, through the CLI's publish command and the mock server.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publish } from "../../src/commands/publish.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { showAudio } from "../helpers/media.js";
import { BROKEN_CUE, BROKEN_CUE_LINE, PLAYOUT_CUE } from "../helpers/tracklists.js";
import { captureIO } from "./io.js";

const TOKEN = "cli-secret-token-456";
let dir: string;
let mock: MockServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mp-cli-tracklist-"));
  mkdirSync(join(dir, "cloudcasts"));
  writeFileSync(join(dir, "cloudcasts", "drive.wav"), showAudio());
  mock = await startMockServer({ token: TOKEN, username: "dj" });
});
afterEach(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const DRIVE_YML = [
  "title: Drive Time 2024-05-17",
  "tracklist_exclude:",
  '  - "Radio Nova - *"',
  '  - "commercials - *"',
  "",
].join("\n");

describe("publish with a tracklist file", () => {
  it("sends the sections of the CUE sheet beside the file, less those excluded", async () => {
    writeFileSync(join(dir, "cloudcasts", "drive.yml"), DRIVE_YML);
    writeFileSync(join(dir, "cloudcasts", "drive.cue"), PLAYOUT_CUE);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", mock.url], run.io)).toBe(0);
    const fields = mock.state.uploads[0]?.fields.filter(([name]) => name.startsWith("sections-"));
    expect(fields).toEqual([
      ["sections-0-artist", "Kavinsky"],
      ["sections-0-song", "Nightcall"],
      ["sections-0-start_time", "7"],
      ["sections-1-artist", "AC/DC"],
      ["sections-1-song", "Thunderstruck"],
      ["sections-1-start_time", "271"],
      ["sections-2-artist", "M83"],
      ["sections-2-song", "Midnight City"],
      ["sections-2-start_time", "743"],
    ]);
    expect(run.stdout() + run.stderr()).toContain(
      "3 sections from cloudcasts/drive.cue (cue), 3 entries left out by tracklist_exclude",
    );
  });

  it("refuses the batch over a broken CUE sheet, naming the sheet's line", async () => {
    writeFileSync(join(dir, "cloudcasts", "drive.yml"), "title: Drive\n");
    writeFileSync(join(dir, "cloudcasts", "drive.cue"), BROKEN_CUE);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", mock.url], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      new RegExp(`^cloudcasts/drive\\.cue:${BROKEN_CUE_LINE}:\\d+: INDEX 01 99:99:99`, "m"),
    );
    expect(mock.state.uploads).toEqual([]);
  });
});
