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

/** Chapters of one name each, built once by size. */
function namesOf(built, count, size, name) {
  const key = `${count}:${size}`;
  if (!built.has(key)) {
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const chapter = name(size);
    built.set(
      key,
      Array.from({ length: count }, () => ({ kind: "chapter", start: 0, chapter, span })),
    );
  }
  return built.get(key);
}

function excludeCase(excludeEntries) {
  const built = new Map();
  return {
    reader: "tracklist_exclude",
    shape: "patterns of many stars and ?s against long names",
    // The 2n names stay within the 500 characters a pattern is matched against.
    size: 240,
    unit: "characters a name",
    run: (size) =>
      excludeEntries(
        namesOf(built, 5_000, size, (n) => "a".repeat(n)),
        HOSTILE_PATTERNS,
      ),
  };
}

/**
 * The number of patterns grows: each reads every name once, so the work is linear in their
 * number, and capped at 100 (n = 50 and 2n = 100, the cap). The names end in `z` and hold no
 * `q`, so `*q?*z` reads each whole: the shape that took 65 s against 60 KB names.
 */
function excludeCountCase(excludeEntries) {
  const built = new Map();
  const names = namesOf(built, 2_000, 499, (n) => `${"a".repeat(n)}z`);
  return {
    reader: "tracklist_exclude",
    shape: "more patterns, each reading every name whole",
    size: 50,
    unit: "patterns",
    clock: "cpu",
    run: (size) =>
      excludeEntries(
        names,
        Array.from({ length: size }, () => "*q?*z"),
      ),
  };
}

export async function complexityCases(tempDir) {
  const { parseTracklist, excludeEntries } = await loadReaders(join(tempDir, "tracklist-readers"));
  return [
    ...readerCases(parseTracklist),
    excludeCase(excludeEntries),
    excludeCountCase(excludeEntries),
  ];
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
