// Hang guards: the hostile shapes of scripts/tracklist-corpus/hostile.mjs read at a size where
// work quadratic in a line (or in the file) would take minutes — each long line is just under the
// 64 KiB cap, repeated; the blank lines number hundreds of thousands. Read in linear time they
// take a fraction of a second, well inside the test's timeout; no timing is asserted: a hang is
// what fails. (The ratio of n to 2n is measured by `npm run bench -- --only complexity`.)
import { describe, expect, it } from "vitest";
import { parseTracklist } from "../../src/tracklist/index.js";
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
