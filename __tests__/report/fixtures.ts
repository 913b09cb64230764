import type { Diagnostic } from "../../src/diagnostic.js";
import type { RunReport } from "../../src/report/index.js";
import type { FileResult } from "../../src/results.js";

export function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    file: "cloudcasts/bad.yml",
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 10,
    message: 'Unknown key "titel"; did you mean "title"?',
    rule: "unknown-key",
    ...overrides,
  };
}

/** A warning as the licensing rules give one, at the 5th track by one artist. */
export function warning(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return diagnostic({
    line: 22,
    column: 5,
    endLine: 24,
    endColumn: 20,
    message:
      'the 5th track by "Moodymann" in this show (5 in all): Mixcloud\'s licensing rules allow at most 4 tracks by one artist per show, and a show that breaks them can be muted or taken down; leave one out',
    rule: "licensing-artist",
    severity: "warning",
    ...overrides,
  });
}

export function result(overrides: Partial<FileResult> = {}): FileResult {
  return {
    file: "cloudcasts/show.yml",
    status: "dry-run",
    title: "My Show",
    diagnostics: [],
    warnings: [],
    details: {
      tags: ["house", "techno"],
      tracks: 12,
      audio: {
        source: "cloudcasts/show.mp3",
        size: 48_200_000,
        type: "mp3",
        durationSeconds: 3723,
      },
      picture: { source: "cloudcasts/show.jpg", size: 120_000, type: "jpeg" },
    },
    ...overrides,
  };
}

export function report(overrides: Partial<RunReport> = {}): RunReport {
  return {
    results: [],
    dryRun: false,
    eventName: "push",
    repository: "octo/shows",
    sha: "0123456789abcdef0123456789abcdef01234567",
    runUrl: "https://github.com/octo/shows/actions/runs/42",
    notices: [],
    nothingSelected: false,
    ...overrides,
  };
}

/** One of each status, in file order, as a publishing run could end. */
export function mixedResults(): FileResult[] {
  return [
    result({
      file: "cloudcasts/a.yml",
      status: "published",
      title: "A",
      key: "/dj/a/",
      url: "https://www.mixcloud.com/dj/a/",
    }),
    result({
      file: "cloudcasts/b.yml",
      status: "updated",
      title: "B",
      key: "/dj/b/",
      url: "https://www.mixcloud.com/dj/b/",
    }),
    result({
      file: "cloudcasts/c.yml",
      status: "unchanged",
      title: "C",
      key: "/dj/c/",
      url: "https://www.mixcloud.com/dj/c/",
    }),
    result({
      file: "cloudcasts/d.yml",
      status: "skipped",
      title: "D",
      key: "/dj/d/",
      url: "https://www.mixcloud.com/dj/d/",
    }),
    result({
      file: "cloudcasts/e.yml",
      status: "failed",
      title: "E",
      error: "Mixcloud answered 500 three times.",
    }),
    result({
      file: "cloudcasts/f.yml",
      status: "invalid",
      title: undefined,
      error: "2 problems",
      details: undefined,
      diagnostics: [
        diagnostic({
          file: "cloudcasts/f.yml",
          line: 1,
          column: 1,
          rule: "title-required",
          message: "`title` is required.",
        }),
        diagnostic({ file: "cloudcasts/f.yml", line: 4, column: 3, endLine: 6, endColumn: 2 }),
      ],
    }),
    result({
      file: "cloudcasts/g.yml",
      status: "published",
      title: "G",
      key: "/dj/g/",
      url: "https://www.mixcloud.com/dj/g/",
    }),
  ];
}

/** Pipes in a markdown table line that split cells (not escaped with a backslash). */
export function cellSeparators(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === "\\") i += 1;
    else if (line[i] === "|") count += 1;
  }
  return count;
}

/** Whether text holds a character that must never reach a report from a file (C0 but tab, DEL, C1, bidi). */
export function hasUnsafeChar(text: string): boolean {
  return Array.from(text).some((char) => {
    const cp = char.codePointAt(0) ?? 0;
    return (
      (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) ||
      (cp >= 0x7f && cp <= 0x9f) ||
      (cp >= 0x202a && cp <= 0x202e) ||
      (cp >= 0x2066 && cp <= 0x2069)
    );
  });
}

/** Titles an attacker (or an unlucky DJ) might write. */
export const HOSTILE_TITLES = [
  "| a | b |",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "`code` ``double``",
  "line one\nline two\r\n| x |",
  "::set-output name=x::y",
  "%0A::error::boom",
  "[link](javascript:alert(1))",
  "**bold** _it_ ~~gone~~ # heading",
  "$x^2$ and @octocat and <!-- hidden",
  "\u202eevil\u202c \u2066iso\u2069 bell\u0007 esc\u001b[31m nel\u0085 del\u007f",
];

/**
 * Reads markdown's code spans as CommonMark does: a backtick run opens one (unless escaped by a
 * backslash outside any span), the next run of the same length closes it, one space is stripped
 * from each end when both are spaces. Returns the spans' contents and the text outside them (each
 * span replaced by `CODE`), so a test can check each on its own terms.
 */
export function splitCodeSpans(text: string): { spans: string[]; outside: string } {
  const spans: string[] = [];
  let outside = "";
  let i = 0;
  const runAt = (at: number) => {
    let n = 0;
    while (text[at + n] === "`") n += 1;
    return n;
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (char === "\\") {
      outside += text.slice(i, i + 2);
      i += 2;
    } else if (char !== "`") {
      outside += char;
      i += 1;
    } else {
      const open = runAt(i);
      let close = i + open;
      while (close < text.length && !(text[close] === "`" && runAt(close) === open)) {
        close += text[close] === "`" ? runAt(close) : 1;
      }
      if (close >= text.length) {
        outside += "`".repeat(open);
        i += open;
        continue;
      }
      let content = text.slice(i + open, close).replace(/\n/g, " ");
      if (content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") {
        content = content.slice(1, -1);
      }
      spans.push(content);
      outside += "CODE";
      i = close + open;
    }
  }
  return { spans, outside };
}
