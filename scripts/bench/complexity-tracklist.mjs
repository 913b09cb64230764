// Complexity cases of the tracklist readers: each hostile shape of
// scripts/tracklist-corpus/hostile.mjs read by parseTracklist (bundled with ncc, as the tracklist
// benchmark bundles it) at size n and 2n. The per-line shapes grow one line (up to half the 64 KiB
// line cap), so a pattern that is quadratic in a line shows as a ratio near 4.
import { join } from "node:path";
import { loadReaders } from "./tracklist.mjs";
import { HOSTILE_SHAPES } from "../tracklist-corpus/hostile.mjs";

/** n for each shape's unit: the 2n file stays within the caps where the shape is not about them. */
const SIZES = {
  "spaces a line": 16_000,
  "characters a line": 16_000,
  "spaces a row": 16_000,
  lines: 200_000,
  tracks: 2_000,
  entries: 2_000,
  characters: 8 * 1024 * 1024,
};

/** The per-line shapes repeat their line this many times here: long enough to time steadily. */
const BENCH_LINES = 600;

/** The CUE shape past the cap is about the cap: far more tracks than the others. */
const SIZE_OF_SHAPE = { "tracks far past the cap on entries": 50_000 };

/** Patterns that made picomatch backtrack for minutes, against names of n characters. */
const HOSTILE_PATTERNS = ["*a*a*a*a*a*a*a*a*b", `*${"a?".repeat(99)}b`];

function excludeCase(excludeEntries) {
  const built = new Map();
  const entries = (size) => {
    if (!built.has(size)) {
      const name = "a".repeat(size);
      const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
      built.set(
        size,
        Array.from({ length: 500 }, () => ({
          kind: "track",
          start: 0,
          artist: name,
          song: name,
          span,
        })),
      );
    }
    return built.get(size);
  };
  return {
    reader: "tracklist_exclude",
    shape: "patterns of many stars and ?s against long names",
    size: 16_000,
    unit: "characters a name",
    run: (size) => excludeEntries(entries(size), HOSTILE_PATTERNS),
  };
}

export async function complexityCases(tempDir) {
  const { parseTracklist, excludeEntries } = await loadReaders(join(tempDir, "tracklist-readers"));
  return [...readerCases(parseTracklist), excludeCase(excludeEntries)];
}

function readerCases(parseTracklist) {
  return HOSTILE_SHAPES.map((shape) => {
    const built = new Map();
    const input = (size) => {
      if (!built.has(size)) built.set(size, shape.build(size, BENCH_LINES));
      return built.get(size);
    };
    return {
      reader: `tracklist, ${shape.reader}`,
      shape: shape.shape,
      size: SIZE_OF_SHAPE[shape.shape] ?? SIZES[shape.unit],
      unit: shape.unit,
      run(size) {
        const { file, bytes } = input(size);
        parseTracklist(bytes, file);
      },
    };
  });
}
