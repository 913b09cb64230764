// Warnings as an outcome of their own in the reports: counted apart from problems, listed at
// their line, and never turning a file into a failure.
import { describe, expect, it } from "vitest";
import { renderComment, renderSummary } from "../../src/report/index.js";
import { diagnostic, report, result, warning } from "./fixtures.js";

const lines = (text: string): string[] => text.split("\n");
const warningItems = (text: string): string[] =>
  lines(text).filter((l) => l.trimStart().startsWith("- ⚠️"));

const withWarnings = report({
  dryRun: true,
  eventName: "pull_request",
  results: [
    result({
      file: "cloudcasts/a.yml",
      title: "A",
      warnings: [
        warning({ file: "cloudcasts/a.yml" }),
        warning({
          file: "cloudcasts/a.yml",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          rule: "show-too-short",
          message: "the audio is 9:12 long: Mixcloud has refused shows shorter than 15 minutes",
        }),
      ],
    }),
    result({ file: "cloudcasts/b.yml", title: "B" }),
  ],
});

describe("warnings in the job summary", () => {
  const summary = renderSummary(withWarnings);

  it("counts them under the heading and says they do not stop publishing", () => {
    expect(summary).toContain("⚠️ **2 warnings**");
    expect(summary).toContain("Warnings do not stop publishing");
    expect(summary).not.toContain("invalid**");
  });

  it("lists each at file:line:col in a section of its own, not among the problems", () => {
    expect(summary).toContain("### Warnings");
    expect(summary).not.toContain("### Problems");
    expect(warningItems(summary)).toEqual([
      expect.stringMatching(/^- ⚠️ `cloudcasts\/a\.yml:22:5` — the 5th track by "Moodymann"/),
      expect.stringMatching(/^- ⚠️ `cloudcasts\/a\.yml:1:1` — the audio is 9:12 long/),
    ]);
  });

  it("keeps problems and warnings apart when a file has both", () => {
    const both = renderSummary(
      report({
        results: [
          result({ status: "invalid", diagnostics: [diagnostic()], warnings: [warning()] }),
        ],
      }),
    );
    const problems = both.split("### Problems")[1]?.split("### Warnings")[0] ?? "";
    expect(problems).toContain("Unknown key");
    expect(problems).not.toContain("Moodymann");
    expect(both.split("### Warnings")[1]).toContain("Moodymann");
    expect(both).toContain("⚠️ **1 warning**");
  });

  it("says nothing of warnings when there are none", () => {
    const none = renderSummary(report({ results: [result()] }));
    expect(none).not.toContain("⚠️");
    expect(none).not.toContain("### Warnings");
  });

  it("leaves warnings out, with a note, rather than pass the size limit", () => {
    const many = Array.from({ length: 2000 }, (_, i) => warning({ line: i + 1 }));
    const big = renderSummary(report({ results: [result({ warnings: many })] }), {
      maxBytes: 20_000,
    });
    expect(Buffer.byteLength(big, "utf8")).toBeLessThanOrEqual(20_000);
    expect(big).toMatch(/\d+ more warnings not shown/);
    expect(big).toContain("⚠️ **2000 warnings**");
  });
});

describe("warnings in the PR comment", () => {
  const comment = renderComment(withWarnings);

  it("counts them under the heading", () => {
    expect(comment).toContain("⚠️ **2 warnings**");
  });

  it("lists them under their file, at file:line", () => {
    const entryA = comment.split("\n- ")[1] ?? "";
    expect(entryA).toMatch(/^🔍 ready — A/);
    expect(warningItems(entryA)).toEqual([
      expect.stringMatching(/^ {2}- ⚠️ `cloudcasts\/a\.yml:22` — the 5th track by "Moodymann"/),
      expect.stringMatching(/^ {2}- ⚠️ `cloudcasts\/a\.yml:1` — the audio is 9:12 long/),
    ]);
  });

  it("shows at most 10 a file and points at the summary for the rest", () => {
    const many = Array.from({ length: 14 }, (_, i) => warning({ line: i + 1 }));
    const text = renderComment(report({ results: [result({ warnings: many })] }));
    expect(warningItems(text)).toHaveLength(10);
    expect(text).toContain("… and 4 more warnings (see the job summary)");
  });
});
