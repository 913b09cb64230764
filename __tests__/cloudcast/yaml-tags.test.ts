import { describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { problemsOf } from "./support.js";

// A cloudcast is plain maps, lists and scalars: every YAML tag beyond the core schema's is an
// error at the tag itself. The YAML 1.1 collection tags (`!!omap`, `!!pairs`, `!!set`) used to
// reach the tree as values that are neither and crashed the run with "node.items is not iterable".

describe("YAML tags the format does not use", () => {
  it.each([
    ["!!omap on a block list", "title: A\ntags: !!omap\n- a: 1\n", "2:7", "!!omap"],
    ["!!omap on a flow list", "title: B\ntags: !!omap [a: 1]\n", "2:7", "!!omap"],
    ["a whole file tagged !!pairs", "--- !!pairs\n- title: C\n", "1:5", "!!pairs"],
    ["!!pairs in a section", "title: C\ntracks:\n  - !!pairs\n    - start: 0\n", "3:5", "!!pairs"],
    ["!!set", "title: D\ntags: !!set {a, b}\n", "2:7", "!!set"],
    ["!!binary", "title: E\ndesc: !!binary aGVsbG8=\n", "2:7", "!!binary"],
    ["!!merge", "title: E\ndesc: !!merge x\n", "2:7", "!!merge"],
    ["a custom tag", "title: F\ndesc: !shout loud\n", "2:7", "!shout"],
    [
      "a verbatim tag",
      "title: F\ndesc: !<tag:example.com,2026:x> y\n",
      "2:7",
      "!<tag:example.com,2026:x>",
    ],
    [
      "!!omap under a %YAML 1.1 directive, whose schema would resolve it",
      "%YAML 1.1\n---\ntitle: G\ntags: !!omap\n- a: 1\n",
      "4:7",
      "!!omap",
    ],
  ])("%s: an error at the tag", (_, text, at, tag) => {
    const problems = problemsOf(text);
    expect(problems).toEqual([
      {
        at,
        rule: "yaml-tag",
        message: `the YAML tag ${tag} is not one a cloudcast uses: remove the tag, a cloudcast needs none`,
      },
    ]);
  });

  it("still takes the core schema's tags and an explicit !!timestamp", () => {
    const text =
      "title: !!str 2026\ndesc: !!str Night\ntags: !!seq [a]\npublish_date: !!timestamp 2030-06-01 22:00:00+02:00\n";
    const parsed = parseCloudcast(text, "f.yml");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.cloudcast).toMatchObject({ title: "2026", tags: ["a"] });
  });

  it("leaves a plain date as text, as before", () => {
    expect(problemsOf("title: x\npublish_date: 2030-06-01\n").map((p) => p.rule)).toEqual([
      "publish-date-time",
    ]);
  });
});
