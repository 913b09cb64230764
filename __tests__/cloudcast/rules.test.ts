import { describe, expect, it } from "vitest";
import { problemsOf } from "./support.js";

/**
 * One test per rule: the problem is found, placed on the offending node (line:column, 1-based)
 * and explained in a message that says what to do.
 */
const CASES: Array<[rule: string, source: string, at: string, message: RegExp]> = [
  ["yaml-syntax", 'title: "never closed\n', "1:8", /^invalid YAML: .*quote/i],
  ["yaml-tag", "title: !custom Tagged\n", "1:8", /tag.*!custom.*remove the tag/i],
  ["duplicate-key", "title: One\ntitle: Two\n", "2:1", /appears twice.*keep one/],
  ["multiple-documents", "title: A\n---\ntitle: B\n", "2:1", /second YAML document.*exactly one/],
  [
    "nesting-depth",
    `title: x\nx: ${"[".repeat(70)}${"]".repeat(70)}\n`,
    "2:67",
    /deeper than 64 levels/,
  ],
  ["alias-undefined", "title: *nobody\n", "1:8", /alias \*nobody has no anchor &nobody/],
  ["key-type", "title: x\n[a, b]: c\n", "2:1", /key must be a plain word/],
  ["empty-file", "# nothing but a comment\n", "1:1", /file is empty.*title/],
  ["top-level-mapping", "- a\n- b\n", "1:1", /must be a mapping.*this document is a list/],
  [
    "unknown-key",
    "title: x\ndescription: y\n",
    "2:1",
    /unknown key "description": did you mean "desc"\?/,
  ],
  [
    "expected-string",
    "title: 1999\n",
    "1:8",
    /title must be text, but YAML reads 1999 as a number: put it in quotes, title: "1999"/,
  ],
  [
    "expected-list",
    "title: x\ntags: House\n",
    "2:7",
    /tags must be a list, not text; write each item on a line of its own under tags:, as "- House"/,
  ],
  [
    "expected-mapping",
    "title: x\ntracks:\n  - 1:25 Deee-Lite\n",
    "3:5",
    /each entry of tracks must be a mapping/,
  ],
  [
    "expected-boolean",
    "title: x\nunlisted: 1\n",
    "2:11",
    /unlisted must be true or false, not a number/,
  ],
  [
    "boolean-word",
    "title: x\nhide_stats: yes\n",
    "2:13",
    /yes is text in YAML 1.2, not a boolean: use true or false/,
  ],
  ["empty-value", "title: x\ndesc:\n", "2:1", /desc has no value/],
  ["title-required", "desc: no title\n", "1:1", /needs a title/],
  [
    "desc-too-long",
    `title: x\ndesc: ${"é".repeat(1001)}\n`,
    "2:7",
    /1001 characters long; Mixcloud takes at most 1000: shorten it by 1/,
  ],
  [
    "too-many-tags",
    "title: x\ntags: [a, b, c, d, e, f, g]\n",
    "2:23",
    /7 tags, but Mixcloud takes at most 5: remove this one and those after it/,
  ],
  ["tag-empty", "title: x\ntags:\n  - a\n  - ' '\n", "4:5", /tag is empty/],
  [
    "tag-duplicate",
    "title: x\ntags:\n  - Hip hop\n  - hip HOP\n",
    "4:5",
    /tag "hip HOP" repeats "Hip hop" \(tags ignore case\)/,
  ],
  [
    "section-kind",
    "title: x\ntracks:\n  - start: 0\n",
    "3:5",
    /needs artist and track .* or chapter/,
  ],
  [
    "section-mixed",
    "title: x\ntracks:\n  - start: 0\n    artist: a\n    track: b\n    chapter: c\n",
    "6:5",
    /not both/,
  ],
  [
    "section-incomplete",
    "title: x\ntracks:\n  - start: 0\n    artist: a\n",
    "4:5",
    /has an artist but no track: add track/,
  ],
  [
    "start-required",
    "title: x\ntracks:\n  - artist: a\n    track: b\n",
    "3:5",
    /no start: add start/,
  ],
  [
    "start-format",
    "title: x\ntracks:\n  - start: 1.5\n    chapter: c\n",
    "3:12",
    /whole seconds or m:ss, not 1.5/,
  ],
  [
    "start-range",
    "title: x\ntracks:\n  - start: 2:75\n    chapter: c\n",
    "3:12",
    /seconds field must be below 60/,
  ],
  [
    "start-order",
    "title: x\ntracks:\n  - start: 2:00\n    chapter: b\n  - start: 1:59\n    chapter: a\n",
    "5:12",
    /start 1:59 comes before the previous section's start 2:00/,
  ],
  [
    "publish-date-format",
    "title: x\npublish_date: soon\n",
    "2:15",
    /must be a date, time and time zone such as 2025-06-01T20:00:00Z/,
  ],
  [
    "publish-date-time",
    "title: x\npublish_date: 2030-06-01\n",
    "2:15",
    /has no time: add a time and a time zone, e.g. 2030-06-01T20:00:00Z/,
  ],
  [
    "publish-date-zone",
    "title: x\npublish_date: 2030-06-01T20:00:00\n",
    "2:15",
    /has no time zone: add Z for UTC or an offset such as \+02:00/,
  ],
  [
    "too-many-hosts",
    "title: x\nhosts: [a, b, c]\n",
    "2:15",
    /3 hosts, but Mixcloud takes at most 2/,
  ],
  [
    "host-username",
    "title: x\nhosts:\n  - https://www.mixcloud.com/someone/\n",
    "3:5",
    /not a Mixcloud username: write the username alone: someone/,
  ],
  ["host-duplicate", "title: x\nhosts: [dj, DJ]\n", "2:13", /host "DJ" is listed twice/],
  [
    "key-format",
    "title: x\nkey: https://www.mixcloud.com/dj/show\n",
    "2:6",
    /write only the path: \/dj\/show\//,
  ],
  ["media-path", "title: x\naudio: ../outside.mp3\n", "2:8", /leads out of the repository/],
  [
    "tracklist-path",
    "title: x\ntracklist: C:\\Users\\dj\\Music\\set.cue\n",
    "2:12",
    /tracklist ".*" is an absolute path: write it relative to this cloudcast file's folder/,
  ],
  [
    "tracks-and-tracklist",
    "title: x\ntracks: []\ntracklist: show.cue\n",
    "3:1",
    /tracks and tracklist both give the tracklist: keep .*, not both/,
  ],
  [
    "media-url",
    "title: x\npicture: ftp://example.com/p.png\n",
    "2:10",
    /only https:\/\/ URLs or paths in the repository are supported, not ftp:/,
  ],
];

