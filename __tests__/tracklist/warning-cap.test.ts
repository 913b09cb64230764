// Warnings are capped per file as errors are: a hostile export of 100,000 lines that are no
// entries gave 100,000 warnings, each a log line and an annotation (eight such files: 4 million
// workflow commands, 2.8 GB). The first 100 are kept, then one says how many more there are.
import { mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import { MAX_DIAGNOSTICS, capped, warningAt } from "../../src/diagnostic.js";
import { MAX_WARNINGS } from "../../src/tracklist/findings.js";
import { parseTracklist } from "../../src/tracklist/index.js";
import { applyTracklistFile, cappedWarnings } from "../../src/tracklist/resolve.js";

const ODD_LINES = 100_000;

/** A plain-text export: one track, then 100,000 lines that are neither a track nor a heading. */
function oddText(): Buffer {
  const odd = Array.from({ length: ODD_LINES }, (_, i) => `odd line ${i}`);
  return Buffer.from(["0:00 Kavinsky - Nightcall", ...odd, ""].join("\n"));
}

function expectCapped(warnings: readonly Diagnostic[], file: string, rule: string): void {
  expect(warnings).toHaveLength(MAX_WARNINGS + 1);
  expect(warnings.slice(0, MAX_WARNINGS).every((w) => w.rule === rule)).toBe(true);
  expect(warnings[MAX_WARNINGS]).toMatchObject({
    file,
    line: MAX_WARNINGS + 2,
    severity: "warning",
    rule: "too-many-warnings",
    message: `and ${(ODD_LINES - MAX_WARNINGS).toLocaleString("en")} more warnings of this file, not shown: fix the ones above and check again`,
  });
}

describe("warnings of a tracklist file", () => {
  it("a text export of 100,000 odd lines: the first 100, then one that counts the rest", () => {
    const parsed = parseTracklist(oddText(), "show.txt");
    expect(parsed.entries).toHaveLength(1);
    expectCapped(parsed.warnings, "show.txt", "text-not-a-track");
  });

  it("a CUE sheet of 100,000 lines that are no CUE command: the same", () => {
    const odd = Array.from({ length: ODD_LINES }, (_, i) => `FOO ${i}`);
    const cue = [
      "TRACK 01 AUDIO",
      '  TITLE "Nightcall"',
      '  PERFORMER "Kavinsky"',
      "  INDEX 01 00:00:00",
    ];
    const bytes = Buffer.from([...cue.slice(0, 1), ...odd, ...cue.slice(1), ""].join("\n"));
    const parsed = parseTracklist(bytes, "show.cue");
    expect(parsed.warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(parsed.warnings[MAX_WARNINGS]?.message).toMatch(
      /^and 99,900 more warnings of this file/,
    );
  });

  describe("through the tracklist stage", () => {
    let root: string;
    beforeEach(async () => {
      root = await realpath(await mkdtemp(join(tmpdir(), "warning-cap-")));
    });
    afterEach(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it("the cloudcast keeps the capped list", async () => {
      await writeFile(join(root, "show.txt"), oddText());
      const parsed = parseCloudcast("title: x\n", "show.yml");
      const staged = await applyTracklistFile(parsed, { root, cloudcastPath: "show.yml" });
      expect(staged.parsed.diagnostics).toEqual([]);
      expectCapped(staged.parsed.warnings ?? [], "show.txt", "text-not-a-track");
    });
  });
});

// Errors the same way: capped() lists 100 a file, and a reader keeps no more than that either,
// so that a file of 100,000 bad lines does not build 100,000 of them.
describe("errors of a tracklist file", () => {
  /** One track, then 100,000 lines whose start is not a time. */
  function badStarts(): Buffer {
    const bad = Array.from({ length: ODD_LINES }, (_, i) => `99:99 Artist ${i} - Title`);
    return Buffer.from(["0:00 Kavinsky - Nightcall", ...bad, ""].join("\n"));
  }
  const closing = {
    line: MAX_DIAGNOSTICS + 2,
    rule: "too-many-problems",
    message: "and 99,900 more problems from here on, not shown: fix the ones above and check again",
  };

  it("the reader keeps the first 100, then one that counts the rest", () => {
    const parsed = parseTracklist(badStarts(), "show.txt");
    expect(parsed.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(parsed.diagnostics[MAX_DIAGNOSTICS]).toMatchObject(closing);
  });

  it("capped() keeps the reader's count when it closes the list of the whole file", async () => {
    const root = await realpath(await mkdtemp(join(tmpdir(), "error-cap-")));
    try {
      await writeFile(join(root, "show.txt"), badStarts());
      const parsed = parseCloudcast("title: x\n", "show.yml");
      const staged = await applyTracklistFile(parsed, { root, cloudcastPath: "show.yml" });
      expect(staged.parsed.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
      expect(staged.parsed.diagnostics[MAX_DIAGNOSTICS]).toMatchObject(closing);
      // One more error elsewhere pushes the reader's closing past the cap: its count is kept.
      const more = capped([
        ...staged.parsed.diagnostics,
        { ...staged.parsed.diagnostics[0]!, line: 1, rule: "x", message: "x" },
      ]);
      expect(more).toHaveLength(MAX_DIAGNOSTICS + 1);
      expect(more[MAX_DIAGNOSTICS]?.message).toMatch(/^and 99,901 more problems from here on/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("cappedWarnings", () => {
  const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 1 });

  it("keeps 100 a file, in order, then one that counts the rest of that file", () => {
    const many = Array.from({ length: 150 }, (_, i) => warningAt("a.yml", at(i + 1), "x", "w"));
    const few = [warningAt("b.txt", at(1), "y", "w")];
    const capped = cappedWarnings([...many, ...few]);
    expect(capped.filter((w) => w.file === "b.txt")).toEqual(few);
    const ofA = capped.filter((w) => w.file === "a.yml");
    expect(ofA).toHaveLength(101);
    expect(ofA[100]).toMatchObject({ line: 101, rule: "too-many-warnings" });
    expect(ofA[100]?.message).toMatch(/^and 50 more warnings of this file/);
  });

  it("leaves a list its reader already closed as it is", () => {
    const parsed = parseTracklist(oddText(), "show.txt");
    expect(cappedWarnings(parsed.warnings)).toEqual(parsed.warnings);
  });
});
