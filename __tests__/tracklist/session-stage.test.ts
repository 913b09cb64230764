// A Serato DJ commits the session file Serato keeps and exports nothing: the tracklist stage finds
// `show.session` beside `show.yml` (or the file `tracklist:` names, as Serato named it), reads it
// and gives the cloudcast its sections, as it does for any export.
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { applyTracklistFile } from "../../src/tracklist/resolve.js";

const SESSION = join(
  import.meta.dirname,
  "../fixtures/tracklists/generated/serato-session-3h.session",
);

let root: string;
beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), "session-stage-")));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function stage(files: Record<string, string | Buffer>, path: string) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), content);
  }
  const parsed = parseCloudcast(files[path] as string, path);
  return applyTracklistFile(parsed, { root, cloudcastPath: path });
}

describe("a Serato session file as the tracklist", () => {
  it("is found beside the cloudcast file by its stem", async () => {
    const bytes = await readFile(SESSION);
    const { parsed, source } = await stage(
      { "shows/friday.yml": "title: Friday\n", "shows/friday.session": bytes },
      "shows/friday.yml",
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(source).toMatchObject({ file: "shows/friday.session", format: "serato-session" });
    expect(parsed.cloudcast?.sections).toHaveLength(60);
    expect(parsed.cloudcast?.sections[0]).toMatchObject({ kind: "track", start: 0 });
  });

  it("is read where tracklist: names it, under the name Serato gave it", async () => {
    const bytes = await readFile(SESSION);
    const { parsed, source } = await stage(
      {
        "shows/friday.yml": "title: Friday\ntracklist: ../_Serato_/History/Sessions/812.session\n",
        "_Serato_/History/Sessions/812.session": bytes,
      },
      "shows/friday.yml",
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(source).toMatchObject({ format: "serato-session", sections: 60 });
  });
});
