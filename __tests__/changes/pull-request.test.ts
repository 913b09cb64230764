import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectChanges } from "../../src/selection/changes.js";
import { readFileAt } from "../../src/selection/git.js";
import { createSandbox, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { context, deps, summary } from "./support.js";

let sandbox: Sandbox;
let origin: TestRepo;
let forkPoint: string;
let head: string;
let baseTip: string;

beforeEach(async () => {
  sandbox = await createSandbox();
  origin = await sandbox.repo("origin");
  await origin.write("cloudcasts/a.yml", "title: A\n");
  await origin.write("cloudcasts/b.yml", "title: B\n");
  await origin.write("cloudcasts/old name.yml", "title: Old name\ndesc: kept\n");
  forkPoint = await origin.commit("base");
  await origin.git("checkout", "-q", "-b", "feature");
  await origin.write("cloudcasts/x.yml", "title: X\n");
  await origin.write("cloudcasts/a.yml", "title: A, from the PR\n");
  await origin.move("cloudcasts/old name.yml", "cloudcasts/new name.yml");
  head = await origin.commit("the pull request");
  await origin.git("checkout", "-q", "main");
  // The base branch moves on after the fork point: none of this is the PR's doing.
  await origin.write("cloudcasts/y.yml", "title: Y\n");
  await origin.write("cloudcasts/b.yml", "title: B, on main\n");
  baseTip = await origin.commit("main moves on");
});

afterEach(async () => {
  await sandbox.cleanup();
});

function prEvent(name = "pull_request") {
  return context(name, {
    number: 42,
    pull_request: {
      number: 42,
      base: { sha: baseTip, ref: "main", repo: { full_name: "octo-org/shows" } },
      head: { sha: head, ref: "feature", repo: { full_name: "octo-org/shows", fork: false } },
    },
  });
}

describe("pull_request", () => {
  it.each(["pull_request", "pull_request_target"])(
    "%s takes base...head: the PR's own changes",
    async (name) => {
      const clone = await sandbox.clone(origin, { branch: "feature" });
      const set = await detectChanges(prEvent(name), deps(clone.dir));
      expect(summary(set)).toEqual({
        files: [
          "modified cloudcasts/a.yml",
          "renamed cloudcasts/old name.yml -> cloudcasts/new name.yml",
          "added cloudcasts/x.yml",
        ],
        deleted: [],
      });
      expect(set).toMatchObject({ base: forkPoint, head });
    },
  );

  it("fetches a head commit the checkout lacks (pull_request_target checks out the base)", async () => {
    const clone = await sandbox.clone(origin, { branch: "main", singleBranch: true });
    await expect(clone.git("cat-file", "-e", `${head}^{commit}`)).rejects.toThrow();
    const d = deps(clone.dir);
    const set = await detectChanges(prEvent("pull_request_target"), d);
    expect(summary(set)).toMatchObject({
      files: expect.arrayContaining(["added cloudcasts/x.yml"]),
    });
    expect(d.log.infos.some((m) => m.startsWith("Fetching the commits"))).toBe(true);
  });

  it("lets the previous version of a renamed file be read at the base", async () => {
    const clone = await sandbox.clone(origin, { branch: "feature" });
    const d = deps(clone.dir);
    const set = await detectChanges(prEvent(), d);
    if (set.kind !== "changed") throw new Error("expected changes");
    const renamed = set.files.find((f) => f.status === "renamed");
    expect(await readFileAt(d.git, set.base!, renamed!.previousPath!)).toBe(
      "title: Old name\ndesc: kept\n",
    );
    expect(await readFileAt(d.git, set.base!, renamed!.path)).toBeUndefined();
  });

  it("explains a payload without pull request data", async () => {
    await expect(detectChanges(context("pull_request", {}), deps(origin.dir))).rejects.toThrow(
      /pull_request event payload has no `pull_request.number`.*changed-only: false/,
    );
  });
});
