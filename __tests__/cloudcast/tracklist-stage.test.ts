import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { applyTracklistFile, folderLister } from "../../src/tracklist/resolve.js";
import {
  BROKEN_CUE,
  BROKEN_CUE_LINE,
  MIXXX_CUE,
  MIXXX_SECTIONS,
  PLAYOUT_CUE,
} from "../helpers/tracklists.js";

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), "tracklist-stage-")));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(files: Record<string, string | Buffer>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** Parses `cloudcasts/show.yml` as written and runs the tracklist stage on it. */
async function stage(yaml: string, path = "cloudcasts/show.yml") {
  await put({ [path]: yaml });
  const parsed = parseCloudcast(yaml, path);
  expect(parsed.diagnostics).toEqual([]);
  return applyTracklistFile(parsed, { root, cloudcastPath: path });
}

const where = (d: { file: string; line: number; rule: string }) => `${d.file}:${d.line} ${d.rule}`;

describe("the tracklist stage", () => {
  it("takes the sections of the CUE sheet beside the file, with where each was written", async () => {
    await put({ "cloudcasts/show.cue": MIXXX_CUE });
    const { parsed, source } = await stage("title: Deep Sessions 07\n");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.cloudcast?.sections).toEqual(
      MIXXX_SECTIONS.map(({ start, artist, song }) => ({ kind: "track", start, artist, song })),
    );
    expect(parsed.sectionSpans?.map((s) => `${s.file}:${s.line}`)).toEqual(
      MIXXX_SECTIONS.map((s) => `cloudcasts/show.cue:${s.line}`),
    );
    expect(source).toEqual({
      file: "cloudcasts/show.cue",
      format: "cue",
      sections: 3,
      excluded: 0,
      left: [],
    });
  });

  it("reads tracklist: relative to the cloudcast file's folder", async () => {
    await put({ "exports/2024/set.cue": MIXXX_CUE });
    const { parsed, source } = await stage("title: x\ntracklist: ../exports/2024/set.cue\n");
    expect(parsed.cloudcast?.sections).toHaveLength(3);
    expect(source?.file).toBe("exports/2024/set.cue");
  });

  it("leaves a file with tracks: alone, whatever lies beside it", async () => {
    await put({ "cloudcasts/show.cue": BROKEN_CUE });
    const yaml = "title: x\ntracks:\n  - start: 0\n    chapter: Intro\n";
    const { parsed, source } = await stage(yaml);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.cloudcast?.sections).toEqual([{ kind: "chapter", start: 0, chapter: "Intro" }]);
    expect(source).toBeUndefined();
  });

  it("without tracks or a tracklist file, the cloudcast has no sections and no problem", async () => {
    const { parsed, source } = await stage("title: x\n");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.cloudcast?.sections).toEqual([]);
    expect(source).toBeUndefined();
  });

  it("picks the CUE sheet over plain text, and warns that the other file is not read", async () => {
    await put({ "cloudcasts/show.cue": MIXXX_CUE, "cloudcasts/show.TXT": "notes\n" });
    const { parsed, source } = await stage("title: x\n");
    expect(source?.file).toBe("cloudcasts/show.cue");
    expect(parsed.warnings?.map(where)).toEqual(["cloudcasts/show.yml:1 tracklist-ambiguous"]);
    expect(parsed.warnings?.[0]?.message).toContain("`cloudcasts/show.TXT`");
  });

  it("reports a problem in the tracklist file at that file's own line", async () => {
    await put({ "cloudcasts/show.cue": BROKEN_CUE });
    const { parsed } = await stage("title: Deep Sessions 07\n");
    expect(parsed.cloudcast).toBeUndefined();
    expect(parsed.title).toBe("Deep Sessions 07");
    expect(parsed.diagnostics.map(where)).toEqual([
      `cloudcasts/show.cue:${BROKEN_CUE_LINE} cue-index`,
    ]);
  });

  it("holds the file's entries to the rules of tracks: starts may not go back", async () => {
    const backwards = MIXXX_CUE.replace("INDEX 01 11:03:00", "INDEX 01 02:00:00");
    await put({ "cloudcasts/show.cue": backwards });
    const { parsed } = await stage("title: x\n");
    expect(parsed.diagnostics.map(where)).toEqual(["cloudcasts/show.cue:12 start-order"]);
    expect(parsed.diagnostics[0]?.message).toBe(
      "start 2:00 comes before the previous section's start 5:13: list sections in the order they play",
    );
  });

  describe("tracklist_exclude", () => {
    const yaml = [
      "title: Drive Time",
      "tracklist: drive.cue",
      "tracklist_exclude:",
      '  - "radio nova - *"',
      '  - "*ad break*"',
      '  - "*traffic news*"',
      "",
    ].join("\n");

    it("leaves out matching entries, ignoring case, and counts them", async () => {
      await put({ "cloudcasts/drive.cue": PLAYOUT_CUE });
      const { parsed, source } = await stage(yaml);
      expect(parsed.diagnostics).toEqual([]);
      const sections = parsed.cloudcast?.sections ?? [];
      expect(sections.map((s) => (s.kind === "track" ? s.artist : s.chapter))).toEqual([
        "Kavinsky",
        "AC/DC",
        "M83",
      ]);
      expect(parsed.sectionSpans?.map((s) => s.line)).toEqual([8, 16, 24]);
      expect(source).toMatchObject({ sections: 3, excluded: 3 });
      // Which entries, each with the first pattern that matched it, for the preview.
      expect(source?.left).toEqual([
        {
          section: { kind: "track", start: 0, artist: "Radio Nova", song: "Station ID" },
          pattern: "radio nova - *",
        },
        {
          section: { kind: "track", start: 265, artist: "Radio Nova", song: "Drive Time Jingle" },
          pattern: "radio nova - *",
        },
        {
          section: { kind: "track", start: 563, artist: "Commercials", song: "Ad Break 1" },
          pattern: "*ad break*",
        },
      ]);
    });

    it("warns at a pattern's own line when it matches nothing", async () => {
      await put({ "cloudcasts/drive.cue": PLAYOUT_CUE });
      const { parsed } = await stage(yaml);
      expect(parsed.warnings).toEqual([
        expect.objectContaining({
          file: "cloudcasts/show.yml",
          line: 6,
          column: 5,
          severity: "warning",
          rule: "tracklist-exclude-unused",
        }),
      ]);
      expect(parsed.warnings?.[0]?.message).toContain(
        '"*traffic news*" matches none of the 6 entries of cloudcasts/drive.cue',
      );
    });

    it("warns once, at the key, about entries too long to match, which are kept", async () => {
      const long = `0:00 ${"a".repeat(600)} - Jingle\n2:00 ${"b".repeat(700)} - Jingle\n4:00 Kavinsky - Nightcall\n`;
      await put({ "cloudcasts/drive.txt": long });
      const { parsed } = await stage(
        'title: x\ntracklist: drive.txt\ntracklist_exclude: ["*jingle", "kavinsky - *"]\n',
      );
      expect(parsed.cloudcast?.sections).toHaveLength(2);
      expect(parsed.warnings).toEqual([
        expect.objectContaining({ line: 3, rule: "tracklist-exclude-long-name" }),
        expect.objectContaining({ line: 3, rule: "tracklist-exclude-unused" }),
      ]);
      expect(parsed.warnings?.[0]?.message).toBe(
        "2 entries of cloudcasts/drive.txt have names longer than 500 characters, which tracklist_exclude does not match: they are kept; shorten them in the export if they are to be left out",
      );
    });

    it("refuses more patterns than the cap, at the key, saying how many", () => {
      const patterns = Array.from({ length: 150 }, (_, i) => `  - "Sponsor ${i} - *"`);
      const yaml = ["title: x", "tracklist: drive.cue", "tracklist_exclude:", ...patterns, ""];
      const parsed = parseCloudcast(yaml.join("\n"), "show.yml");
      expect(parsed.diagnostics).toEqual([
        expect.objectContaining({
          line: 3,
          column: 1,
          rule: "too-many-exclude-patterns",
          message:
            'tracklist_exclude has 150 patterns; a list takes at most 100 (each is matched against every entry): merge patterns, e.g. "*jingle*" for every jingle',
        }),
      ]);
    });

    it("lets * run across a slash in a name", async () => {
      await put({ "cloudcasts/drive.cue": PLAYOUT_CUE });
      const { parsed } = await stage(
        'title: x\ntracklist: drive.cue\ntracklist_exclude: ["ac/dc*", "* - thunder*"]\n',
      );
      expect(parsed.warnings).toBeUndefined();
      expect(parsed.cloudcast?.sections).toHaveLength(5);
    });

    it("is an error when there is no tracklist file to apply it to", async () => {
      const { parsed } = await stage('title: x\ntracklist_exclude: ["*jingle*"]\n');
      expect(parsed.diagnostics.map(where)).toEqual(["cloudcasts/show.yml:2 tracklist-missing"]);
      expect(parsed.diagnostics[0]?.message).toContain("looked for cloudcasts/show.cue, ");
    });
  });

  describe("the file itself, checked as media are", () => {
    it("a tracklist: that does not exist, at the key's value, with the near name", async () => {
      await put({ "cloudcasts/set.cue": MIXXX_CUE });
      const { parsed } = await stage("title: x\ntracklist: sett.cue\n");
      expect(parsed.diagnostics).toEqual([
        expect.objectContaining({ file: "cloudcasts/show.yml", line: 2, column: 12 }),
      ]);
      expect(parsed.diagnostics[0]?.rule).toBe("tracklist-missing");
      expect(parsed.diagnostics[0]?.message).toContain("did you mean `cloudcasts/set.cue`?");
    });

    it("a path that leads out of the repository", async () => {
      const { parsed } = await stage("title: x\ntracklist: ../../elsewhere.cue\n");
      expect(parsed.diagnostics.map(where)).toEqual([
        "cloudcasts/show.yml:2 tracklist-outside-workspace",
      ]);
    });

    it("a symbolic link out of the repository", async () => {
      const outside = await mkdtemp(join(tmpdir(), "tracklist-outside-"));
      try {
        await writeFile(join(outside, "secret.cue"), MIXXX_CUE);
        await mkdir(join(root, "cloudcasts"), { recursive: true });
        await symlink(join(outside, "secret.cue"), join(root, "cloudcasts/show.cue"));
        const { parsed } = await stage("title: x\n");
        expect(parsed.diagnostics.map(where)).toEqual([
          "cloudcasts/show.cue:1 tracklist-symlink-escape",
        ]);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    });

    it("a Git LFS pointer, with what to do", async () => {
      const pointer =
        "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
      await put({ "cloudcasts/show.cue": pointer });
      const { parsed } = await stage("title: x\n");
      expect(parsed.diagnostics.map(where)).toEqual([
        "cloudcasts/show.cue:1 tracklist-lfs-pointer",
      ]);
      expect(parsed.diagnostics[0]?.message).toContain("lfs: true");
    });

    it("a folder named like a tracklist", async () => {
      await mkdir(join(root, "cloudcasts/set.cue"), { recursive: true });
      const { parsed } = await stage("title: x\ntracklist: set.cue\n");
      expect(parsed.diagnostics.map(where)).toEqual([
        "cloudcasts/show.yml:2 tracklist-not-regular",
      ]);
    });

    it("an empty file", async () => {
      await put({ "cloudcasts/show.cue": "" });
      const { parsed } = await stage("title: x\n");
      expect(parsed.diagnostics.map(where)).toEqual(["cloudcasts/show.cue:1 tracklist-empty"]);
    });

    it("names paths as the caller shows them", async () => {
      await put({ "cloudcasts/show.cue": BROKEN_CUE, "cloudcasts/show.yml": "title: x\n" });
      const parsed = parseCloudcast("title: x\n", "show.yml");
      const { parsed: result } = await applyTracklistFile(parsed, {
        root,
        cloudcastPath: "cloudcasts/show.yml",
        display: (path) => path.replace(/^cloudcasts\//, ""),
        listFolder: folderLister(root),
      });
      expect(result.diagnostics.map(where)).toEqual([`show.cue:${BROKEN_CUE_LINE} cue-index`]);
    });
  });
});
