import { describe, expect, it } from "vitest";
import { renderSummary, type RunReport } from "../../src/report/index.js";
import type { FileResult } from "../../src/results.js";
import {
  HOSTILE_TITLES,
  cellSeparators,
  diagnostic,
  hasUnsafeChar,
  mixedResults,
  report,
  result,
  splitCodeSpans,
} from "./fixtures.js";
import { sanitizeText } from "../../src/report/text.js";

const lines = (text: string): string[] => text.split("\n");
const tableRows = (text: string): string[] => lines(text).filter((l) => l.startsWith("| "));
const problemItems = (text: string): string[] =>
  lines(text).filter((l) => l.startsWith("- ") && !l.startsWith("- ℹ️"));
const bytes = (text: string): number => Buffer.byteLength(text, "utf8");

describe("renderSummary", () => {
  it("says a publishing run's counts and has one row per file", () => {
    const text = renderSummary(report({ results: mixedResults() }));
    expect(lines(text).slice(0, 5)).toEqual([
      "## 🎧 Mixcloud publish",
      "",
      "**7 files**: 2 ✅ published · 1 ✏️ updated · 1 💤 unchanged · 1 ⏭️ skipped · 1 💥 failed · 1 ❌ invalid",
      "",
      "**1 file is invalid**, so nothing was published: fix the problems below and run again.",
    ]);
    expect(tableRows(text)).toEqual([
      "| Status | Title | File | Tags | Tracks | Duration | Audio | Picture |",
      "| --- | --- | --- | --- | ---: | ---: | --- | --- |",
      "| ✅ published | [A](https://www.mixcloud.com/dj/a/) | `cloudcasts/a.yml` | house, techno | 12 | 1:02:03 | 48.2 MB mp3 | 120 kB jpeg |",
      "| ✏️ updated | [B](https://www.mixcloud.com/dj/b/) | `cloudcasts/b.yml` | house, techno | 12 | 1:02:03 | 48.2 MB mp3 | 120 kB jpeg |",
      "| 💤 unchanged | [C](https://www.mixcloud.com/dj/c/) | `cloudcasts/c.yml` | house, techno | 12 | 1:02:03 | 48.2 MB mp3 | 120 kB jpeg |",
      "| ⏭️ skipped | [D](https://www.mixcloud.com/dj/d/) | `cloudcasts/d.yml` | house, techno | 12 | 1:02:03 | 48.2 MB mp3 | 120 kB jpeg |",
      "| 💥 failed | E | `cloudcasts/e.yml` | house, techno | 12 | 1:02:03 | 48.2 MB mp3 | 120 kB jpeg |",
      "| ❌ invalid | *(no title)* | `cloudcasts/f.yml` | — | — | — | — | — |",
      "| ✅ published | [G](https://www.mixcloud.com/dj/g/) | `cloudcasts/g.yml` | house, techno | 12 | 1:02:03 | 48.2 MB mp3 | 120 kB jpeg |",
    ]);
  });

  it("lists problems as file:line:col — message, failures by file", () => {
    const text = renderSummary(report({ results: mixedResults() }));
    const problems = lines(text).slice(lines(text).indexOf("### Problems"));
    expect(problems.slice(0, 5)).toEqual([
      "### Problems",
      "",
      "- `cloudcasts/e.yml` — Mixcloud answered 500 three times\\.",
      "- `cloudcasts/f.yml:1:1` — \\`title\\` is required\\.",
      '- `cloudcasts/f.yml:4:3` — Unknown key "titel"; did you mean "title"?',
    ]);
  });

  it("ends with the event, repository, short commit and a link to the run", () => {
    const text = renderSummary(report({ results: mixedResults() }));
    expect(lines(text).at(-2)).toBe(
      "<sub>Event: push · octo/shows · commit 0123456 · [workflow run](https://github.com/octo/shows/actions/runs/42)</sub>",
    );
  });

  it("says a dry run uploaded nothing, and what invalid files mean then", () => {
    const text = renderSummary(
      report({
        dryRun: true,
        eventName: "pull_request",
        results: [
          result(),
          result({ file: "x.yml", status: "invalid", diagnostics: [diagnostic()] }),
        ],
      }),
    );
    expect(lines(text).slice(0, 7)).toEqual([
      "## 🎧 Mixcloud publish — dry run",
      "",
      "Dry run: nothing was uploaded. The cloudcasts were validated and their media checked.",
      "",
      "**2 files**: 1 🔍 ready · 1 ❌ invalid",
      "",
      "**1 file is invalid**: fix the problems below, or nothing will be published.",
    ]);
    expect(text).not.toContain("Published");
  });

  it("shows an em dash for what is not known, and a picture only when there is one", () => {
    const bare = result({
      title: "Bare",
      details: { tags: [], tracks: 0, audio: { source: "https://x.test/a.mp3" } },
    });
    expect(tableRows(renderSummary(report({ results: [bare] })))[2]).toBe(
      "| 🔍 ready | Bare | `cloudcasts/show.yml` | — | 0 | — | — | — |",
    );
  });

  it("lists notices as text", () => {
    const text = renderSummary(
      report({ results: [result()], notices: ["Deleted cloudcasts/old.yml: <nothing> removed"] }),
    );
    expect(lines(text)).toContain("- ℹ️ Deleted cloudcasts/old\\.yml: &lt;nothing&gt; removed");
  });

  it("says there is nothing to publish when no file was selected", () => {
    const text = renderSummary(report({ nothingSelected: true, notices: ["Deleted a.yml"] }));
    expect(text).toContain("No cloudcast file changed, so there is nothing to publish.");
    expect(tableRows(text)).toEqual([]);
    expect(text).not.toContain("### Problems");
    expect(text).not.toContain("**0 files**");
  });

  it("renders hostile titles, tags and file names as text, one row each", () => {
    const results = HOSTILE_TITLES.map((title, i) =>
      result({
        title,
        file: `cloudcasts/${title}${i}.yml`,
        url: `https://www.mixcloud.com/dj/x${i}/`,
        details: { tags: [title], tracks: 1 },
      }),
    );
    const text = renderSummary(report({ results }));
    const rows = tableRows(text);
    expect(rows).toHaveLength(2 + HOSTILE_TITLES.length);
    for (const row of rows) expect(cellSeparators(row)).toBe(9);
    expect(hasUnsafeChar(text)).toBe(false);
    // File names are code spans, which show their text as it is; outside them, the only HTML is
    // our own footer, nothing from a title opens a tag or a comment, and no backtick is bare.
    const { spans, outside } = splitCodeSpans(text);
    expect(outside.replace(/<\/?sub>/g, "")).not.toMatch(/[<>]/);
    expect(outside).not.toMatch(/(^|[^\\])`/);
    expect(text).not.toMatch(/^::/m);
    // In a table cell `\|` is GFM's literal pipe, also inside a code span.
    expect(spans.map((span) => span.replace(/\\\|/g, "|"))).toEqual(
      HOSTILE_TITLES.map((title, i) => sanitizeText(`cloudcasts/${title}${i}.yml`)),
    );
    expect(text).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(text).toContain("[\\| a \\| b \\|](https://www.mixcloud.com/dj/x0/)");
    expect(text).toContain("line one line two \\| x \\|");
  });

  it("escapes hostile diagnostic messages and does not let them break the list", () => {
    const messages = ["a\nb", "<script>x</script>", "| c |", "\u202eevil"];
    const text = renderSummary(
      report({
        results: [
          result({
            status: "invalid",
            diagnostics: messages.map((message) => diagnostic({ message })),
          }),
        ],
      }),
    );
    expect(problemItems(text)).toEqual([
      "- `cloudcasts/bad.yml:3:5` — a b",
      "- `cloudcasts/bad.yml:3:5` — &lt;script&gt;x&lt;/script&gt;",
      "- `cloudcasts/bad.yml:3:5` — \\| c \\|",
      "- `cloudcasts/bad.yml:3:5` — \uFFFDevil",
    ]);
  });

  describe("size limit", () => {
    /** 500 files with long titles, half invalid with 10 long problems each: megabytes in full. */
    function hugeReport(): RunReport {
      const results: FileResult[] = Array.from({ length: 500 }, (_, i) =>
        result({
          file: `cloudcasts/show-${String(i).padStart(3, "0")}.yml`,
          status: i % 2 === 0 ? "invalid" : "dry-run",
          title: `${i} ${"<@|".repeat(100)}`,
          diagnostics:
            i % 2 === 0
              ? Array.from({ length: 10 }, (_, j) =>
                  diagnostic({
                    file: `cloudcasts/show-${i}.yml`,
                    line: j + 1,
                    message: `${j} ${"<&".repeat(300)}`,
                  }),
                )
              : [],
        }),
      );
      return report({ dryRun: true, results });
    }

    function noteCounts(text: string): { files: number; problems: number } {
      const match =
        /^\*… and (?:(\d+) more files?)?(?: and )?(?:(\d+) more problems?)? not shown \(see the `results` output and the log\)\.\*$/m.exec(
          text,
        );
      if (match === null) throw new Error("no truncation note");
      return { files: Number(match[1] ?? 0), problems: Number(match[2] ?? 0) };
    }

    it.each([1_000_000, 60_000])(
      "stays within %i bytes by whole rows and problems, with a note",
      (maxBytes) => {
        const huge = hugeReport();
        const full = renderSummary(huge, { maxBytes: 100_000_000 });
        expect(bytes(full)).toBeGreaterThan(maxBytes);

        const text = renderSummary(huge, { maxBytes });
        expect(bytes(text)).toBeLessThanOrEqual(maxBytes);

        const rows = tableRows(text);
        const fullRows = tableRows(full);
        const problems = problemItems(text);
        const fullProblems = problemItems(full);
        // Whole rows and problems only, the first ones, each exactly as in the full summary.
        expect(rows).toEqual(fullRows.slice(0, rows.length));
        expect(problems).toEqual(fullProblems.slice(0, problems.length));
        // Both kinds get room: problems do not crowd out the table.
        expect(rows.length).toBeGreaterThan(2);
        expect(problems.length).toBeGreaterThan(0);

        const omitted = noteCounts(text);
        expect(omitted.files).toBe(500 - (rows.length - 2));
        expect(omitted.problems).toBe(fullProblems.length - problems.length);
        expect(lines(text).at(-2)).toMatch(/^<sub>Event: push/);
      },
    );

    it("is untouched when it fits", () => {
      const small = report({ results: mixedResults() });
      expect(renderSummary(small, { maxBytes: 10_000 })).toBe(renderSummary(small));
      expect(renderSummary(small)).not.toContain("not shown");
    });

    it("refuses a limit too small for its fixed text", () => {
      expect(() => renderSummary(hugeReport(), { maxBytes: 100 })).toThrow(RangeError);
    });
  });
});
