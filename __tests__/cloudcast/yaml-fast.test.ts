import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFastYaml } from "../../src/cloudcast/yaml-fast.js";
import { parseFullYaml } from "../../src/cloudcast/yaml-full.js";
import {
  cleanDocument,
  nearlySimpleDocument,
  unusualKeyDocument,
  yamlishDocument,
} from "./arbitraries.js";

const SEED = readFileSync(new URL("../../examples/sample-and-funky.yml", import.meta.url), "utf8");

/** Whenever the fast reader accepts a text, the full parser must read exactly the same tree from it. */
function agrees(text: string): boolean {
  const fast = parseFastYaml(text);
  if (fast === undefined) return false;
  const full = parseFullYaml(text);
  expect(full.problems, JSON.stringify(text)).toEqual([]);
  expect(fast, JSON.stringify(text)).toEqual(full.root);
  return true;
}

describe("the fast YAML reader", () => {
  it("reads the seed example exactly as the yaml package does", () => {
    expect(agrees(SEED)).toBe(true);
    expect(agrees(SEED.replaceAll("\n", "\r\n"))).toBe(true);
  });

  it("reads every style of the clean documents, identically to the yaml package", () => {
    let accepted = 0;
    fc.assert(
      fc.property(cleanDocument, (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBe(300);
  });

  it("agrees with the yaml package on every nearly simple document it accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearlySimpleDocument, (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: a fair share of the generated documents goes through the fast reader.
    expect(accepted).toBeGreaterThan(300);
  });

  it("agrees with the yaml package on documents with resolved and long keys, giving up on the rest", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(unusualKeyDocument, (text) => {
        if (agrees(text)) accepted++;
        else refused++;
      }),
      { numRuns: 1000 },
    );
    // Both sides are exercised: spellings left as text and keys up to 1024 characters go through.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it("agrees with the yaml package on every hostile-looking document it accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(yamlishDocument, (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: about 15 % of these documents go through the fast reader (16 of 2,000 did
    // before the generator wrote most entries the way people lay them out).
    expect(accepted).toBeGreaterThan(200);
  });

  it.each([
    ["an empty flow list", "tags: []\n"],
    ["a blank flow list", "tags: [ ]\n"],
    ["a flow list and a comment", "tags: [a]  # c\n"],
    ["flow lists in a list", "x:\n  - [a, b]\n  - c\n"],
    ["numbers and booleans in a flow list", "title: x\r\ntags: [1, true, a b]\r\n"],
    ["a block scalar at the end without a line break", "desc: |\n  a\n  b"],
    ["a multi-line plain scalar in a list", "tags:\n  - a\n    b\n  - c\n"],
    ["quotes with doubled single quotes", "title: 'It''s on'\n"],
    ["keys spelled like booleans and null in a case YAML leaves as text", "tRUE: 1\nnulL: 2\n"],
    ["a key of 1024 characters, the most the yaml package allows", `${"k".repeat(1024)}: v\n`],
    ["a key of 1024 characters in a list", `x:\n  - ${"k".repeat(1024)}: v\n`],
  ])("takes %s, reading it as the yaml package does", (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ["a flow mapping", "tracks:\n  - {start: 0, chapter: c}\n"],
    ["a flow list over two lines", "tags: [a,\n  b]\n"],
    ["a flow list of quoted words", "tags: ['a', b]\n"],
    ["a nested flow list", "tags: [[a], b]\n"],
    ["a trailing comma", "tags: [a, b,]\n"],
    ["an anchor", "title: &t x\n"],
    ["a tab", "title:\tx\n"],
    ["an escape", 'title: "a\\nb"\n'],
    ["an empty value", "title:\n"],
    ["a duplicate key", "title: a\ntitle: b\n"],
    ["a second document", "title: a\n---\ntitle: b\n"],
    ["a null", "title: ~\n"],
    ["a float", "start: 1.5\n"],
    ["a keep-chomping block", "desc: |+\n  a\n"],
    ["an empty file", ""],
    ["a key YAML reads as true", "True: 3\n"],
    ["a key YAML reads as false", "FALSE: b\n"],
    ["a key YAML reads as null", "title: x\nNull: 0\n"],
    ["a key YAML reads as null, written ~", "~: x\n"],
    ["keys that are numbers", "1: a\n0x1F: b\n.inf: c\n"],
    ["two spellings of one resolved key", "True: 3\ntrue: o\n"],
    ["a resolved key inside a list", "tracks:\n  - start: 1\n    NULL: x\n"],
    ["a key longer than 1024 characters", `${"k".repeat(1025)}: v\n`],
    ["a key longer than 1024 characters in a list", `x:\n  - ${"k".repeat(1025)}: v\n`],
  ])("leaves %s to the full parser", (_name, text) => {
    expect(parseFastYaml(text)).toBeUndefined();
  });
});
