// The preview shows what will be published: each show's tracklist as Mixcloud gets it (with the
// entries tracklist_exclude left out), and what an edit changes — in the comment and the summary,
// escaped, and within GitHub's limits.
import { describe, expect, it } from "vitest";
import { diffCloudcasts } from "../../src/cloudcast/diff.js";
import type { Cloudcast, Section } from "../../src/cloudcast/types.js";
import { renderComment, renderSummary } from "../../src/report/index.js";
import type { FileResult, SectionRow } from "../../src/results.js";
import {
  HOSTILE_TITLES,
  cellSeparators,
  diagnostic,
  hasUnsafeChar,
  report,
  result,
  splitCodeSpans,
  warning,
} from "./fixtures.js";

const CUE = "cloudcasts/drive-time.cue";

function track(start: number, artist: string, song: string): Section {
  return { kind: "track", start, artist, song };
}

/** `count` tracks, each written at its own line of the CUE sheet. */
function rows(count: number, name = (i: number) => `Artist ${i}`): SectionRow[] {
  return Array.from({ length: count }, (_, i) => ({
    section: track(i * 200, name(i), `Song number ${i} (Extended Mix)`),
    at: { file: CUE, line: 4 + i * 4, column: 3 },
  }));
}

function show(sections: SectionRow[], overrides: Partial<FileResult> = {}): FileResult {
  return result({
    file: "cloudcasts/drive-time.yml",
    title: "Drive Time",
    details: {
      tags: ["radio"],
      tracks: sections.length,
      sections,
      tracklist: {
        file: CUE,
        excluded: 2,
        left: [
          { section: track(600, "Station", "Ident 1"), pattern: "Station*" },
          { section: { kind: "chapter", start: 1800, chapter: "News at six" }, pattern: "News*" },
        ],
      },
    },
    ...overrides,
  });
}

function cloudcast(sections: Section[], overrides: Partial<Cloudcast> = {}): Cloudcast {
  return { title: "Drive Time", tags: ["radio"], sections, hosts: [], ...overrides };
}

/** A result whose previous version differed by `before`. */
function edited(before: Cloudcast, after: Cloudcast, overrides: Partial<FileResult> = {}) {
  const sections = after.sections.map((section) => ({ section }));
  const base = show(sections);
  return {
    ...base,
    status: "dry-run" as const,
    details: { ...base.details!, change: { diff: diffCloudcasts(before, after) } },
    ...overrides,
  };
}

const preview = (results: FileResult[]) =>
  renderComment(report({ dryRun: true, eventName: "pull_request", results }));

describe("the tracklist block", () => {
  it("is a collapsed table of start, artist and title, titled with the counts", () => {
    const text = preview([show(rows(3))]);
    expect(text).toContain("  <details><summary>Tracklist — 3 tracks, 2 left out</summary>");
    expect(text).toContain("  | 0:00 | Artist 0 | Song number 0 \\(Extended Mix\\) |");
    expect(text).toContain("  | 6:40 | Artist 2 | Song number 2 \\(Extended Mix\\) |");
    expect(text).toContain("  </details>");
  });

  it("writes starts as Mixcloud shows them: m:ss, and h:mm:ss past the hour", () => {
    const late: SectionRow[] = [
      { section: track(59, "A", "a") },
      { section: track(3723, "B", "b") },
      { section: { kind: "chapter", start: 36_000, chapter: "Hour ten" } },
    ];
    const text = preview([show(late)]);
    expect(text).toContain("| 0:59 | A | a |");
    expect(text).toContain("| 1:02:03 | B | b |");
    expect(text).toContain("| 10:00:00 | *chapter* | Hour ten |");
  });

  it("lists the entries tracklist_exclude left out, each with its pattern", () => {
    const text = preview([show(rows(2))]);
    expect(text).toContain("Left out by `tracklist_exclude`:");
    expect(text).toContain("| 10:00 | Station | Ident 1 | `Station*` |");
    expect(text).toContain("| 30:00 | *chapter* | News at six | `News*` |");
  });

  it("marks the row a warning is about", () => {
    const licensing = warning({ file: CUE, line: 12, column: 3 });
    const text = preview([show(rows(4), { warnings: [licensing] })]);
    expect(text).toContain("| ⚠️ 6:40 | Artist 2 |");
    expect(text).toContain("| 3:20 | Artist 1 |");
    expect(text).toContain("⚠️ marks a track a warning is about");
  });

  it("is in the job summary too, under the file's heading", () => {
    const text = renderSummary(report({ dryRun: true, results: [show(rows(3))] }));
    expect(text).toContain("#### Drive Time · `cloudcasts/drive-time.yml`");
    expect(text).toContain("<details><summary>Tracklist — 3 tracks, 2 left out</summary>");
    expect(text).toContain("| 3:20 | Artist 1 | Song number 1 \\(Extended Mix\\) |");
    expect(text).toContain("| 10:00 | Station | Ident 1 | `Station*` |");
  });

  it("is not drawn for a show without tracks", () => {
    const text = preview([result({ details: { tags: [], tracks: 0, sections: [] } })]);
    expect(text).not.toContain("<details>");
  });
});

