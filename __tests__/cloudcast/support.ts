import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCloudcast } from "../../src/cloudcast/index.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/cloudcasts/", import.meta.url));
export const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
export const SEED_PATH = join(EXAMPLES, "sample-and-funky.yml");

/** Names of the `.yml` files of a fixture folder (`valid` or `invalid`), sorted. */
export function fixtureNames(kind: "valid" | "invalid"): string[] {
  return readdirSync(join(FIXTURES, kind))
    .filter((name) => name.endsWith(".yml"))
    .sort();
}

export function readFixture(kind: "valid" | "invalid", name: string): Buffer {
  return readFileSync(join(FIXTURES, kind, name));
}

/** The rules an invalid fixture declares on its first line: `# expect: rule-a, rule-b`. */
export function expectedRules(bytes: Buffer): string[] {
  const first = bytes.subarray(0, bytes.indexOf(10)).toString("latin1");
  const match = /^# expect: (.+)$/.exec(first);
  if (!match?.[1]) throw new Error(`fixture without a "# expect:" line: ${first}`);
  return match[1].split(",").map((rule) => rule.trim());
}

/** The problems of a text as `line:column rule` strings plus messages, for compact assertions. */
export function problemsOf(source: string | Uint8Array) {
  return parseCloudcast(source, "test.yml").diagnostics.map((d) => ({
    at: `${d.line}:${d.column}`,
    rule: d.rule,
    message: d.message,
  }));
}
