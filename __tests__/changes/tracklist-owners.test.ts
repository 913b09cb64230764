// A changed tracklist file selects the cloudcast file it belongs to.
import { describe, expect, it } from "vitest";
import type { ChangeSet, ChangedFile } from "../../src/selection/changes.js";
import fc from "fast-check";
import { parseCloudcast } from "../../src/cloudcast/parse.js";
import { exportMentions } from "../../src/selection/export-mentions.js";
import { selectFiles } from "../../src/selection/select.js";
import { tracklistRelPath } from "../../src/tracklist/paths.js";

const GLOBS = ["cloudcasts/**/*.yml"];

const REPO: Record<string, string> = {
  "cloudcasts/fri.yml": "title: Friday\n",
  "cloudcasts/sat.yml": "title: Saturday\ntracks:\n  - start: 0\n    chapter: Intro\n",
  "cloudcasts/sun.yml": "title: Sunday\ntracklist: ../playout/sunday.cue\n",
  "cloudcasts/mon.yml": "title: [broken\n",
};

function changed(files: ChangedFile[], deleted: string[] = []): ChangeSet {
  return { kind: "changed", files, deleted, head: "HEAD" };
}

async function select(changes: ChangeSet, withRead = true) {
  const selected = await selectFiles(
    GLOBS,
    changes,
    async () => [...Object.keys(REPO), "cloudcasts/fri.cue", "playout/sunday.cue"],
    withRead ? async (path) => new TextEncoder().encode(REPO[path] ?? "") : undefined,
  );
  return selected.map((f) => `${f.status} ${f.path}`);
}