describe("the change block", () => {
  const before = cloudcast([track(0, "Kerri Chandler", "Rain"), track(270, "Moodymann", "Feel")]);

  it("shows each changed field as old → new, and each changed or added track with its start", () => {
    const after = cloudcast(
      [
        track(0, "Kerri Chandler", "Rain"),
        track(270, "Moody Mann", "Feel"),
        track(600, "Guest", "Dub"),
      ],
      { title: "Drive Time (repeat)", description: "A long ".repeat(40) },
    );
    const text = preview([edited(before, after)]);
    expect(text).toContain("**Edit** — what changes on Mixcloud:");
    expect(text).toContain("- Title: Drive Time → Drive Time \\(repeat\\)");
    // The description is shortened: the change is the point, not the text.
    expect(text).toMatch(/- Description: \*\(none\)\* → (A long ){10,}.*…\n/);
    expect(text).toContain("- Tracks: 1 changed, 1 added");
    expect(text).toContain("  - ✏️ 4:30 Moody Mann — Feel: artist Moodymann → Moody Mann");
    expect(text).toContain("  - ➕ 10:00 Guest — Dub");
    // Not the whole list twice: the unchanged track is in the tracklist block only.
    expect(text.split("Kerri Chandler")).toHaveLength(2);
  });

  it("shortens a changed picture's path or URL, however long the file makes it", () => {
    const url = `https://cdn.example.com/${"a".repeat(5000)}.jpg`;
    const after = cloudcast(before.sections, { picture: { kind: "url", url } });
    const line = preview([edited(before, after)])
      .split("\n")
      .find((l) => l.includes("Picture:"));
    expect(line).toMatch(/^\s*- Picture: \*\(none\)\* → `https:\/\/cdn\.example\.com\/a+…`$/);
    expect(line!.length).toBeLessThan(400);
  });

  it("says so when the edit changes nothing Mixcloud gets", () => {
    const text = preview([edited(before, before)]);
    expect(text).toContain("**Edit**: no change to what Mixcloud gets");
  });

  it("says why when the previous version cannot be compared", () => {
    const base = show(rows(1));
    const unreadable = {
      ...base,
      details: { ...base.details!, change: { unreadable: "title is required" } },
    };
    expect(preview([unreadable])).toContain(
      "**Edit**: the previous version is not a valid cloudcast (title is required)",
    );
  });

  it("says what changed in the report of a publishing run", () => {
    const after = cloudcast(before.sections, { title: "Retitled" });
    const text = renderComment(report({ results: [edited(before, after, { status: "updated" })] }));
    expect(text).toContain("**Edit** — what changed on Mixcloud:");
  });

  it("is in the job summary too", () => {
    const after = cloudcast(before.sections, { title: "Retitled" });
    const text = renderSummary(report({ dryRun: true, results: [edited(before, after)] }));
    expect(text).toContain("- Title: Drive Time → Retitled");
  });
});

