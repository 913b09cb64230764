import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, parseCloudcast } from "../../src/cloudcast/index.js";
import { EXAMPLES, expectedRules, fixtureNames, readFixture } from "./support.js";

describe("the fixture corpus", () => {
  it.each(fixtureNames("valid"))("valid/%s has no problems", (name) => {
    const parsed = parseCloudcast(readFixture("valid", name), `valid/${name}`);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.cloudcast?.title).toBeTruthy();
  });

  it.each(fixtureNames("invalid"))("invalid/%s reports exactly the rules it declares", (name) => {
    const bytes = readFixture("invalid", name);
    const parsed = parseCloudcast(bytes, `invalid/${name}`);
    expect(parsed.cloudcast).toBeUndefined();
    expect([...new Set(parsed.diagnostics.map((d) => d.rule))].sort()).toEqual(
      [...new Set(expectedRules(bytes))].sort(),
    );
  });

  it("exercises every rule of the format (the four left out are tested where they arise)", () => {
    const covered = new Set(
      fixtureNames("invalid").flatMap((name) => expectedRules(readFixture("invalid", name))),
    );
    // In hostile.test.ts, tracklist/hang-guard.test.ts and commands/validate.test.ts: a fixture of
    // them would be huge or unreadable.
    const elsewhere = ["file-too-large", "too-many-problems", "too-many-warnings", "read-error"];
    expect(
      Object.keys(RULES)
        .filter((rule) => !covered.has(rule))
        .sort(),
    ).toEqual(elsewhere.sort());
    for (const rule of covered) expect(Object.keys(RULES)).toContain(rule);
  });
});

describe("examples/", () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith(".yml"));

  it("holds the seed example verbatim and a few more", () => {
    // valid/seed-example.yml is the seed's example.yml as shipped; the example must not drift from it.
    expect(readFileSync(join(EXAMPLES, "sample-and-funky.yml"))).toEqual(
      readFixture("valid", "seed-example.yml"),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)("%s validates", (name) => {
    const parsed = parseCloudcast(readFileSync(join(EXAMPLES, name)), `examples/${name}`);
    expect(parsed.diagnostics).toEqual([]);
  });
});
