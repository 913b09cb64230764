import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { EXAMPLES, fixtureNames, readFixture } from "./support.js";

const schema = JSON.parse(
  readFileSync(new URL("../../schema/cloudcast.schema.json", import.meta.url), "utf8"),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);

/**
 * What the schema can see of a file: the JSON value of its YAML. Files that have none — YAML
 * that cannot be read, a second document, an alias bomb, bytes that are not UTF-8 — are the
 * validator's alone.
 */
function jsonOf(bytes: Buffer): { value: unknown } | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return undefined;
  }
}

/** Files with no JSON value for the schema to check (see jsonOf). */
const YAML_LEVEL = [
  "invalid/alias-limit.yml",
  "invalid/alias-undefined.yml",
  "invalid/duplicate-key.yml",
  "invalid/invalid-utf8.yml",
  "invalid/multiple-documents.yml",
  "invalid/yaml-syntax.yml",
  "invalid/yaml-tag.yml",
];

/** Where schema and validator disagree by design: rules JSON Schema cannot state. */
const BEYOND_THE_SCHEMA: Record<string, string> = {
  "invalid/tag-duplicate.yml": "uniqueItems compares exactly; tags are duplicates ignoring case",
  "invalid/start-order.yml": "no keyword compares one array item with the one before it",
  "invalid/nul-byte.yml": "control characters belong to the file's text, not to its JSON value",
  "valid/path-normalised.yml":
    "a pattern cannot normalise a path: the schema refuses every `..`, the validator only those that leave the repository",
};

function corpus(): Array<{ name: string; bytes: Buffer }> {
  const fixtures = (["valid", "invalid"] as const).flatMap((kind) =>
    fixtureNames(kind).map((name) => ({ name: `${kind}/${name}`, bytes: readFixture(kind, name) })),
  );
  const examples = ["sample-and-funky.yml", "night-shift-042.yml", "deep-sessions-07.yml"].map(
    (name) => ({
      name: `examples/${name}`,
      bytes: readFileSync(`${EXAMPLES}${name}`),
    }),
  );
  return [...fixtures, ...examples];
}

describe("schema/cloudcast.schema.json", () => {
  it("is a valid JSON Schema 2020-12 document with a description on every property", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    for (const [key, property] of Object.entries(
      schema.properties as Record<string, { description?: string }>,
    )) {
      expect(property.description, key).toBeTruthy();
    }
  });

  it("lists exactly the keys of the format", async () => {
    const { CLOUDCAST_KEYS } = await import("../../src/cloudcast/index.js");
    expect(Object.keys(schema.properties).sort()).toEqual([...CLOUDCAST_KEYS].sort());
  });

  it("agrees with the validator on every fixture it can express, and the exceptions are exactly those listed", () => {
    const yamlLevel: string[] = [];
    const disagreements: string[] = [];
    for (const { name, bytes } of corpus()) {
      const validatorAccepts = parseCloudcast(bytes, name).diagnostics.length === 0;
      const json = jsonOf(bytes);
      if (json === undefined) {
        yamlLevel.push(name);
        expect(validatorAccepts, name).toBe(false);
        continue;
      }
      if (schemaAccepts(json.value) !== validatorAccepts) disagreements.push(name);
    }
    expect(yamlLevel.sort()).toEqual(YAML_LEVEL);
    expect(disagreements.sort()).toEqual(Object.keys(BEYOND_THE_SCHEMA).sort());
  });

  it.each([
    [
      "the seed example",
      { title: "t", tracks: [{ start: "1:25", artist: "a", track: "b" }] },
      true,
    ],
    ["a chapter", { title: "t", tracks: [{ start: 0, chapter: "c" }] }, true],
    ["h:mm:ss", { title: "t", tracks: [{ start: "10:02:03", chapter: "c" }] }, true],
    [
      "a mixed section",
      { title: "t", tracks: [{ start: 0, chapter: "c", artist: "a", track: "b" }] },
      false,
    ],
    ["minutes over 59", { title: "t", tracks: [{ start: "60:00", chapter: "c" }] }, false],
    ["a tracklist file", { title: "t", tracklist: "../exports/set.cue" }, true],
    ["a tracklist URL", { title: "t", tracklist: "https://example.com/set.cue" }, false],
    [
      "tracks and a tracklist",
      { title: "t", tracks: [{ start: 0, chapter: "c" }], tracklist: "set.cue" },
      false,
    ],
    [
      "tracks and tracklist_exclude",
      { title: "t", tracks: [{ start: 0, chapter: "c" }], tracklist_exclude: ["*jingle*"] },
      false,
    ],
    ["exclude patterns", { title: "t", tracklist_exclude: ["*jingle*", "ident*"] }, true],
    ["an https URL", { title: "t", audio: "https://example.com/a.mp3" }, true],
    ["http to loopback", { title: "t", audio: "http://127.0.0.1:8080/a.mp3" }, true],
    ["http to a private network", { title: "t", audio: "http://10.0.0.5/a.mp3" }, true],
    [
      "http elsewhere (refused by the URL policy)",
      { title: "t", audio: "http://example.com/a.mp3" },
      true,
    ],
    ["ftp", { title: "t", audio: "ftp://example.com/a.mp3" }, false],
    ["an absolute path", { title: "t", audio: "/a.mp3" }, false],
    ["a zone offset", { title: "t", publish_date: "2030-01-01 10:00:00 +01:00" }, true],
    ["no zone", { title: "t", publish_date: "2030-01-01T10:00:00" }, false],
  ])("on its own: %s → %s", (_name, value, accepted) => {
    expect(schemaAccepts(value)).toBe(accepted);
  });
});