describe("escaping", () => {
  const HOSTILE = ["| a | b |", "<details><summary>x</summary>", "`code` ``two``", "@octocat"];

  function hostileShow(): FileResult {
    const sections = HOSTILE.flatMap((text, i) => [
      { section: track(i * 100, text, text) },
      { section: { kind: "chapter" as const, start: i * 100 + 50, chapter: text } },
    ]);
    const before = cloudcast(HOSTILE.map((text, i) => track(i * 100, "x", text)));
    const after = cloudcast(
      sections.map((s) => s.section),
      { title: HOSTILE.join(" ") },
    );
    const base = edited(before, after);
    return {
      ...base,
      details: {
        ...base.details!,
        tracklist: {
          file: CUE,
          excluded: HOSTILE.length,
          left: HOSTILE.map((text, i) => ({ section: track(i, text, text), pattern: text })),
        },
      },
    };
  }

  for (const [name, render] of [
    ["comment", preview],
    ["summary", (r: FileResult[]) => renderSummary(report({ results: r }))],
  ] as const) {
    it(`renders a title or artist with |, <details>, backticks or @mention as text (${name})`, () => {
      const text = render([hostileShow()]);
      const tableRows = text.split("\n").filter((l) => /^\s*\| (⚠️ )?\d/.test(l));
      expect(tableRows).toHaveLength(HOSTILE.length * 3);
      // Every row has exactly its cells: 4 columns (start, artist, title), 5 for a left-out entry.
      for (const row of tableRows) expect([4, 5]).toContain(cellSeparators(row.trim()));
      expect(hasUnsafeChar(text)).toBe(false);
      const { spans, outside } = splitCodeSpans(text);
      // Only our own HTML: the block's <details>, <summary> and the footer's <sub>.
      const html = outside.match(/<[^>]*>/g) ?? [];
      expect(new Set(html)).toEqual(
        new Set(
          ["<details>", "<summary>", "</summary>", "</details>", "<sub>", "</sub>"].concat(
            name === "comment" ? ["<!-- mixcloud-publish:sticky-comment -->"] : [],
          ),
        ),
      );
      expect(outside.match(/<details>/g)).toHaveLength(1);
      expect(outside).not.toMatch(/(^|[^\\])`/);
      expect(outside).not.toMatch(/@[a-z]/i);
      // The patterns are code spans: shown as written, a pipe escaped for the table.
      expect(spans).toContain("\\| a \\| b \\|");
      expect(spans).toContain("@octocat");
    });
  }

  it("keeps every hostile title of the fixtures to its cell", () => {
    const sections = HOSTILE_TITLES.map((t, i) => ({ section: track(i, t, t) }));
    const text = preview([show(sections)]);
    const tableRows = text.split("\n").filter((l) => /^ {2}\| \d/.test(l));
    expect(tableRows).toHaveLength(HOSTILE_TITLES.length + 2);
    for (const row of tableRows) expect([4, 5]).toContain(cellSeparators(row.trim()));
  });
});

describe("room: 40 shows of 120 tracks each", () => {
  /** Each show an edit, 3 warnings; every fifth invalid with 2 problems. */
  function bigRun(): FileResult[] {
    return Array.from({ length: 40 }, (_, n) => {
      const file = `cloudcasts/2026/show-${n}.yml`;
      const sections = rows(120, (i) => `Resident DJ ${n}.${i}`);
      const before = cloudcast(sections.map((r) => r.section));
      const after = cloudcast(
        sections.map((r, i) => (i === 7 ? { ...r.section, artist: "Guest" } : r.section)),
        { title: `Show ${n}` },
      );
      const warnings = [1, 2, 3].map((k) =>
        warning({ file: CUE, line: 4 + k * 4, message: `warning ${k} of show ${n}` }),
      );
      const invalid = n % 5 === 0;
      const base = edited(before, after, { file, title: `Show ${n}`, warnings });
      return {
        ...base,
        details: { ...base.details!, sections },
        ...(invalid
          ? {
              status: "invalid" as const,
              diagnostics: [1, 2].map((k) =>
                diagnostic({ file, line: k, message: `problem ${k} of show ${n}` }),
              ),
            }
          : {}),
      };
    });
  }

  it("make a comment under GitHub's limit that holds every problem and warning and says what it left out", () => {
    const text = preview(bigRun());
    expect(text.length).toBeLessThan(65_536);
    for (let n = 0; n < 40; n += 1) {
      expect(text).toContain(`Show ${n}`);
      for (const k of [1, 2, 3]) expect(text).toContain(`warning ${k} of show ${n}`);
      if (n % 5 === 0) for (const k of [1, 2]) expect(text).toContain(`problem ${k} of show ${n}`);
    }
    // Whole tracklists went first; the edits' changes are all there.
    expect(text.match(/\*\*Edit\*\* — what changes on Mixcloud:/g)).toHaveLength(40);
    const shown = (text.match(/<summary>Tracklist/g) ?? []).length;
    expect(shown).toBeLessThan(40);
    expect(text.match(/Tracklist — 120 tracks, 2 left out: left out here for room/g)).toHaveLength(
      40 - shown,
    );
    expect(text).toMatch(
      new RegExp(
        `this one leaves out ${40 - shown} tracklists: the job summary of the workflow run has them all`,
      ),
    );
    expect(text).toContain("`mixcloud-publish tracklist`");
  });

  it("leave out the changes of edits only after every tracklist, and say so", () => {
    const text = renderComment(report({ dryRun: true, results: bigRun() }), { maxChars: 26_000 });
    expect(text.length).toBeLessThanOrEqual(26_000);
    expect(text).not.toContain("<summary>Tracklist");
    expect(text).toMatch(/leaves out 40 tracklists and \d+ lists? of changes/);
    for (let n = 0; n < 40; n += 1) expect(text).toContain(`warning 3 of show ${n}`);
  });

  it("a thousand edits with the longest titles still make a job summary under its limit", () => {
    const before = cloudcast([track(0, "A", "a")]);
    const results = Array.from({ length: 1000 }, (_, n) => {
      const title = "@".repeat(200);
      return edited(before, cloudcast(before.sections, { title }), {
        file: `cloudcasts/${"x".repeat(250)}-${n}.yml`,
        title,
      });
    });
    const text = renderSummary(report({ dryRun: true, results }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000_000);
    expect(text).toMatch(/\d+ more files' tracklists and edits not shown/);
  });

  it("make a job summary that holds them all", () => {
    const text = renderSummary(report({ dryRun: true, results: bigRun() }));
    expect(Buffer.byteLength(text)).toBeLessThan(1_000_000);
    expect(text.match(/<summary>Tracklist — 120 tracks/g)).toHaveLength(40);
    expect(text).toContain("| 6:23:20 | Resident DJ 39\\.115 |");
    expect(text).not.toContain("leaves out");
  });
});
