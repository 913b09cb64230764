import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/constants.js";
import { renderComment, type RunReport } from "../../src/report/index.js";
import type { FileResult } from "../../src/results.js";
import {
  HOSTILE_TITLES,
  diagnostic,
  hasUnsafeChar,
  mixedResults,
  report,
  result,
  splitCodeSpans,
} from "./fixtures.js";
import { sanitizeText } from "../../src/report/text.js";

const lines = (text: string): string[] => text.split("\n");
/** The first line of each file's list item. */
const entryHeads = (text: string): string[] => lines(text).filter((l) => l.startsWith("- "));

describe("renderComment", () => {
  it("starts with the hidden marker on a line of its own", () => {
    const text = renderComment(report({ results: mixedResults() }));
    expect(lines(text)[0]).toBe(COMMENT_MARKER);
    expect(COMMENT_MARKER).toMatch(/^<!--.*-->$/);
  });

  it("titles a dry run as a preview and says nothing was uploaded", () => {
    const text = renderComment(
      report({ dryRun: true, eventName: "pull_request", results: [result()] }),
    );
    expect(lines(text).slice(1, 6)).toEqual([
      "### 🎧 Mixcloud preview",
      "",
      "Dry run: nothing was uploaded. The cloudcasts were validated and their media checked.",
      "",
      "**1 file**: 1 🔍 ready",
    ]);
    expect(text).not.toContain("Published to Mixcloud");
  });

  it("titles a publishing run as published", () => {
    const text = renderComment(report({ results: mixedResults() }));
    expect(lines(text)[1]).toBe("### 🎧 Published to Mixcloud");
    expect(text).not.toContain("Dry run");
    expect(text).toContain(
      "**1 file is invalid**, so nothing was published: fix the problems below and run again.",
    );
  });

  it("gives each file its status, linked title, file, tags, tracks and audio", () => {
    const text = renderComment(report({ results: mixedResults() }));
    const published = lines(text).indexOf(
      "- ✅ published — [A](https://www.mixcloud.com/dj/a/) · `cloudcasts/a.yml`",
    );
    expect(published).toBeGreaterThan(0);
    expect(lines(text)[published + 1]).toBe(
      "  tags: house, techno · 12 tracks · duration 1:02:03 · audio 48.2 MB mp3 · picture 120 kB jpeg",
    );
    expect(entryHeads(text)).toEqual([
      "- ✅ published — [A](https://www.mixcloud.com/dj/a/) · `cloudcasts/a.yml`",
      "- ✏️ updated — [B](https://www.mixcloud.com/dj/b/) · `cloudcasts/b.yml`",
      "- 💤 unchanged — [C](https://www.mixcloud.com/dj/c/) · `cloudcasts/c.yml`",
      "- ⏭️ skipped — [D](https://www.mixcloud.com/dj/d/) · `cloudcasts/d.yml`",
      "- 💥 failed — E · `cloudcasts/e.yml`",
      "- ❌ invalid — *(no title)* · `cloudcasts/f.yml`",
      "- ✅ published — [G](https://www.mixcloud.com/dj/g/) · `cloudcasts/g.yml`",
    ]);
  });

  it("lists an invalid file's problems as file:line — message, and a failure's error", () => {
    const text = renderComment(report({ results: mixedResults() }));
    const all = lines(text);
    const invalid = all.indexOf("- ❌ invalid — *(no title)* · `cloudcasts/f.yml`");
    expect(all.slice(invalid + 1, invalid + 3)).toEqual([
      "  - `cloudcasts/f.yml:1` — \\`title\\` is required\\.",
      '  - `cloudcasts/f.yml:4` — Unknown key "titel"; did you mean "title"?',
    ]);
    const failed = all.indexOf("- 💥 failed — E · `cloudcasts/e.yml`");
    expect(all[failed + 2]).toBe("  - `cloudcasts/e.yml` — Mixcloud answered 500 three times\\.");
  });

  it("shows at most 10 problems per file and points to the summary for the rest", () => {
    const diagnostics = Array.from({ length: 25 }, (_, i) =>
      diagnostic({ line: i + 1, message: `Problem ${i + 1}.` }),
    );
    const text = renderComment(
      report({ results: [result({ status: "invalid", diagnostics, details: undefined })] }),
    );
    const problems = lines(text).filter((l) => l.startsWith("  - "));
    expect(problems).toHaveLength(11);
    expect(problems[9]).toBe("  - `cloudcasts/bad.yml:10` — Problem 10\\.");
    expect(problems[10]).toBe("  - *… and 15 more problems (see the job summary)*");
  });

  it("ends with the short commit, a link to the run and the event", () => {
    const text = renderComment(report({ results: [result()] }));
    expect(lines(text).slice(-3)).toEqual([
      "---",
      "<sub>Commit 0123456 · [workflow run](https://github.com/octo/shows/actions/runs/42) · event push</sub>",
      "",
    ]);
  });

  it("leaves out a commit or run link it was not given", () => {
    const text = renderComment(
      report({ results: [result()], sha: undefined, runUrl: undefined, eventName: "release" }),
    );
    expect(lines(text).at(-2)).toBe("<sub>event release</sub>");
  });

  it("says there is nothing to publish when no cloudcast file changed", () => {
    for (const nothing of [
      report({ nothingSelected: true, dryRun: true }),
      report({ results: [], dryRun: true }),
    ]) {
      const text = renderComment(nothing);
      expect(lines(text)[0]).toBe(COMMENT_MARKER);
      expect(text).toContain("No cloudcast file changed, so there is nothing to publish.");
      expect(text).toContain("`files` input");
      expect(entryHeads(text)).toEqual([]);
      expect(text).not.toMatch(/\*\*\d+ files?\*\*/);
    }
  });

  it("shows notices as quoted text", () => {
    const text = renderComment(
      report({
        results: [result()],
        notices: ["cloudcasts/old.yml was deleted; @dj, nothing was removed."],
      }),
    );
    expect(lines(text)).toContain(
      "> ℹ️ cloudcasts/old\\.yml was deleted; @&#8203;dj, nothing was removed\\.",
    );
  });

  it("renders hostile titles, tags and file names as text, one line per entry", () => {
    const results = HOSTILE_TITLES.map((title, i) =>
      result({
        title,
        file: `cloudcasts/${title}${i}.yml`,
        status: "published",
        url: `https://www.mixcloud.com/dj/x${i}/`,
        details: { tags: [title], tracks: 1 },
      }),
    );
    const text = renderComment(report({ results }));
    expect(entryHeads(text)).toHaveLength(HOSTILE_TITLES.length);
    // Each entry is its head and one details line: no title spilled onto a line of its own.
    expect(lines(text).filter((l) => l.startsWith("  tags: "))).toHaveLength(HOSTILE_TITLES.length);
    expect(hasUnsafeChar(text)).toBe(false);
    // File names are code spans, which show their text as it is (a mention or a tag in one is
    // inert); everything outside them is escaped.
    const { spans, outside } = splitCodeSpans(text);
    const withoutOurHtml = outside.replace(COMMENT_MARKER, "").replace(/<\/?sub>/g, "");
    expect(withoutOurHtml).not.toMatch(/[<>]/);
    expect(outside).not.toMatch(/(^|[^\\])`/);
    expect(text).not.toMatch(/^\s*::/m);
    expect(outside).not.toMatch(/@[a-z]/i);
    expect(spans.filter((span) => span !== "files")).toEqual(
      HOSTILE_TITLES.map((title, i) => sanitizeText(`cloudcasts/${title}${i}.yml`)),
    );
    expect(text).toContain("- ✅ published — [&lt;img src=x onerror=alert\\(1\\)&gt;](");
  });

  describe("size limit", () => {
    function hugeReport(): RunReport {
      const results: FileResult[] = Array.from({ length: 500 }, (_, i) =>
        result({
          file: `cloudcasts/show-${String(i).padStart(3, "0")}.yml`,
          status: i % 3 === 0 ? "invalid" : "published",
          title: `${i} ${"Very long title with <html> & @people | pipes ".repeat(20)}`,
          url: i % 3 === 0 ? undefined : `https://www.mixcloud.com/dj/show-${i}/`,
          diagnostics:
            i % 3 === 0
              ? Array.from({ length: 15 }, (_, j) =>
                  diagnostic({ line: j + 1, message: `${j} ${"bad value <x> ".repeat(40)}` }),
                )
              : [],
        }),
      );
      return report({ results, notices: ["One notice."] });
    }

    /** Each file's whole list item (its head and the indented lines under it). */
    function entries(text: string): string[] {
      const out: string[] = [];
      for (const line of lines(text)) {
        if (line.startsWith("- ")) out.push(line);
        else if (line.startsWith("  ") && out.length > 0) out[out.length - 1] += `\n${line}`;
      }
      return out;
    }

    it.each([65_000, 20_000])(
      "stays within %i characters by whole entries, with a note",
      (maxChars) => {
        const huge = hugeReport();
        const full = renderComment(huge, { maxChars: 10_000_000 });
        expect(full.length).toBeGreaterThan(maxChars);

        const text = renderComment(huge, { maxChars });
        expect(text.length).toBeLessThanOrEqual(maxChars);
        expect(lines(text)[0]).toBe(COMMENT_MARKER);
        const shown = entries(text);
        expect(shown.length).toBeGreaterThan(0);
        expect(shown).toEqual(entries(full).slice(0, shown.length));
        expect(text).toContain(
          `*… and ${500 - shown.length} more files not shown (see the job summary and the \`results\` output).*`,
        );
        expect(text).toContain("> ℹ️ One notice\\.");
        expect(lines(text).at(-2)).toMatch(/^<sub>Commit 0123456/);
      },
    );

    it("counts UTF-16 code units, as GitHub does", () => {
      const astral = Array.from({ length: 400 }, (_, i) =>
        result({ file: `c/${i}.yml`, title: "🎧".repeat(150) }),
      );
      const text = renderComment(report({ results: astral }), { maxChars: 30_000 });
      expect(text.length).toBeLessThanOrEqual(30_000);
      expect(text).toContain("more files not shown");
    });

    it("is untouched when it fits", () => {
      const small = report({ results: mixedResults() });
      expect(renderComment(small, { maxChars: 5_000 })).toBe(renderComment(small));
      expect(renderComment(small)).not.toContain("not shown");
    });
  });
});
