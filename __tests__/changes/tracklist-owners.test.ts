// A changed tracklist file selects the cloudcast file it belongs to.
import { describe, expect, it } from "vitest";
import type { ChangeSet, ChangedFile } from "../../src/selection/changes.js";
import { selectFiles } from "../../src/selection/select.js";

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
