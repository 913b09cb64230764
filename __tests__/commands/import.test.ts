import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatStart, importCommand, toKey } from "../../src/commands/import.js";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { captureIO } from "./io.js";

let dir: string;
let mock: MockServer;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mp-import-"));
  mock = await startMockServer({
    username: "dj",
    existingCloudcasts: [
      {
        name: "Night Drive: Part 1",
        slug: "night-drive-part-1",
        description: "Deep house, all night.",
        tags: ["House", "Deep House"],
        sections: [
          { start_time: 0, artist: "Kerri Chandler", song: "Rain" },
          { start_time: 3725, chapter: "Interview" },
        ],
      },
    ],
  });
});
afterEach(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("mixcloud-publish import", () => {
  it("writes a cloudcast file that validates and names the upload by key", async () => {
    const run = captureIO(dir, { HOME: dir });
    expect(await importCommand(["--api-url", mock.url, "/dj/night-drive-part-1/"], run.io)).toBe(0);
    expect(run.stdout()).toBe(
      "imported  /dj/night-drive-part-1/  cloudcasts/night-drive-part-1.yml\n",
    );
    const text = readFileSync(join(dir, "cloudcasts", "night-drive-part-1.yml"), "utf8");
    const parsed = parseCloudcast(text, "cloudcasts/night-drive-part-1.yml");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.cloudcast).toMatchObject({
      title: "Night Drive: Part 1",
      description: "Deep house, all night.",
      tags: ["House", "Deep House"],
      key: "/dj/night-drive-part-1/",
      sections: [
        { kind: "track", start: 0, artist: "Kerri Chandler", song: "Rain" },
        { kind: "chapter", start: 3725, chapter: "Interview" },
      ],
    });
  });

  it("takes a mixcloud.com URL, refuses to overwrite without --force", async () => {
    const url = "https://www.mixcloud.com/dj/night-drive-part-1/";
    expect(
      await importCommand(
        ["--api-url", mock.url, "--dir", "shows", url],
        captureIO(dir, { HOME: dir }).io,
      ),
    ).toBe(0);
    const again = captureIO(dir, { HOME: dir });
    expect(await importCommand(["--api-url", mock.url, "--dir", "shows", url], again.io)).toBe(1);
    expect(again.stderr()).toMatch(/exists: pass --force/);
    expect(
      await importCommand(
        ["--api-url", mock.url, "--dir", "shows", "--force", url],
        captureIO(dir, { HOME: dir }).io,
      ),
    ).toBe(0);
  });

  it("reports an upload that is not there, and a key that is not one", async () => {
    const missing = captureIO(dir, { HOME: dir });
    expect(await importCommand(["--api-url", mock.url, "/dj/nope/"], missing.io)).toBe(1);
    expect(missing.stderr()).toMatch(/\/dj\/nope\/: not on Mixcloud/);
    const bad = captureIO(dir, { HOME: dir });
    expect(await importCommand(["not-a-key"], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/not a cloudcast key or URL: not-a-key/);
  });

  it("formats starts as a person writes them and parses keys", () => {
    expect([0, 85, 600, 3723].map(formatStart)).toEqual(["0:00", "1:25", "10:00", "1:02:03"]);
    expect(toKey("/a/b/")).toBe("/a/b/");
    expect(toKey("https://www.mixcloud.com/a/b/")).toBe("/a/b/");
    expect(toKey("/a/")).toBeUndefined();
  });
});
