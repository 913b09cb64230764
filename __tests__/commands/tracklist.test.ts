import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { tracklist } from "../../src/commands/tracklist.js";
import { BROKEN_CUE, BROKEN_CUE_LINE, MIXXX_CUE, PLAYOUT_CUE } from "../helpers/tracklists.js";
import { captureIO } from "./io.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mp-cli-tracklist-cmd-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const MIXXX_TRACKS = [
  "tracks:",
  "  - start: 0:00",
  "    artist: New Order",
  "    track: Blue Monday (Extended)",
  "  - start: 5:13",
  "    artist: Rhythim Is Rhythim",
  "    track: Strings of Life",
  "  - start: 11:03",
  "    artist: Mr. Fingers",
  "    track: Can You Feel It",
  "",
].join("\n");

describe("mixcloud-publish tracklist", () => {
  it("prints the tracks: YAML of a CUE sheet", async () => {
    await writeFile(join(dir, "set.cue"), MIXXX_CUE);
    const run = captureIO(dir);
    expect(await tracklist(["set.cue"], run.io)).toBe(0);
    expect(run.stdout()).toBe(MIXXX_TRACKS);
    expect(run.stderr()).toBe("");
    const asFile = parseCloudcast(`title: x\n${run.stdout()}`, "x.yml");
    expect(asFile.diagnostics).toEqual([]);
    expect(asFile.cloudcast?.sections.map((s) => s.start)).toEqual([0, 313, 663]);
  });

  it("leaves out what --exclude matches, and says how many", async () => {
    await writeFile(join(dir, "drive.cue"), PLAYOUT_CUE);
    const run = captureIO(dir);
    const args = ["drive.cue", "--exclude", "radio nova - *", "--exclude", "*AD BREAK*"];
    expect(await tracklist(args, run.io)).toBe(0);
    expect(run.stdout().match(/artist: .*/g)).toEqual([
      "artist: Kavinsky",
      "artist: AC/DC",
      "artist: M83",
    ]);
    expect(run.stderr()).toBe("drive.cue: 3 of 6 entries left out\n");
  });

  it("refuses an --exclude pattern that cannot be compiled, rather than warning it matches nothing", async () => {
    await writeFile(join(dir, "drive.cue"), PLAYOUT_CUE);
    const run = captureIO(dir);
    const tooLong = "x".repeat(70_000); // past the limit on a pattern's length
    expect(await tracklist(["drive.cue", "--exclude", tooLong], run.io)).toBe(1);
    expect(run.stdout()).toBe("");
    expect(run.stderr()).toMatch(/cannot be read as a glob pattern \(it is 70,000 characters long/);
    expect(run.stderr()).not.toMatch(/matches no entry/);
  });

  it("prints the problems of a broken file at its lines, writes nothing and exits 1", async () => {
    await writeFile(join(dir, "set.cue"), BROKEN_CUE);
    await writeFile(join(dir, "show.yml"), "title: Show\n");
    const run = captureIO(dir);
    expect(await tracklist(["set.cue", "--into", "show.yml"], run.io)).toBe(1);
    expect(run.stdout()).toBe("");
    expect(run.stderr()).toMatch(new RegExp(`^set\\.cue:${BROKEN_CUE_LINE}:14: INDEX 01 99:99:99`));
    expect(await readFile(join(dir, "show.yml"), "utf8")).toBe("title: Show\n");
  });

  it("writes into a cloudcast file in place of tracklist:, keeping comments and applying its tracklist_exclude", async () => {
    await writeFile(join(dir, "drive.cue"), PLAYOUT_CUE);
    const before = [
      "# yaml-language-server: $schema=../schema/cloudcast.schema.json",
      "title: Drive Time # as aired",
      "# from the playout log",
      "tracklist: drive.cue",
      "tracklist_exclude:",
      '  - "radio nova - *"',
      '  - "commercials - *"',
      "unlisted: true",
      "",
    ].join("\r\n");
    await writeFile(join(dir, "drive.yml"), before);
    const run = captureIO(dir);
    expect(await tracklist(["drive.cue", "--into", "drive.yml"], run.io)).toBe(0);
    expect(run.stdout()).toBe(
      "drive.yml: its tracklist: replaced by tracks: with 3 sections from drive.cue\n",
    );
    const after = await readFile(join(dir, "drive.yml"), "utf8");
    expect(after.split("\r\n").slice(0, 8)).toEqual([
      "# yaml-language-server: $schema=../schema/cloudcast.schema.json",
      "title: Drive Time # as aired",
      "# from the playout log",
      "tracks:",
      "  - start: 0:07",
      "    artist: Kavinsky",
      "    track: Nightcall",
      "  - start: 4:31",
    ]);
    expect(after).toMatch(/unlisted: true\r\n$/);
    expect(after).not.toContain("tracklist");
    expect(parseCloudcast(after, "drive.yml").cloudcast?.sections).toHaveLength(3);
    expect(await readdir(dir)).toEqual(["drive.cue", "drive.yml"]);
  });

  it("replaces the value of an existing tracks:", async () => {
    await writeFile(join(dir, "set.cue"), MIXXX_CUE);
    await writeFile(
      join(dir, "show.yml"),
      "title: Show\ntracks:\n  - start: 0\n    chapter: Old\nunlisted: false\n",
    );
    const run = captureIO(dir);
    expect(await tracklist(["set.cue", "--into", "show.yml"], run.io)).toBe(0);
    expect(await readFile(join(dir, "show.yml"), "utf8")).toBe(
      `title: Show\n${MIXXX_TRACKS}unlisted: false\n`,
    );
  });

  it("refuses to write into a cloudcast file with problems of its own", async () => {
    await writeFile(join(dir, "set.cue"), MIXXX_CUE);
    await writeFile(join(dir, "show.yml"), "title: Show\nunlisted: yes\n");
    const run = captureIO(dir);
    expect(await tracklist(["set.cue", "--into", "show.yml"], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/^show\.yml:2:11: .*\(boolean-word\)\n.*fix show\.yml first/);
  });

  it.each([
    [[], /name one tracklist file/],
    [["a.cue", "b.cue"], /name only one tracklist file/],
    [["missing.cue"], /missing\.cue: no such file/],
  ])("exits 2 for %j", async (args, message) => {
    const run = captureIO(dir);
    expect(await tracklist(args, run.io)).toBe(2);
    expect(run.stderr()).toMatch(message);
  });
});
