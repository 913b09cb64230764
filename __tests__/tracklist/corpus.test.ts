// The tracklist corpus: every file under __tests__/fixtures/tracklists/ beside a `.expected.json`
// written by hand or by scripts/tracklist-corpus.mjs from how the file was made. The reader's
// output must match it exactly: format, every entry (start, names, album, line), every error and
// warning (line and rule), all located in the tracklist file itself.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTracklist } from "../../src/tracklist/index.js";
import type { TracklistEntry } from "../../src/tracklist/index.js";
// @ts-expect-error -- a plain ESM script without types
import { GENERATED, corpus } from "../../scripts/tracklist-corpus.mjs";

const ROOT = join(import.meta.dirname, "../fixtures/tracklists");

function fixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return fixtures(path);
    return item.name.endsWith(".expected.json") ? [] : [relative(ROOT, path)];
  });
}

function shape(entry: TracklistEntry): Record<string, unknown> {
  if (entry.kind === "chapter")
    return { start: entry.start, chapter: entry.chapter, line: entry.span.line };
  const album = entry.album ? { album: entry.album } : {};
  return {
    start: entry.start,
    artist: entry.artist,
    song: entry.song,
    ...album,
    line: entry.span.line,
  };
}

describe("the tracklist corpus", () => {
  const names = fixtures(ROOT);

  it("holds every format read, and broken files giving each kind of error", () => {
    const expectations = names.map((name) =>
      JSON.parse(readFileSync(join(ROOT, `${name}.expected.json`), "utf8")),
    );
    const formats = new Set(expectations.map((e) => e.format).filter(Boolean));
    expect([...formats].sort()).toEqual([
      "cue",
      "rekordbox-txt",
      "serato-csv",
      "serato-session",
      "text",
      "traktor-nml",
      "virtualdj-m3u",
      "virtualdj-txt",
    ]);
    const rules = new Set(
      expectations.flatMap((e) => e.diagnostics.map((d: { rule: string }) => d.rule)),
    );
    for (const rule of [
      "traktor-xml",
      "serato-columns",
      "cue-index",
      "tracklist-binary",
      "tracklist-format",
    ])
      expect(rules).toContain(rule);
  });

  it.each(names)("%s gives exactly its expected tracks and diagnostics", (name) => {
    const expected = JSON.parse(readFileSync(join(ROOT, `${name}.expected.json`), "utf8"));
    const parsed = parseTracklist(readFileSync(join(ROOT, name)), name);
    expect(parsed.format).toBe(expected.format);
    expect(parsed.entries.map(shape)).toEqual(expected.entries);
    expect(parsed.diagnostics.map((d) => ({ line: d.line, rule: d.rule }))).toEqual(
      expected.diagnostics,
    );
    expect(
      parsed.warnings.map((d) => ({ line: d.line, rule: d.rule, severity: d.severity })),
    ).toEqual(expected.warnings);
    for (const d of [...parsed.diagnostics, ...parsed.warnings]) {
      expect(d.file).toBe(name);
      expect(d.message).toMatch(/: /); // what is wrong, then what to do
    }
  });

  it("is as scripts/tracklist-corpus.mjs writes it (rerun the script after changing it)", () => {
    for (const [name, { bytes, expected }] of Object.entries(
      corpus() as Record<string, { bytes: Buffer; expected: unknown }>,
    )) {
      expect(readFileSync(join(GENERATED, name)).equals(bytes), name).toBe(true);
      expect(JSON.parse(readFileSync(join(GENERATED, `${name}.expected.json`), "utf8"))).toEqual(
        expected,
      );
    }
  });

  it("has the realistic sizes: a 3-hour set of 60 tracks, a radio day past 12 hours", () => {
    const set = parseTracklist(readFileSync(join(GENERATED, "mixxx-3h-set.cue")), "set.cue");
    expect(set.entries).toHaveLength(60);
    expect(set.entries.at(-1)?.start).toBeGreaterThan(2.8 * 3600);
    const day = parseTracklist(readFileSync(join(GENERATED, "myriad-radio-day.cue")), "day.cue");
    expect(day.entries.at(-1)?.start).toBeGreaterThan(12 * 3600);
  });
});
