import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectChanges } from "../../src/selection/changes.js";
import { createGitHubApi } from "../../src/github/index.js";
import { createSandbox, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { startGitHubMock, type GitHubMock } from "../helpers/github-mock.js";
import { context, deps, summary } from "./support.js";

let sandbox: Sandbox;
let origin: TestRepo;

beforeEach(async () => {
  sandbox = await createSandbox();
  origin = await sandbox.repo("origin");
  await origin.write("cloudcasts/one.yml", "title: One\n");
  await origin.commit("one");
  await origin.tag("v1.0.0", { message: "first release" });
  await origin.write("cloudcasts/two.yml", "title: Two\n");
  await origin.commit("two");
  await origin.tag("v1.1.0");
  await origin.write("cloudcasts/three.yml", "title: Three\n");
  await origin.write("cloudcasts/one.yml", "title: One, remastered\n");
  await origin.commit("three");
  await origin.tag("v1.2.0", { message: "third release" });
});

afterEach(async () => {
  await sandbox.cleanup();
});

const release = (tag: string) =>
  context("release", { action: "published", release: { tag_name: tag } });

describe("release", () => {
  it("takes what changed since the previous release tag", async () => {
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(release("v1.2.0"), deps(clone.dir));
    expect(summary(set)).toEqual({
      files: ["modified cloudcasts/one.yml", "added cloudcasts/three.yml"],
      deleted: [],
    });
  });

  it("orders by version, not by the order tags were made", async () => {
    // A patch release of the 1.0 line, tagged after 1.2.0: its predecessor is 1.0.0.
    await origin.git("checkout", "-q", "-b", "maint", "v1.0.0");
    await origin.write("cloudcasts/hotfix.yml", "title: Hotfix\n");
    await origin.commit("hotfix");
    await origin.tag("v1.0.1");
    const set = await detectChanges(release("v1.0.1"), deps(origin.dir));
    expect(summary(set)).toEqual({ files: ["added cloudcasts/hotfix.yml"], deleted: [] });
  });

  it("takes every file for the first release", async () => {
    const d = deps(origin.dir);
    expect(await detectChanges(release("v1.0.0"), d)).toEqual({ kind: "all" });
    expect(d.log.infos.join("\n")).toContain("No release before v1.0.0");
  });

  describe("after a prerelease", () => {
    beforeEach(async () => {
      await origin.write("cloudcasts/four.yml", "title: Four\n");
      await origin.commit("four");
      await origin.tag("v1.3.0-rc.1", { message: "release candidate" });
      await origin.write("cloudcasts/five.yml", "title: Five\n");
      await origin.commit("five");
      await origin.tag("v1.3.0", { message: "fourth release" });
    });

    it("measures from the previous full release: the prerelease published nothing", async () => {
      const set = await detectChanges(release("v1.3.0"), deps(origin.dir));
      expect(summary(set)).toEqual({
        files: ["added cloudcasts/five.yml", "added cloudcasts/four.yml"],
        deleted: [],
      });
    });

    it("measures from the prerelease when prereleases publish", async () => {
      const set = await detectChanges(release("v1.3.0"), deps(origin.dir, { prereleases: true }));
      expect(summary(set)).toEqual({ files: ["added cloudcasts/five.yml"], deleted: [] });
    });
  });

  it("fetches the tags a shallow checkout lacks", async () => {
    const clone = await sandbox.clone(origin, { depth: 1 });
    expect(await clone.git("tag")).toBe("");
    const set = await detectChanges(release("v1.2.0"), deps(clone.dir));
    expect(summary(set)).toMatchObject({
      files: ["modified cloudcasts/one.yml", "added cloudcasts/three.yml"],
    });
  });

  describe("with the GitHub API", () => {
    let gh: GitHubMock;
    beforeEach(async () => {
      gh = await startGitHubMock();
    });
    afterEach(async () => {
      await gh.close();
    });
    const api = () =>
      createGitHubApi({
        token: gh.token,
        apiUrl: gh.url,
        repository: { owner: "octo-org", repo: "shows" },
      });

    it("takes the previous release from the releases list, skipping drafts and plain tags", async () => {
      // Only v1.0.0 was released; v1.1.0 is a tag without a release; a draft is not a release.
      gh.addRelease({ tag: "v1.0.0" });
      gh.addRelease({ tag: "v1.1.5", draft: true });
      gh.addRelease({ tag: "v1.2.0" });
      const set = await detectChanges(release("v1.2.0"), deps(origin.dir, { github: api() }));
      expect(summary(set)).toEqual({
        files: [
          "modified cloudcasts/one.yml",
          "added cloudcasts/three.yml",
          "added cloudcasts/two.yml",
        ],
        deleted: [],
      });
    });

    it("skips prereleases in the list unless they publish", async () => {
      await origin.write("cloudcasts/four.yml", "title: Four\n");
      await origin.commit("four");
      await origin.tag("v1.3.0-beta");
      await origin.write("cloudcasts/five.yml", "title: Five\n");
      await origin.commit("five");
      await origin.tag("v1.3.0");
      gh.addRelease({ tag: "v1.2.0" });
      gh.addRelease({ tag: "v1.3.0-beta", prerelease: true });
      gh.addRelease({ tag: "v1.3.0" });
      const full = await detectChanges(release("v1.3.0"), deps(origin.dir, { github: api() }));
      expect(summary(full)).toMatchObject({
        files: ["added cloudcasts/five.yml", "added cloudcasts/four.yml"],
      });
      const withPre = await detectChanges(
        release("v1.3.0"),
        deps(origin.dir, { github: api(), prereleases: true }),
      );
      expect(summary(withPre)).toMatchObject({ files: ["added cloudcasts/five.yml"] });
    });

    it("takes every file when the list holds no earlier release", async () => {
      gh.addRelease({ tag: "v1.2.0" });
      expect(await detectChanges(release("v1.2.0"), deps(origin.dir, { github: api() }))).toEqual({
        kind: "all",
      });
    });
  });
});
