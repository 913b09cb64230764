// The `album:` key of a track, and where each section of `tracks:` was written.
import { describe, expect, it } from "vitest";
import { parseCloudcast, toFormFields } from "../../../src/cloudcast/index.js";
import { problemsOf } from "../support.js";

const SHOW = `title: Albums
tracks:
  - start: 0
    artist: Moodymann
    track: Black Mahogani
    album: Black Mahogani
  - start: "5:00"
    chapter: Interview
  - start: "9:30"
    artist: Theo Parrish
    track: Summertime Is Here
`;

describe("album", () => {
  it("is read into the track, and left out where a track has none", () => {
    const cloudcast = parseCloudcast(SHOW, "a.yml").cloudcast;
    expect(cloudcast?.sections).toEqual([
      {
        kind: "track",
        start: 0,
        artist: "Moodymann",
        song: "Black Mahogani",
        album: "Black Mahogani",
      },
      { kind: "chapter", start: 300, chapter: "Interview" },
      { kind: "track", start: 570, artist: "Theo Parrish", song: "Summertime Is Here" },
    ]);
    expect(cloudcast?.sections[2]).not.toHaveProperty("album");
  });

  it("is never sent to Mixcloud", () => {
    const cloudcast = parseCloudcast(SHOW, "a.yml").cloudcast;
    const fields = toFormFields(cloudcast as NonNullable<typeof cloudcast>);
    expect(fields.map(([name]) => name)).not.toContainEqual(expect.stringContaining("album"));
    expect(fields.map(([, value]) => value)).toEqual(
      expect.arrayContaining(["Moodymann", "Black Mahogani"]),
    );
    expect(fields.filter(([, value]) => value === "Black Mahogani")).toHaveLength(1);
  });

  it("must be text", () => {
    const problems = problemsOf(
      "title: x\ntracks:\n  - start: 0\n    artist: A\n    track: B\n    album: 1999\n",
    );
    expect(problems).toEqual([
      { at: "6:12", rule: "expected-string", message: expect.stringContaining('album: "1999"') },
    ]);
  });

  it("is not empty", () => {
    const problems = problemsOf(
      "title: x\ntracks:\n  - start: 0\n    artist: A\n    track: B\n    album:\n",
    );
    expect(problems.map((p) => [p.at, p.rule])).toEqual([["6:5", "empty-value"]]);
  });

  it("belongs to a track, not a chapter", () => {
    const problems = problemsOf(
      "title: x\ntracks:\n  - start: 0\n    chapter: Intro\n    album: A\n",
    );
    expect(problems).toEqual([
      {
        at: "5:5",
        rule: "section-mixed",
        message:
          "album belongs to a track (artist + track), not to a chapter: move it to the track or remove it",
      },
    ]);
  });

  it("is what a misspelt or aliased key is pointed to", () => {
    expect(
      problemsOf("title: x\ntracks:\n  - start: 0\n    artist: A\n    track: B\n    albun: C\n")[0]
        ?.message,
    ).toBe('unknown key "albun" in a section: did you mean "album"?');
    expect(
      problemsOf(
        "title: x\ntracks:\n  - start: 0\n    artist: A\n    track: B\n    release: C\n",
      )[0]?.message,
    ).toBe('unknown key "release" in a section: did you mean "album"?');
  });
});

describe("sectionSpans", () => {
  it("holds each tracks: item's place, index for index with the sections", () => {
    const parsed = parseCloudcast(SHOW, "cloudcasts/a.yml");
    expect(parsed.sectionSpans).toEqual([
      { file: "cloudcasts/a.yml", line: 3, column: 5, endLine: 6, endColumn: 26 },
      { file: "cloudcasts/a.yml", line: 7, column: 5, endLine: 8, endColumn: 23 },
      { file: "cloudcasts/a.yml", line: 9, column: 5, endLine: 11, endColumn: 30 },
    ]);
  });

  it("is the same whichever YAML reader read the file", () => {
    // A flow mapping and an anchor send the file to the full yaml package.
    const full = `title: Albums
tracks:
  - {start: 0, artist: A, track: B}
  - &second
    start: 60
    artist: C
    track: D
`;
    const parsed = parseCloudcast(full, "x.yml");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.sectionSpans?.map((s) => [s.line, s.endLine])).toEqual([
      [3, 3],
      [5, 7],
    ]);
  });

  it("is empty for a show without tracks", () => {
    expect(parseCloudcast("title: x\n", "x.yml").sectionSpans).toEqual([]);
  });
});
