import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findCloudcastFiles, readSmallFile } from "../../src/selection/files.js";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "mixcloud-publish-files-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function files(tree: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

describe("findCloudcastFiles", () => {
  it("walks folders for .yml and .yaml, skipping node_modules and dot-folders, sorted", async () => {
    await files({
      "cloudcasts/b.yml": "",
      "cloudcasts/a.yaml": "",
      "cloudcasts/2024/z show.yml": "",
      "cloudcasts/2024/ünïcode.YML": "",
      "cloudcasts/notes.txt": "",
      "cloudcasts/show.mp3": "",
      "cloudcasts/node_modules/x.yml": "",
      "cloudcasts/.hidden/y.yml": "",
      "cloudcasts/.github.yml": "",
    });
    expect(await findCloudcastFiles(["cloudcasts"], root)).toEqual({
      files: [
        "cloudcasts/.github.yml",
        "cloudcasts/2024/z show.yml",
        "cloudcasts/2024/ünïcode.YML",
        "cloudcasts/a.yaml",
        "cloudcasts/b.yml",
      ],
      errors: [],
    });
  });

  it("takes a file as given, whatever its name, and removes duplicates", async () => {
    await files({ "cloudcasts/a.yml": "", "show.txt": "" });
    const found = await findCloudcastFiles(
      [
        "./cloudcasts/a.yml",
        "cloudcasts",
        "cloudcasts/../cloudcasts/a.yml",
        "show.txt",
        join(root, "show.txt"),
      ],
      root,
    );
    expect(found).toEqual({ files: ["cloudcasts/a.yml", "show.txt"], errors: [] });
  });

  it("walks an explicitly named dot-folder", async () => {
    await files({ ".shows/a.yml": "" });
    expect((await findCloudcastFiles([".shows"], root)).files).toEqual([".shows/a.yml"]);
  });

  it("reports a path that does not exist, and still finds the others", async () => {
    await files({ "a.yml": "" });
    expect(await findCloudcastFiles(["nope", "a.yml", "gone.yml"], root)).toEqual({
      files: ["a.yml"],
      errors: ["nope: no such file or folder", "gone.yml: no such file or folder"],
    });
  });

  it("follows links to files but not links to folders (which could loop)", async () => {
    await files({ "shows/real.yml": "", "elsewhere/linked.yml": "" });
    await symlink(join(root, "elsewhere/linked.yml"), join(root, "shows/link.yml"));
    await symlink(join(root, "shows"), join(root, "shows/loop"));
    expect((await findCloudcastFiles(["shows"], root)).files).toEqual([
      "shows/link.yml",
      "shows/real.yml",
    ]);
  });

  it("shows files outside the working directory relative to it", async () => {
    await files({ "a/show.yml": "", "b/.keep": "" });
    expect((await findCloudcastFiles(["../a/show.yml"], join(root, "b"))).files).toEqual([
      "../a/show.yml",
    ]);
  });
});

describe("readSmallFile", () => {
  it("reads a file's bytes", async () => {
    await files({ "a.yml": "title: é\n" });
    const read = await readSmallFile(join(root, "a.yml"), 100);
    expect("bytes" in read && read.bytes.toString("utf8")).toBe("title: é\n");
  });

  it("reads an empty file", async () => {
    await files({ "empty.yml": "" });
    const read = await readSmallFile(join(root, "empty.yml"), 100);
    expect("bytes" in read && read.bytes.length).toBe(0);
  });

  it("reports the size of a file over the limit instead of reading it", async () => {
    await files({ "big.yml": "x".repeat(101) });
    expect(await readSmallFile(join(root, "big.yml"), 100)).toEqual({ tooLarge: 101 });
  });

  it("rejects with the system's error for a file that cannot be opened", async () => {
    await expect(readSmallFile(join(root, "missing.yml"), 100)).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
