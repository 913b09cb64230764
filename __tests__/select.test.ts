import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChangeSet } from "../src/selection/changes.js";
import { DEFAULT_FILES } from "../src/constants.js";
import { createGitRunner } from "../src/selection/git.js";
import {
  compileGlobs,
  globRoots,
  listAllFiles,
  listedFileReader,
  selectDeleted,
  selectFiles,
  walkFiles,
} from "../src/selection/select.js";
import { createSandbox, gitEnv, type Sandbox } from "./helpers/git-repo.js";

const changed = (
  files: Extract<ChangeSet, { kind: "changed" }>["files"],
  deleted: string[] = [],
): ChangeSet => ({
  kind: "changed",
  files,
  deleted,
  head: "h".repeat(40),
});

describe("compileGlobs", () => {
  it("selects by the default globs, dot folders included", () => {
    const match = compileGlobs(DEFAULT_FILES);
    expect(match("cloudcasts/show.yml")).toBe(true);
    expect(match("cloudcasts/2024/05/show.yaml")).toBe(true);
    expect(match("cloudcasts/.drafts/show.yml")).toBe(true);
    expect(match("cloudcasts/Ünïcode show.yml")).toBe(true);
    expect(match("cloudcasts/show.mp3")).toBe(false);
    expect(match("other/show.yml")).toBe(false);
  });

  it("lets an exclusion win wherever it stands", () => {
    const excludeLast = compileGlobs(["cloudcasts/**/*.yml", "!cloudcasts/drafts/**"]);
    const excludeFirst = compileGlobs([
      "!cloudcasts/drafts/**",
      "cloudcasts/**/*.yml",
      "cloudcasts/drafts/keep.yml",
    ]);
    for (const match of [excludeLast, excludeFirst]) {
      expect(match("cloudcasts/live.yml")).toBe(true);
      expect(match("cloudcasts/drafts/wip.yml")).toBe(false);
    }
    expect(excludeFirst("cloudcasts/drafts/keep.yml")).toBe(false);
  });

  it("selects nothing from exclusions alone", () => {
    expect(compileGlobs(["!x/**"])("cloudcasts/a.yml")).toBe(false);
  });
});

describe("selectFiles", () => {
  it("keeps the changed files the globs select, sorted, with their previous names", async () => {
    const listAll = () => Promise.reject(new Error("not needed"));
    const set = changed([
      { path: "cloudcasts/z.yml", status: "added" },
      { path: "README.md", status: "modified" },
      { path: "cloudcasts/b.yml", status: "renamed", previousPath: "old/b.yml" },
      { path: "cloudcasts/a.yml", status: "modified" },
      { path: "cloudcasts/drafts/x.yml", status: "added" },
    ]);
    expect(
      await selectFiles(["cloudcasts/**/*.yml", "!cloudcasts/drafts/**"], set, listAll),
    ).toEqual([
      { path: "cloudcasts/a.yml", status: "modified" },
      { path: "cloudcasts/b.yml", status: "renamed", previousPath: "old/b.yml" },
      { path: "cloudcasts/z.yml", status: "added" },
    ]);
  });

  it("lists every matching file for `all`, and nothing for `skip`", async () => {
    const listAll = async () => [
      "cloudcasts/b.yml",
      "cloudcasts/a.yaml",
      "notes.txt",
      "cloudcasts/b.yml",
    ];
    expect(await selectFiles(DEFAULT_FILES, { kind: "all" }, listAll)).toEqual([
      { path: "cloudcasts/a.yaml", status: "listed" },
      { path: "cloudcasts/b.yml", status: "listed" },
    ]);
    expect(await selectFiles(DEFAULT_FILES, { kind: "skip", reason: "deleted" }, listAll)).toEqual(
      [],
    );
  });

  it("reports the deleted files the globs select", () => {
    const set = changed([], ["cloudcasts/gone.yml", "docs/gone.md", "cloudcasts/a gone.yml"]);
    expect(selectDeleted(DEFAULT_FILES, set)).toEqual([
      "cloudcasts/a gone.yml",
      "cloudcasts/gone.yml",
    ]);
    expect(selectDeleted(DEFAULT_FILES, { kind: "all" })).toEqual([]);
  });
});

