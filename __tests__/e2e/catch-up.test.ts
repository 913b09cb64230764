// Catching up, on the bundle under Node 24 (README, "Exactly once"): pushes adding A, B and C;
// the run for A published, the run for B was cancelled while pending (GitHub keeps one pending
// run per concurrency group). The run for C publishes B and C and leaves A alone. Without
// `actions: read` (the runs list answers 403) it publishes C only, and a notice says why.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionRun } from "./harness.js";
import { workflowCommands } from "./harness.js";
import { addShow, createWorld, MIXCLOUD_TOKEN, OWNER, REPO, pushEvent, runIn } from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";

const WORKFLOW = "mixcloud-publish.yml";

let world: World;
let runner: TestRepo;
const pushes: Record<"a" | "b" | "c", { before: string; after: string }> = {} as never;

beforeEach(async () => {
  world = await createWorld();
  for (const name of ["a", "b", "c"] as const) {
    const before = await world.origin.head();
    await addShow(world.origin, `cloudcasts/${name}.yml`, `Show ${name.toUpperCase()}`);
    pushes[name] = { before, after: await world.origin.commit(`add show ${name}`) };
  }
  runner = await world.sandbox.clone(world.origin, { name: "runner" });
});
afterEach(async () => {
  await world.close();
});

/** The run of the push that added `name`, as GitHub would start it from the workflow file. */
function runPush(name: "a" | "b" | "c"): Promise<ActionRun> {
  const { before, after } = pushes[name];
  return runIn(world, runner, {
    eventName: "push",
    event: pushEvent(before, after),
    sha: after,
    env: {
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/${WORKFLOW}@refs/heads/main`,
      GITHUB_JOB: "publish",
    },
    inputs: { "access-token": MIXCLOUD_TOKEN, comment: "false" },
  });
}

const results = (run: ActionRun) =>
  JSON.parse(run.outputs["results"] ?? "[]") as Array<{ file: string; status: string }>;
const notices = (run: ActionRun) =>
  workflowCommands(run.stdout)
    .filter((c) => c.command === "notice")
    .map((c) => c.message);
const uploadedNames = () =>
  world.mixcloud.state.uploads.map((u) => u.fields.find(([name]) => name === "name")?.[1]);

/** The run for A published A; the run for B was cancelled before it started. */
async function publishAThenCancelB(): Promise<void> {
  const runA = await runPush("a");
  expect(runA.exitCode, runA.stdout).toBe(0);
  world.github.addWorkflowRun({ workflow: WORKFLOW, headSha: pushes.a.after });
  world.github.addWorkflowRun({
    workflow: WORKFLOW,
    headSha: pushes.b.after,
    conclusion: "cancelled",
  });
  expect(uploadedNames()).toEqual(["Show A"]);
}

describe("the run of the third push", () => {
  it("publishes B and C, catching up on the cancelled run, and leaves A alone", async () => {
    await publishAThenCancelB();
    const run = await runPush("c");
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(results(run).map((r) => `${r.status} ${r.file}`)).toEqual([
      "published cloudcasts/b.yml",
      "published cloudcasts/c.yml",
    ]);
    // Two uploads at a time: B and C in either order, each once.
    expect(uploadedNames().sort()).toEqual(["Show A", "Show B", "Show C"]);
    expect(run.stdout).toContain(
      `Publishing what changed since ${pushes.a.after.slice(0, 7)}, the commit of the last successful run of ${WORKFLOW} on main`,
    );
    expect(notices(run)).toEqual([]);
    const asked = world.github.state.requests.find((r) => r.path.includes("/runs?"));
    expect(asked?.path).toContain(`/actions/workflows/${WORKFLOW}/runs?`);
  });

  it("finds B already published by a run that failed, as unchanged, and uploads only C", async () => {
    const runA = await runPush("a");
    expect(runA.exitCode, runA.stdout).toBe(0);
    world.github.addWorkflowRun({ workflow: WORKFLOW, headSha: pushes.a.after });
    // The run for B published B, and then its job failed (a later step, say): a failed run is
    // no start for catching up, so the run for C measures from A and meets B again.
    const runB = await runPush("b");
    expect(runB.exitCode, runB.stdout).toBe(0);
    world.github.addWorkflowRun({
      workflow: WORKFLOW,
      headSha: pushes.b.after,
      conclusion: "failure",
    });
    expect(uploadedNames()).toEqual(["Show A", "Show B"]);

    const run = await runPush("c");
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(results(run).map((r) => `${r.status} ${r.file}`)).toEqual([
      "unchanged cloudcasts/b.yml",
      "published cloudcasts/c.yml",
    ]);
    expect(uploadedNames()).toEqual(["Show A", "Show B", "Show C"]);
    expect(world.mixcloud.state.edits).toEqual([]);
    expect(run.stdout).toContain(
      `Publishing what changed since ${pushes.a.after.slice(0, 7)}, the commit of the last successful run of ${WORKFLOW} on main`,
    );
  });

  it("without actions: read publishes C only, and a notice says what catching up needs", async () => {
    await publishAThenCancelB();
    world.github.state.actionsReadable = false;
    const run = await runPush("c");
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(results(run).map((r) => `${r.status} ${r.file}`)).toEqual([
      "published cloudcasts/c.yml",
    ]);
    expect(uploadedNames()).toEqual(["Show A", "Show C"]);
    expect(notices(run)).toEqual([
      expect.stringContaining("Catching up needs `permissions: actions: read`"),
    ]);
    expect(run.summary).toContain("Catching up needs");
    expect(run.stdout).toContain(
      `Publishing what changed in this push's own range ${pushes.b.after.slice(0, 7)}..${pushes.c.after.slice(0, 7)}`,
    );
  });
});
