import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES, parseCloudcast } from "../../src/cloudcast/index.js";
import type { ParsedCloudcast } from "../../src/cloudcast/index.js";
import { firstInvalidUtf8 } from "../../src/cloudcast/source.js";
import { nearlySimpleDocument, yamlishDocument } from "./arbitraries.js";
import { readFixture } from "./support.js";

const SEED = readFixture("valid", "seed-example.yml").toString("utf8");

/** The lines of a source as the diagnostics count them: decoded (lossily), BOM dropped, split at LF. */
function linesOf(source: string | Uint8Array): string[] {
  const text =
    typeof source === "string" ? source.replace(/^\uFEFF/, "") : new TextDecoder().decode(source);
  return text.split("\n");
}

/** What must hold for any input: an answer (never a throw), and diagnostics placed inside the file. */
function wellFormed(source: string | Uint8Array): ParsedCloudcast {
  const parsed = parseCloudcast(source, "any.yml");
  expect(parsed.cloudcast === undefined).toBe(parsed.diagnostics.length > 0);
  const lines = linesOf(source);
  for (const d of parsed.diagnostics) {
    expect(d.file).toBe("any.yml");
    expect(Object.keys(RULES)).toContain(d.rule);
    expect(d.message.length).toBeGreaterThan(10);
    // One line per problem in `file:line:col: message (rule)` output.
    expect(d.message).not.toMatch(/[\r\n]/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.endLine).toBeLessThanOrEqual(lines.length);
    expect(d.endColumn).toBeLessThanOrEqual((lines[d.endLine - 1]?.length ?? 0) + 1);
    if (d.endLine === d.line) expect(d.endColumn).toBeGreaterThanOrEqual(d.column);
  }
  for (const span of Object.values(parsed.spans)) {
    expect(span.line).toBeGreaterThanOrEqual(1);
    expect(span.endLine).toBeLessThanOrEqual(lines.length);
  }
  return parsed;
}

/** Edits of the seed file: characters inserted, deleted or replaced; lines duplicated, dropped, re-indented. */
const mutatedSeed = fc
  .array(
    fc.oneof(
      fc.tuple(
        fc.constant("insert" as const),
        fc.nat(),
        fc.constantFrom(..." :-#'\"[]{}&*!|>\t\n\r\0é"),
      ),
      fc.tuple(fc.constant("delete" as const), fc.nat(), fc.constant("")),
      fc.tuple(fc.constant("replace" as const), fc.nat(), fc.constantFrom(..." :-#'\"x9\n")),
      fc.tuple(fc.constant("duplicate-line" as const), fc.nat(), fc.constant("")),
      fc.tuple(fc.constant("drop-line" as const), fc.nat(), fc.constant("")),
      fc.tuple(fc.constant("indent-line" as const), fc.nat(), fc.constantFrom(" ", "  ", "\t")),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((edits) => {
    let text = SEED;
    for (const [kind, n, c] of edits) {
      const at = n % (text.length + 1);
      const lines = text.split("\n");
      const line = n % lines.length;
      if (kind === "insert") text = text.slice(0, at) + c + text.slice(at);
      else if (kind === "delete") text = text.slice(0, at) + text.slice(at + 1);
      else if (kind === "replace") text = text.slice(0, at) + c + text.slice(at + 1);
      else if (kind === "duplicate-line")
        text = [...lines.slice(0, line + 1), ...lines.slice(line)].join("\n");
      else if (kind === "drop-line")
        text = [...lines.slice(0, line), ...lines.slice(line + 1)].join("\n");
      else
        text = [...lines.slice(0, line), c + (lines[line] ?? ""), ...lines.slice(line + 1)].join(
          "\n",
        );
    }
    return text;
  });

describe("any input", () => {
  it("random text gives a cloudcast or diagnostics inside the file", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => void wellFormed(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => void wellFormed(s)),
      { numRuns: 500 },
    );
  });

  it("random bytes give diagnostics inside the file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => void wellFormed(b)),
      { numRuns: 500 },
    );
  });

  it("random YAML-ish documents give a cloudcast or diagnostics inside the file", () => {
    fc.assert(
      fc.property(yamlishDocument, (s) => void wellFormed(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(nearlySimpleDocument, (s) => void wellFormed(s)),
      { numRuns: 300 },
    );
  });

  it("mutations of the seed give a cloudcast or diagnostics inside the file, the same each time", () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const first = wellFormed(text);
        expect(parseCloudcast(Buffer.from(text), "any.yml")).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the UTF-8 check", () => {
  it("finds a bad byte exactly when the platform's strict decoder refuses the bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc.string({ unit: "binary" }).map((s) => Buffer.from(s)),
        ),
        (bytes) => {
          let valid = true;
          try {
            new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          } catch {
            valid = false;
          }
          const bad = firstInvalidUtf8(bytes);
          expect(bad === bytes.length).toBe(valid);
          if (!valid) {
            // Everything before the reported byte decodes; the byte itself starts no valid sequence.
            expect(() =>
              new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bad)),
            ).not.toThrow();
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
