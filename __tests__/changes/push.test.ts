import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectChanges } from "../../src/selection/changes.js";
import { createSandbox, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { context, deps, summary, ZEROS } from "./support.js";

let sandbox: Sandbox;
let origin: TestRepo;
let first: string;
let second: string;

beforeEach(async () => {
  sandbox = await createSandbox();
  origin = await sandbox.repo("origin");
  await origin.write("README.md", "# shows\n");
  await origin.write("cloudcasts/a.yml", "title: A\n");
  await origin.write("cloudcasts/b.yml", "title: B\n");
  first = await origin.commit("first shows");
  await origin.write("cloudcasts/a.yml", "title: A, edited\n");
  await origin.write("cloudcasts/c.yml", "title: C\n");
  await origin.remove("cloudcasts/b.yml");
  second = await origin.commit("edit a, add c, remove b");
});

afterEach(async () => {
  await sandbox.cleanup();
});

describe("push", () => {
  it("takes what changed between before and after, listing deletions apart", async () => {
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(
      context("push", { ref: "refs/heads/main", before: first, after: second }),
      deps(clone.dir),
    );
    expect(summary(set)).toEqual({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/c.yml"],
      deleted: ["cloudcasts/b.yml"],
    });
    expect(set).toMatchObject({ kind: "changed", base: first, head: second });
  });

  it("spans several commits of one push", async () => {
    await origin.write("cloudcasts/d.yml", "title: D\n");
    const third = await origin.commit("add d");
    const set = await detectChanges(
      context("push", { ref: "refs/heads/main", before: first, after: third }),
      deps(origin.dir),
    );
    expect(summary(set)).toMatchObject({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/c.yml", "added cloudcasts/d.yml"],
    });
  });

  it("skips a push that deleted the branch", async () => {
    const set = await detectChanges(
      context("push", { ref: "refs/heads/old", before: second, after: ZEROS, deleted: true }),
      deps(origin.dir),
    );
    expect(set).toEqual({ kind: "skip", reason: "the push deleted refs/heads/old" });
  });
});

describe("first push of a branch", () => {
  it("compares with the merge base of the default branch, ignoring what main did since", async () => {
    await origin.git("checkout", "-q", "-b", "feature");
    await origin.write("cloudcasts/d.yml", "title: D\n");
    await origin.commit("add d");
    await origin.write("cloudcasts/a.yml", "title: A on the branch\n");
    const tip = await origin.commit("edit a");
    await origin.git("checkout", "-q", "main");
    await origin.write("cloudcasts/e.yml", "title: E\n");
    await origin.commit("main moves on");

    const clone = await sandbox.clone(origin, { branch: "feature" });
    const log = deps(clone.dir);
    const set = await detectChanges(
      context("push", { ref: "refs/heads/feature", before: ZEROS, after: tip, created: true }),
      log,
    );
    expect(summary(set)).toEqual({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/d.yml"],
      deleted: [],
    });
    expect(set).toMatchObject({ base: second, head: tip });
    expect(log.log.infos.join("\n")).toContain("merge base of main");
  });

  it("takes the pushed commit alone for a new default branch", async () => {
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(
      context("push", { ref: "refs/heads/main", before: ZEROS, after: second, created: true }),
      deps(clone.dir),
    );
    expect(summary(set)).toEqual({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/c.yml"],
      deleted: ["cloudcasts/b.yml"],
    });
    expect(set).toMatchObject({ base: first });
  });

  it("takes every file of a root commit", async () => {
    const set = await detectChanges(
      context("push", { ref: "refs/heads/main", before: ZEROS, after: first, created: true }),
      deps(origin.dir),
    );
    expect(summary(set)).toEqual({
      files: ["added README.md", "added cloudcasts/a.yml", "added cloudcasts/b.yml"],
      deleted: [],
    });
    expect(set.kind === "changed" && set.base).toBeUndefined();
  });

  it("takes the pushed commit alone when the branch holds nothing beyond the default branch", async () => {
    await origin.git("branch", "copy-of-main");
    const set = await detectChanges(
      context("push", {
        ref: "refs/heads/copy-of-main",
        before: ZEROS,
        after: second,
        created: true,
      }),
      deps((await sandbox.clone(origin)).dir),
    );
    expect(summary(set)).toMatchObject({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/c.yml"],
    });
  });
});

describe("forced push", () => {
  it("ignores the rewritten history and measures from the default branch", async () => {
    await origin.git("checkout", "-q", "-b", "feature");
    await origin.write("cloudcasts/old-idea.yml", "title: Old\n");
    const rewritten = await origin.commit("an idea, later dropped");
    await origin.git("reset", "-q", "--hard", second);
    await origin.write("cloudcasts/f.yml", "title: F\n");
    const tip = await origin.commit("the better idea");

    const clone = await sandbox.clone(origin, { branch: "feature" });
    const set = await detectChanges(
      context("push", { ref: "refs/heads/feature", before: rewritten, after: tip, forced: true }),
      deps(clone.dir),
    );
    expect(summary(set)).toEqual({ files: ["added cloudcasts/f.yml"], deleted: [] });
  });

  it("on the default branch itself takes the pushed commit alone", async () => {
    await origin.git("reset", "-q", "--hard", first);
    await origin.write("cloudcasts/g.yml", "title: G\n");
    const tip = await origin.commit("rewrite main");
    const set = await detectChanges(
      context("push", { ref: "refs/heads/main", before: second, after: tip, forced: true }),
      deps((await sandbox.clone(origin)).dir),
    );
    expect(summary(set)).toEqual({ files: ["added cloudcasts/g.yml"], deleted: [] });
    expect(set).toMatchObject({ base: first, head: tip });
  });
});

describe("events that take every file", () => {
  it.each(["workflow_dispatch", "schedule", "repository_dispatch", ""])(
    "%j → all",
    async (event) => {
      const d = deps(origin.dir);
      expect(await detectChanges(context(event, {}), d)).toEqual({ kind: "all" });
      expect(d.log.infos[0]).toContain("taking every matching file");
    },
  );
});
