// Complexity cases for the cloudcast format (issue 19, point 1): parseCloudcast — the fast reader,
// the yaml package behind its guards, and the checks of every field — and the fast reader alone,
// each on the inputs that would make a backtracking pattern or a rescanning loop quadratic: long
// runs of spaces, digits, colons, quotes and comment lines, at n and 2n. A cloudcast file is at
// most 1 MiB, so 2n stays under it; the shapes themselves are shared with the hang-guard test
// (__tests__/cloudcast/linear.test.ts) through scripts/bench/yaml-shapes.mjs.
import { join } from "node:path";
import { YAML_SHAPES } from "./yaml-shapes.mjs";
import { importBundled } from "./common.mjs";

async function loadReaders(dir) {
  return importBundled("scripts/bench/yaml-entry.ts", dir);
}

/**
 * Builds each input once per size, outside the timing (in the warm-up), and keeps only the last
 * one: inputs of every shape kept alive would grow the heap each garbage collection walks.
 */
function cachedBySize(make) {
  let last;
  return (size) => {
    if (last?.size !== size) last = { size, text: make(size) };
    return last.text;
  };
}

export async function complexityCases(tempDir) {
  const readers = await loadReaders(join(tempDir, "yaml-readers"));
  return YAML_SHAPES.map((shape) => {
    const input = cachedBySize(shape.make);
    const read =
      shape.reader === "fast"
        ? (text) => readers.parseFastYaml(text)
        : (text) => readers.parseCloudcast(text, "shape.yml");
    return {
      reader: shape.reader === "fast" ? "YAML fast reader" : "parseCloudcast",
      shape: shape.name,
      size: shape.size,
      unit: shape.unit,
      // All in this process and synchronous: CPU time, which other jobs on the machine do not inflate.
      clock: "cpu",
      run: (size) => {
        const text = input(size);
        for (let i = 0; i < (shape.repeat ?? 1); i++) read(text);
      },
    };
  });
}
