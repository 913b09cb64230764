// Hang guards for the cloudcast format (issue 19, point 1): every adversarial shape of the
// complexity check (scripts/bench/yaml-shapes.mjs) at the largest size it is timed at, which
// comes close to the 1 MiB a file may hold. Linear work reads each in well under a second;
// backtracking over one of these runs would take minutes, and the timeout stops it. The timeout
// is a hang guard only: how long each takes is measured by `npm run bench`, never asserted here.
import { describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { parseFastYaml } from "../../src/cloudcast/yaml-fast.js";
import { YAML_SHAPES } from "../../scripts/bench/yaml-shapes.mjs";

const HANG_GUARD = 60_000;

describe("every reader of the format on its adversarial shapes", () => {
  const cloudcast = YAML_SHAPES.filter((s) => s.reader === "cloudcast");
  const fast = YAML_SHAPES.filter((s) => s.reader === "fast");

  it.each(cloudcast.map((s) => [s.name, s] as const))(
    "parseCloudcast: %s — a cloudcast or diagnostics, in linear time",
    { timeout: HANG_GUARD },
    (_, shape) => {
      const text = shape.make(shape.size * 2);
      const parsed = parseCloudcast(text, "shape.yml");
      expect(parsed.cloudcast !== undefined || parsed.diagnostics.length > 0).toBe(true);
    },
  );

  it.each(fast.map((s) => [s.name, s] as const))(
    "the fast reader: %s — a tree or a hand-over, in linear time",
    { timeout: HANG_GUARD },
    (_, shape) => {
      const tree = parseFastYaml(shape.make(shape.size * 2));
      expect(tree === undefined || ["map", "seq", "scalar"].includes(tree.kind)).toBe(true);
    },
  );
});
