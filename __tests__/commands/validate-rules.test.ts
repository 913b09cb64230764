// `validate` checks Mixcloud's licensing rules too: warnings as `file:line:col: warning: …`
// lines that leave the exit code alone, or problems under `--licensing error`.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validate } from "../../src/commands/validate.js";
import { lineOfTrack, showFile, tracksBy } from "../cloudcast/mixcloud-rules/support.js";
import { captureIO } from "./io.js";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "mixcloud-publish-validate-rules-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Six tracks, the last four by one artist in a row: one licensing warning, at track 6. */
const SHOW = showFile([
  ["Theo Parrish", "Summertime Is Here"],
  ["Andrés", "New For U"],
  ...tracksBy("Moodymann", 4),
]);
const AT = lineOfTrack(SHOW, 5);

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

describe("validate and Mixcloud's licensing rules", () => {
  it("prints a warning line at the track and exits 0 on warnings alone", async () => {
    await write({ "cloudcasts/show.yml": SHOW });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(0);
    expect(run.stdout()).toBe(
      `cloudcasts/show.yml:${AT}:5: warning: the 4th track in a row by "Moodymann": Mixcloud's licensing rules allow at most 3 tracks by one artist in a row, and a show that breaks them can be muted or taken down; play something else in between (licensing-artist-in-a-row)\n` +
        "1 file checked: 1 valid, 0 invalid, 1 warning\n",
    );
  });

  it("makes the breach a problem with --licensing error, and exits 1", async () => {
    await write({ "cloudcasts/show.yml": SHOW });
    const run = captureIO(root);
    expect(await validate(["--licensing", "error"], run.io)).toBe(1);
    const [line, summary] = run.stdout().split("\n");
    expect(line).toMatch(
      new RegExp(
        `^cloudcasts/show\\.yml:${AT}:5: the 4th track in a row by "Moodymann".*licensing is set to error, so this blocks publishing\\) \\(licensing-artist-in-a-row\\)$`,
      ),
    );
    expect(summary).toBe("1 file checked: 0 valid, 1 invalid (1 problem)");
  });

  it("says nothing of it with --licensing off", async () => {
    await write({ "cloudcasts/show.yml": SHOW });
    const run = captureIO(root);
    expect(await validate(["--licensing", "off"], run.io)).toBe(0);
    expect(run.stdout()).toBe("1 file checked: 1 valid, 0 invalid\n");
  });

  it("lists each file's problems and warnings, files in order", async () => {
    await write({ "cloudcasts/a.yml": `${SHOW}unlisted: yes\n`, "cloudcasts/b.yml": SHOW });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(1);
    const lines = run.stdout().trimEnd().split("\n");
    // An invalid file's tracks are not checked against the rules: it is not a show yet.
    expect(lines.map((l) => [l.split(":")[0], /\((\S+)\)$/.exec(l)?.[1]])).toEqual([
      ["cloudcasts/a.yml", "boolean-word"],
      ["cloudcasts/b.yml", "licensing-artist-in-a-row"],
      ["2 files checked", undefined],
    ]);
    expect(lines[2]).toBe("2 files checked: 1 valid, 1 invalid (1 problem), 1 warning");
  });

  it("lists warnings in the JSON report apart from the problems", async () => {
    await write({ "cloudcasts/show.yml": SHOW });
    const run = captureIO(root);
    expect(await validate(["--format", "json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout()) as { diagnostics: unknown[]; warnings: unknown[] };
    expect(report.diagnostics).toEqual([]);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        file: "cloudcasts/show.yml",
        line: AT,
        rule: "licensing-artist-in-a-row",
        severity: "warning",
      }),
    ]);
  });

  it("refuses an unknown mode", async () => {
    const run = captureIO(root);
    expect(await validate(["--licensing", "strict"], run.io)).toBe(2);
    expect(run.stderr()).toContain("--licensing takes warn, error or off, not 'strict'");
  });
});