describe("listing all files", () => {
  let sandbox: Sandbox;
  let dir: string;
  beforeEach(async () => {
    sandbox = await createSandbox();
    dir = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-walk-"));
  });
  afterEach(async () => {
    await sandbox.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it("takes git's tracked files in a repository (untracked ones are not published)", async () => {
    const repo = await sandbox.repo("tracked");
    await repo.write("cloudcasts/tracked show.yml", "title: T\n");
    await repo.write("cloudcasts/line\nbreak.yml", "title: N\n");
    await repo.commit("shows");
    await repo.write("cloudcasts/untracked.yml", "title: U\n");
    const files = await listAllFiles(repo.dir, createGitRunner(repo.dir, gitEnv()), DEFAULT_FILES);
    expect(files.sort()).toEqual(["cloudcasts/line\nbreak.yml", "cloudcasts/tracked show.yml"]);
  });

  it("walks only the folders the globs can reach outside a repository", async () => {
    await mkdir(path.join(dir, "cloudcasts/2024"), { recursive: true });
    await mkdir(path.join(dir, "node_modules/x"), { recursive: true });
    await mkdir(path.join(dir, "elsewhere"), { recursive: true });
    await writeFile(path.join(dir, "cloudcasts/2024/a.yml"), "title: A\n");
    await writeFile(path.join(dir, "cloudcasts/b.yaml"), "title: B\n");
    await writeFile(path.join(dir, "elsewhere/c.yml"), "title: C\n");
    await writeFile(path.join(dir, "single.yml"), "title: S\n");
    await symlink(path.join(dir, "elsewhere"), path.join(dir, "cloudcasts/linked-dir"));
    const git = createGitRunner(dir, gitEnv({ GIT_CEILING_DIRECTORIES: path.dirname(dir) }));
    const files = await listAllFiles(dir, git, [
      ...DEFAULT_FILES,
      "single.yml",
      "missing/**/*.yml",
    ]);
    // The symlinked folder is listed as an entry but not followed.
    expect(files.sort()).toEqual([
      "cloudcasts/2024/a.yml",
      "cloudcasts/b.yaml",
      "cloudcasts/linked-dir",
      "single.yml",
    ]);
    const selected = await selectFiles([...DEFAULT_FILES, "single.yml"], { kind: "all" }, () =>
      walkFiles(dir, [""]),
    );
    expect(selected.map((f) => f.path)).toEqual([
      "cloudcasts/2024/a.yml",
      "cloudcasts/b.yaml",
      "single.yml",
    ]);
  });

  it("computes the roots to walk", () => {
    expect(globRoots(["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml", "!cloudcasts/x/**"])).toEqual([
      "cloudcasts",
    ]);
    expect(globRoots(["shows/a/*.yml", "shows/**/*.yml", "extra/one.yml"])).toEqual([
      "extra/one.yml",
      "shows",
    ]);
    expect(globRoots(["**/*.yml", "cloudcasts/*.yml"])).toEqual([""]);
  });
});

describe("reading a listed file to find a changed export's owner", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-listed-"));
    await mkdir(path.join(dir, "repo/cloudcasts"), { recursive: true });
    await mkdir(path.join(dir, "outside"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const text = (bytes: Uint8Array | undefined) =>
    bytes === undefined ? undefined : new TextDecoder().decode(bytes);

  it("reads a plain file, and a link inside the repository as the careful reader does", async () => {
    const repo = path.join(dir, "repo");
    await writeFile(path.join(repo, "cloudcasts/fri.yml"), "title: Friday\n");
    await symlink("fri.yml", path.join(repo, "cloudcasts/link.yml"));
    const read = listedFileReader(repo, 1024);
    expect(text(await read("cloudcasts/fri.yml"))).toBe("title: Friday\n");
    expect(text(await read("cloudcasts/link.yml"))).toBe("title: Friday\n");
  });

  it("reads nothing through a link out of the repository, a FIFO, a folder or a missing file", async () => {
    const repo = path.join(dir, "repo");
    await writeFile(path.join(dir, "outside/secret.yml"), "title: Secret\n");
    await symlink(path.join(dir, "outside/secret.yml"), path.join(repo, "cloudcasts/out.yml"));
    execFileSync("mkfifo", [path.join(repo, "cloudcasts/fifo.yml")]);
    await mkdir(path.join(repo, "cloudcasts/folder.yml"));
    const read = listedFileReader(repo, 1024);
    for (const file of ["out.yml", "fifo.yml", "folder.yml", "missing.yml"]) {
      expect(await read(`cloudcasts/${file}`)).toBeUndefined();
    }
  });

  it("cuts a file over the limit as the careful reader does, for the parser to refuse", async () => {
    const repo = path.join(dir, "repo");
    await writeFile(path.join(repo, "cloudcasts/big.yml"), "x".repeat(2000));
    expect((await listedFileReader(repo, 1024)("cloudcasts/big.yml"))?.length).toBe(1024);
  });

  it("finds a symlinked cloudcast file that names the changed export", async () => {
    const repo = path.join(dir, "repo");
    await writeFile(path.join(repo, "cloudcasts/real.yml"), "title: R\ntracklist: sets/x.cue\n");
    await symlink("real.yml", path.join(repo, "cloudcasts/linked.yml"));
    const selected = await selectFiles(
      DEFAULT_FILES,
      changed([{ path: "cloudcasts/sets/x.cue", status: "added" }]),
      async () => ["cloudcasts/linked.yml"],
      listedFileReader(repo, 1024),
    );
    expect(selected.map((f) => `${f.status} ${f.path}`)).toEqual([
      "modified cloudcasts/linked.yml",
    ]);
  });
});
