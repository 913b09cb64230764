// Hang guards: the hostile shapes of scripts/tracklist-corpus/hostile.mjs read at a size where
// work quadratic in a line (or in the file) would take minutes — each long line is just under the
// 64 KiB cap, repeated; the blank lines number hundreds of thousands. Read in linear time they
// take a fraction of a second, well inside the test's timeout; no timing is asserted: a hang is
// what fails. (The ratio of n to 2n is measured by `npm run bench -- --only complexity`.)
import { mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { parseTracklist } from "../../src/tracklist/index.js";
import { applyTracklistFile } from "../../src/tracklist/resolve.js";
// @ts-expect-error -- a plain ESM script without types
import { HOSTILE_SHAPES } from "../../scripts/tracklist-corpus/hostile.mjs";

interface Shape {
  reader: string;
  shape: string;
  unit: string;
  build(n: number): { file: string; bytes: Buffer };
}

/** Just under the line cap for the per-line shapes; far past any real file for the rest. */
const HANG_SIZES: Record<string, number> = {
  "spaces a line": 60_000,
  "characters a line": 60_000,
  "spaces a row": 60_000,
  lines: 400_000,
  tracks: 4_000,
  entries: 5_000,
  characters: 16 * 1024 * 1024,
};

describe("no tracklist shape makes a reader hang", () => {
  it.each((HOSTILE_SHAPES as Shape[]).map((s) => [`${s.reader}: ${s.shape}`, s] as const))(
    "%s",
    (_name, shape) => {
      const { file, bytes } = shape.build(HANG_SIZES[shape.unit] ?? 1000);
      const parsed = parseTracklist(bytes, file);
      // Every shape ends in entries or in diagnostics that say what is wrong, never in nothing.
      expect(parsed.entries.length + parsed.diagnostics.length).toBeGreaterThan(0);
      for (const d of parsed.diagnostics) expect(d.message.length).toBeLessThan(1000);
    },
    60_000,
  );
});

// `tracklist_exclude` reads every name once a pattern. Before the caps, a 2.4 KB list of 200
// patterns against a 30 MB export of 500 names of 60 KB took 65 s, and a 1 MiB list of 85,000
// patterns would take hours. Both shapes, through the stage the pipeline runs: the patterns past
// the cap are refused with the format, and names past 500 characters are not matched.
describe("no tracklist_exclude list makes the tracklist stage hang", () => {
  let root: string;
  beforeEach(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), "exclude-hang-")));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** 500 entries of `aaa…z - aaa…z`, 60 KB each: no `q` in them, so `*q?*z` reads every name whole. */
  function longNames(): string {
    const half = "a".repeat(29_999) + "z";
    const lines = Array.from({ length: 500 }, (_, i) => {
      const start = `${Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")}:00`;
      return `${start} ${half} - ${half}`;
    });
    return `${lines.join("\n")}\n`;
  }

  async function stage(patterns: number) {
    const list = Array.from({ length: patterns }, () => '  - "*q?*z"');
    const yaml = ["title: x", "tracklist: show.txt", "tracklist_exclude:", ...list, ""].join("\n");
    await writeFile(join(root, "show.yml"), yaml);
    await writeFile(join(root, "show.txt"), longNames());
    const parsed = parseCloudcast(yaml, "show.yml");
    return applyTracklistFile(parsed, { root, cloudcastPath: "show.yml" });
  }

  it("85,000 patterns (a 1 MiB file): refused at the key", async () => {
    const { parsed } = await stage(85_000);
    expect(parsed.cloudcast).toBeUndefined();
    expect(parsed.diagnostics.map((d) => d.rule)).toEqual(["too-many-exclude-patterns"]);
  }, 120_000);

  it("100 patterns against 500 names of 60 KB: the names are kept, with one warning", async () => {
    const { parsed, source } = await stage(100);
    expect(parsed.diagnostics).toEqual([]);
    expect(source).toMatchObject({ sections: 500, excluded: 0 });
    expect(parsed.warnings?.map((w) => w.rule)).toContain("tracklist-exclude-long-name");
    // Every pattern matched nothing: a warning each, bounded by the cap on patterns, and the
    // file's warnings by theirs (100, then one that counts the rest).
    expect(parsed.warnings?.filter((w) => w.rule === "tracklist-exclude-unused")).toHaveLength(99);
    expect(parsed.warnings?.at(-1)).toMatchObject({
      rule: "too-many-warnings",
      message: "and 1 more warning of this file, not shown: fix the ones above and check again",
    });
  }, 120_000);
});