/** Selects in a repository of `files` (path → text; undefined: there but unreadable). */
async function selectIn(files: Record<string, string | undefined>, changes: ChangeSet) {
  const selected = await selectFiles(
    GLOBS,
    changes,
    async () => Object.keys(files),
    async (path) => {
      const text = files[path];
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  );
  return selected.map((f) => f.path);
}

describe("a changed tracklist file", () => {
  it("selects the cloudcast beside it with its stem, as modified", async () => {
    const changes = changed([{ path: "cloudcasts/fri.cue", status: "modified" }]);
    expect(await select(changes)).toEqual(["modified cloudcasts/fri.yml"]);
  });

  it("selects the cloudcast whose tracklist: names it", async () => {
    const changes = changed([{ path: "playout/sunday.cue", status: "added" }]);
    expect(await select(changes)).toEqual(["modified cloudcasts/sun.yml"]);
  });

  it("does not select a cloudcast that lists its tracks itself", async () => {
    const changes = changed([{ path: "cloudcasts/sat.CUE", status: "added" }]);
    expect(await select(changes)).toEqual([]);
  });

  it("selects an invalid cloudcast beside it, so that its problems show", async () => {
    const changes = changed([{ path: "cloudcasts/mon.txt", status: "added" }]);
    expect(await select(changes)).toEqual(["modified cloudcasts/mon.yml"]);
  });

  it("counts a deleted or renamed-away export too", async () => {
    const changes = changed(
      [{ path: "cloudcasts/old.cue", previousPath: "cloudcasts/fri.cue", status: "renamed" }],
      ["playout/sunday.cue"],
    );
    expect(await select(changes)).toEqual([
      "modified cloudcasts/fri.yml",
      "modified cloudcasts/sun.yml",
    ]);
  });

  it("keeps the cloudcast's own change when both changed", async () => {
    const changes = changed([
      { path: "cloudcasts/fri.yml", status: "added" },
      { path: "cloudcasts/fri.cue", status: "added" },
    ]);
    expect(await select(changes)).toEqual(["added cloudcasts/fri.yml"]);
  });

  it("without reading files, goes by the stem alone", async () => {
    const changes = changed([
      { path: "cloudcasts/sat.cue", status: "added" },
      { path: "playout/sunday.cue", status: "added" },
    ]);
    expect(await select(changes, false)).toEqual(["modified cloudcasts/sat.yml"]);
  });

  it("leaves alone files of other kinds: audio beside a cloudcast is not its tracklist", async () => {
    const changes = changed([{ path: "cloudcasts/fri.mp3", status: "modified" }]);
    expect(await select(changes)).toEqual([]);
  });
});

describe("finding the owner without parsing the catalogue", () => {
  const modified = (path: string) => changed([{ path, status: "modified" }]);

  it("selects a cloudcast whose tracklist: names an export with another stem beside it", async () => {
    const files = {
      "cloudcasts/tue.yml": "title: Tuesday\ntracklist: tuesday-export.cue\n",
      "cloudcasts/wed.yml": "title: Wednesday\n",
      "cloudcasts/tuesday-export.cue": "",
    };
    expect(await selectIn(files, modified("cloudcasts/tuesday-export.cue"))).toEqual([
      "cloudcasts/tue.yml",
    ]);
  });

  it("selects nothing for a README.txt that no cloudcast names", async () => {
    const files = {
      "README.txt": "How we publish",
      "cloudcasts/fri.yml": "title: Friday\n",
      "cloudcasts/sun.yml": "title: Sunday\ntracklist: ../playout/sunday.cue\n",
      "cloudcasts/mon.yml": "title: [broken\n",
    };
    expect(await selectIn(files, modified("README.txt"))).toEqual([]);
    // Nothing in the catalogue names it, so nothing would be parsed.
    const mentions = exportMentions(["README.txt"]);
    const bytes = Object.entries(files).filter(([path]) => path.endsWith(".yml"));
    expect(bytes.filter(([, text]) => mentions(new TextEncoder().encode(text)))).toEqual([]);
  });

  it("does not count a name in a comment: the parse decides, the text search only narrows", async () => {
    const text = "title: Wednesday\n# was exported to ../playout/sunday.cue, now tracks below\n";
    const files = {
      "cloudcasts/wed.yml": text,
      "cloudcasts/desc.yml": "title: Thursday\ndesc: Played from sunday.cue\n",
      "playout/sunday.cue": "",
    };
    expect(exportMentions(["playout/sunday.cue"])(new TextEncoder().encode(text))).toBe(true);
    expect(await selectIn(files, modified("playout/sunday.cue"))).toEqual([]);
  });

  it("finds the name however the YAML spells it", async () => {
    const files = {
      "cloudcasts/a.yml": "title: A\ntracklist: '../playout/dj''s set.cue'\n",
      "cloudcasts/b.yml": 'title: B\ntracklist: "../playout/dj\\x27s set.cue"\n',
      "cloudcasts/c.yml": "title: C\ntracklist: ../playout/dj's\n  set.cue\n",
      "cloudcasts/d.yml": "title: D\ntracklist: >-\n  ../playout/./dj's\n  set.cue\n",
      "cloudcasts/e.yml": "title: E\ndesc: &t ../playout/dj's set.cue\ntracklist: *t\n",
      "cloudcasts/f.yml": "title: F\ntracklist: ../playout/dj's set.CUE\n",
    };
    expect(await selectIn(files, modified("playout/dj's set.cue"))).toEqual([
      "cloudcasts/a.yml",
      "cloudcasts/b.yml",
      "cloudcasts/c.yml",
      "cloudcasts/d.yml",
      "cloudcasts/e.yml",
    ]);
  });

  it("takes an unreadable file beside the export as its owner, and no other", async () => {
    const files = { "cloudcasts/fri.yml": undefined, "cloudcasts/sat.yml": undefined };
    expect(await selectIn(files, modified("cloudcasts/fri.cue"))).toEqual(["cloudcasts/fri.yml"]);
  });

  it("never misses a file whose tracklist: names the export, whatever its name and spelling", async () => {
    let owners = 0;
    await fc.assert(
      fc.asyncProperty(exportName, pathPrefix, spelling, async (name, prefix, spell) => {
        const text = `title: Show\ntracklist: ${spell(`${prefix}${name}`)}\n`;
        const parsed = parseCloudcast(text, "cloudcasts/show.yml");
        const written = parsed.cloudcast?.tracklist;
        if (written === undefined) return;
        if (tracklistRelPath("cloudcasts/show.yml", written) !== `playout/${name}`) return;
        owners++;
        expect(exportMentions([`playout/${name}`])(new TextEncoder().encode(text))).toBe(true);
        expect(
          await selectIn({ "cloudcasts/show.yml": text }, modified(`playout/${name}`)),
        ).toEqual(["cloudcasts/show.yml"]);
      }),
      { numRuns: 400 },
    );
    // Most spellings are valid YAML naming the file: the property is not checked on a few.
    expect(owners).toBeGreaterThan(300);
  });
});

/** Export names with what YAML spells otherwise: spaces, quotes, `#`, `:`, non-ASCII. */
const exportName = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom(..."abz09 -_'\"#:.éß日🎧"),
      minLength: 1,
      maxLength: 12,
    }),
    fc.constantFrom("cue", "txt", "CUE", "m3u"),
  )
  .map(([stem, ext]) => `${stem.trim() || "x"}.${ext}`)
  .filter((name) => !name.includes("/") && !name.startsWith("."));

/** Ways to reach `playout/` from `cloudcasts/`. */
const pathPrefix = fc.constantFrom(
  "../playout/",
  "./../playout/",
  "../playout//",
  "../x/../playout/",
);

/** Ways YAML writes a string. */
const spelling = fc.constantFrom<(value: string) => string>(
  (value) => value,
  (value) => `'${value.replaceAll("'", "''")}'`,
  (value) => JSON.stringify(value),
  (value) => `"${[...value].map(escaped).join("")}"`,
  // An escaped line break joins the lines: the name is nowhere in the text in one piece.
  (value) => `"${[...value].map(joinable).join("\\\n  ")}"`,
  (value) => value.replaceAll(" ", "\n  "),
  (value) => `>-\n  ${value.replaceAll(" ", "\n  ")}`,
  (value) => `|-\n  ${value}`,
);

/** A character as a double-quoted YAML escape: `\u00e9`, `\U0001f3a7`. */
function escaped(char: string): string {
  const hex = char.codePointAt(0)!.toString(16);
  return hex.length > 4 ? `\\U${hex.padStart(8, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/** A character in a double-quoted scalar broken after each character (a space would be cut). */
function joinable(char: string): string {
  if (char === " ") return "\\x20";
  return char === '"' || char === "\\" ? `\\${char}` : char;
}
