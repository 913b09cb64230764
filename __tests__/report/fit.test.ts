import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitToLimit } from "../../src/report/fit.js";

/** A report shaped like the real ones: a head, groups of lines, a note of what was left out. */
function renderer(groups: readonly (readonly string[])[]) {
  return (shown: readonly number[]): string => {
    const lines = ["# Head", ""];
    groups.forEach((group, i) => lines.push(`## Group ${i}`, ...group.slice(0, shown[i]), ""));
    const omitted = groups.map((g, i) => g.length - (shown[i] ?? 0)).filter((n) => n > 0);
    if (omitted.length > 0) lines.push(`… and ${omitted.join(" and ")} more not shown`);
    lines.push("footer");
    return lines.join("\n");
  };
}

describe("fitToLimit", () => {
  it("returns the whole report when it fits", () => {
    const groups = [["a", "b"], ["c"]];
    const render = renderer(groups);
    expect(fitToLimit({ groups, render, limit: 1000, measure: (t) => t.length })).toBe(
      render([2, 1]),
    );
  });

  it("shares the room fairly: a huge group does not starve a small one", () => {
    const groups = [
      Array.from({ length: 100 }, () => "r".repeat(50)),
      Array.from({ length: 10_000 }, () => "p".repeat(50)),
    ];
    const text = fitToLimit({
      groups,
      render: renderer(groups),
      limit: 5_000,
      measure: (t) => t.length,
    });
    const rows = text.split("\n").filter((l) => l.startsWith("r")).length;
    const problems = text.split("\n").filter((l) => l.startsWith("p")).length;
    expect(rows).toBeGreaterThan(40);
    expect(problems).toBeGreaterThan(40);
    expect(text.length).toBeLessThanOrEqual(5_000);
  });

  it("gives a small group all it needs and the rest to the others", () => {
    const groups = [["n1", "n2"], Array.from({ length: 1000 }, (_, i) => `row ${i}`)];
    const text = fitToLimit({
      groups,
      render: renderer(groups),
      limit: 2_000,
      measure: (t) => t.length,
    });
    expect(text).toContain("n1\nn2\n");
    expect(text.length).toBeLessThanOrEqual(2_000);
    expect(text.length).toBeGreaterThan(1_900);
  });

  it("serves tiers in order: a later tier gets only what the earlier ones leave", () => {
    const groups = [
      Array.from({ length: 20 }, (_, i) => `problem ${i}`),
      Array.from({ length: 20 }, (_, i) => `change ${i} `.padEnd(100, "c")),
      Array.from({ length: 20 }, (_, i) => `tracklist ${i} `.padEnd(1000, "t")),
    ];
    const text = fitToLimit({
      groups,
      render: renderer(groups),
      limit: 4_000,
      measure: (t) => t.length,
      tiers: [0, 1, 2],
    });
    const count = (prefix: string) => text.split("\n").filter((l) => l.startsWith(prefix)).length;
    expect(count("problem")).toBe(20);
    expect(count("change")).toBe(20);
    // Fair shares would have given the tracklists a third; as the last tier they get the rest.
    expect(count("tracklist")).toBe(1);
    expect(text.length).toBeLessThanOrEqual(4_000);
  });

  it("leaves a later tier out entirely before cutting an earlier one", () => {
    const groups = [
      Array.from({ length: 30 }, (_, i) => `problem ${i} `.padEnd(100, "p")),
      Array.from({ length: 30 }, (_, i) => `tracklist ${i} `.padEnd(100, "t")),
    ];
    const text = fitToLimit({
      groups,
      render: renderer(groups),
      limit: 2_500,
      measure: (t) => t.length,
      tiers: [0, 1],
    });
    expect(text).not.toContain("tracklist");
    expect(text.split("\n").filter((l) => l.startsWith("problem")).length).toBeGreaterThan(20);
  });

  it("throws a RangeError when even the fixed text does not fit", () => {
    const groups = [["a"]];
    expect(() =>
      fitToLimit({ groups, render: renderer(groups), limit: 5, measure: (t) => t.length }),
    ).toThrow(/too small/);
  });

  it("always stays within the limit with whole leading entries (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 80, unit: "grapheme" }), { maxLength: 40 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 4000 }),
        (rawGroups, extra) => {
          const groups = rawGroups.map((g, i) =>
            g.map((s, j) => `• ${i}.${j} ${s.replace(/\n/g, " ")}`),
          );
          const render = renderer(groups);
          const measure = (t: string) => Buffer.byteLength(t, "utf8");
          const limit = measure(render(groups.map(() => 0))) + extra;
          const text = fitToLimit({ groups, render, limit, measure });
          expect(measure(text)).toBeLessThanOrEqual(limit);
          const shown = text.split("\n").filter((l) => l.startsWith("• "));
          // Each group shows its first entries, whole and in order: a prefix of itself.
          groups.forEach((group, i) => {
            const ofGroup = shown.filter((l) => l.startsWith(`• ${i}.`));
            expect(ofGroup).toEqual(group.slice(0, ofGroup.length));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