describe("each rule", () => {
  it.each(CASES)("%s", (rule, source, at, message) => {
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule, at });
    expect(problems[0]?.message).toMatch(message);
  });
});

describe("messages that help", () => {
  it.each([
    ["name", "title"],
    ["tracklisting", "tracks"],
    ["cue", "tracklist"],
    ["exclude", "tracklist_exclude"],
    ["tracklist_exclud", "tracklist_exclude"],
    ["Title", "title"],
    ["tilte", "title"],
    ["publish-date", "publish_date"],
    ["image", "picture"],
  ])("suggests a key for %s", (typo, meant) => {
    const problems = problemsOf(`title: x\n${typo}: y\n`);
    expect(problems.find((p) => p.rule === "unknown-key")?.message).toContain(
      `did you mean "${meant}"?`,
    );
  });

  it.each([
    ["song", "track"],
    ["time", "start"],
    ["artits", "artist"],
  ])("suggests a section key for %s", (typo, meant) => {
    const problems = problemsOf(
      `title: x\ntracks:\n  - start: 0\n    chapter: c\n    ${typo}: y\n`,
    );
    expect(problems.find((p) => p.rule === "unknown-key")?.message).toBe(
      `unknown key "${typo}" in a section: did you mean "${meant}"?`,
    );
  });

  it("keeps a message on one line when it quotes a value with line breaks", () => {
    const [problem] = problemsOf('title: x\ntags: ["a\\nb", "A\\nB"]\n');
    expect(problem?.message).toBe('tag "A\\nB" repeats "a\\nb" (tags ignore case): remove one');
  });

  it("lists the keys when nothing is close", () => {
    const [problem] = problemsOf("title: x\nzzzzzz: y\n");
    expect(problem?.message).toMatch(
      /unknown key "zzzzzz"; the keys are title, desc, tags, tracks/,
    );
  });

  it.each([
    [
      "a boolean",
      "title: true\n",
      /reads true as the boolean true: put it in quotes, title: "true"/,
    ],
    ["a float", "title: 1e3\n", /reads 1e3 as a number: put it in quotes, title: "1e3"/],
    ["null", "title: ~\n", /title is empty \(null\)/],
    ["a mapping", "title:\n  a: b\n", /title must be text, not a mapping/],
    [
      "a number in a list",
      "title: x\ntags:\n  - 2024\n",
      /a tag must be text, but YAML reads 2024 as a number: put it in quotes, - "2024"/,
    ],
  ])("explains %s where text is expected", (_what, source, message) => {
    expect(problemsOf(source)[0]?.message).toMatch(message);
  });

  it.each(["y", "n", "no", "No", "on", "OFF"])("names %s as a YAML 1.1 boolean", (word) => {
    expect(problemsOf(`title: x\nunlisted: ${word}\n`)).toEqual([
      expect.objectContaining({
        rule: "boolean-word",
        message: `unlisted: ${word} is text in YAML 1.2, not a boolean: use true or false`,
      }),
    ]);
  });

  it("asks for the title when the key is there without one", () => {
    expect(problemsOf("title:\ndesc: x\n")).toEqual([
      {
        at: "1:1",
        rule: "title-required",
        message: "title has no value: write the name shown on Mixcloud",
      },
    ]);
  });

  it("suggests h:mm:ss for minutes over 59", () => {
    expect(problemsOf("title: x\ntracks:\n  - start: 75:30\n    chapter: c\n")[0]?.message).toBe(
      "start 75:30: the minutes field must be below 60; write it as 1:15:30",
    );
  });

  it("asks for the trailing slash of a key", () => {
    expect(problemsOf("title: x\nkey: /dj/show\n")[0]?.message).toMatch(
      /slashes at both ends: \/dj\/show\//,
    );
  });

  it("asks for an @-less host", () => {
    expect(problemsOf("title: x\nhosts: ['@dj']\n")[0]?.message).toMatch(/without the @: dj/);
  });
});

describe("all problems of a file at once", () => {
  it("reports every problem, in file order, each on its own node", () => {
    const source = [
      "title: 2024", // 1
      "name: x", // 2
      "tags: [a, A]", // 3
      "tracks:", // 4
      "  - start: 10:00", // 5
      "    chapter: late", // 6
      "  - start: 5:00", // 7
      "    chapter: early", // 8
      "unlisted: no", // 9
      "audio: /abs.mp3", // 10
      "",
    ].join("\n");
    expect(problemsOf(source).map((p) => `${p.at} ${p.rule}`)).toEqual([
      "1:8 expected-string",
      "2:1 unknown-key",
      "3:11 tag-duplicate",
      "7:12 start-order",
      "9:11 boolean-word",
      "10:8 media-path",
    ]);
  });

  it("checks the rest of a file that has duplicate keys", () => {
    const rules = problemsOf("title: a\ntitle: b\nunlisted: yes\n").map((p) => p.rule);
    expect(rules).toEqual(["duplicate-key", "boolean-word"]);
  });

  it("checks the first document of a file that has two", () => {
    const rules = problemsOf("title: 12\n---\ntitle: b\n").map((p) => p.rule);
    expect(rules).toEqual(["expected-string", "multiple-documents"]);
  });
});
