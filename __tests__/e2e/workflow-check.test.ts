// The action checks the workflow file that runs it, on the bundle under Node 24 (README, "One
// publishing run at a time"): a publishing run whose workflow has no `concurrency:` group, or a
// group that depends on the ref, gets one warning on that file; a constant group gets none; a
// dry run, an absent or a malformed file say nothing, and the run goes on.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { ActionRun } from "./harness.js";
import { workflowCommands } from "./harness.js";
import { addShow, createWorld, MIXCLOUD_TOKEN, OWNER, REPO, pushEvent, runIn } from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";

const FILE = ".github/workflows/mixcloud-publish.yml";

let world: World;
let runner: TestRepo;
let range: { before: string; after: string };

beforeAll(async () => {
  world = await createWorld();
  const before = await world.origin.head();
  await addShow(world.origin, "cloudcasts/night-drive.yml", "Night Drive");
  range = { before, after: await world.origin.commit("add a show") };
  runner = await world.sandbox.clone(world.origin, { name: "runner" });
});
afterAll(async () => {
  await world.close();
});

const workflow = (concurrency: string) => `name: Publish to Mixcloud
on:
  push:
    branches: [main]
permissions:
  contents: read
${concurrency}jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: mixcloud-publish/mixcloud-publish@v1
`;

/** Runs the push with the runner's workflow file as given (undefined: there is none). */
async function runWith(text: string | undefined, inputs: Record<string, string> = {}) {
  const path = join(runner.dir, FILE);
  await rm(path, { force: true });
  if (text !== undefined) {
    await mkdir(join(runner.dir, ".github", "workflows"), { recursive: true });
    await writeFile(path, text);
  }
  const run = await runIn(world, runner, {
    eventName: "push",
    event: pushEvent(range.before, range.after),
    sha: range.after,
    env: {
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/${FILE}@refs/heads/main`,
      GITHUB_JOB: "publish",
    },
    inputs: { "access-token": MIXCLOUD_TOKEN, comment: "false", ...inputs },
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  return run;
}

const warningsOn = (run: ActionRun) =>
  workflowCommands(run.stdout).filter(
    (c) => c.command === "warning" && c.properties["file"] === FILE,
  );

describe("the workflow running a publishing run", () => {
  it("without concurrency: one warning on the workflow file, with the lines to add", async () => {
    const run = await runWith(workflow(""));
    expect(world.mixcloud.state.uploads).toHaveLength(1);
    const warnings = warningsOn(run);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.properties).toMatchObject({ file: FILE, line: "7" });
    expect(warnings[0]?.message).toContain("has no `concurrency:` group");
    expect(warnings[0]?.message).toContain("group: mixcloud-publish");
  });

  it("with a constant group: nothing", async () => {
    const run = await runWith(
      workflow("concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: false\n"),
    );
    expect(warningsOn(run)).toEqual([]);
  });

  it("with a group named after the ref: the warning, on the group's line", async () => {
    const run = await runWith(workflow("concurrency:\n  group: publish-${{ github.ref }}\n"));
    const warnings = warningsOn(run);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.properties["line"]).toBe("8");
    expect(warnings[0]?.message).toContain("depends on `github.ref`");
  });

  it.each([
    ["a dry run", workflow(""), { "dry-run": "true" }],
    ["an absent workflow file", undefined, {}],
    ["a malformed workflow file", "on: [push\njobs: {\n", {}],
  ])("%s: nothing, and the run goes on", async (_what, text, inputs) => {
    const run = await runWith(text, inputs);
    expect(warningsOn(run)).toEqual([]);
    expect(JSON.parse(run.outputs["results"] ?? "[]")).toHaveLength(1);
  });
});
