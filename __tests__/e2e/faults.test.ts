// Faults from the mock Mixcloud server, survived by the bundled action: retried where safe,
// looked up where the outcome is unknown, and never a second copy of a cloudcast.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Fault } from "../../src/mock/index.js";
import type { ActionRun } from "./harness.js";
import {
  addShow,
  createWorld,
  MIXCLOUD_TOKEN,
  OWNER,
  REPO,
  runIn,
  wav,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";
import type { TestRepo } from "../helpers/git-repo.js";

let world: World;
let clone: TestRepo;

beforeEach(async () => {
  world = await createWorld();
  await addShow(world.origin, "cloudcasts/a.yml", "Show A");
  await addShow(world.origin, "cloudcasts/b.yml", "Show B");
  await world.origin.commit("two shows");
  clone = await world.sandbox.clone(world.origin, { name: "runner" });
});
afterEach(async () => {
  await world.close();
});

const repository = {
  name: REPO,
  full_name: `${OWNER}/${REPO}`,
  default_branch: "main",
  owner: { login: OWNER },
};

async function publishAll(
  inputs: Record<string, string> = {},
  onSpawn?: Parameters<typeof runIn>[2]["onSpawn"],
): Promise<ActionRun> {
  return runIn(world, clone, {
    eventName: "workflow_dispatch",
    event: { inputs: {}, repository },
    sha: await clone.head(),
    inputs: {
      "changed-only": "false",
      "access-token": MIXCLOUD_TOKEN,
      concurrency: "1",
      comment: "false",
      ...inputs,
    },
    // Short timeouts so that a hang is noticed in seconds, not minutes.
    env: { MIXCLOUD_PUBLISH_ANSWER_TIMEOUT: "2", MIXCLOUD_PUBLISH_STALL_TIMEOUT: "1" },
    onSpawn,
  });
}

function statuses(run: ActionRun): string[] {
  return (JSON.parse(run.outputs["results"] ?? "[]") as Array<{ status: string }>).map(
    (r) => r.status,
  );
}

/** Each show exists on the mock exactly once. */
function expectExactlyOnce(): void {
  const names = world.mixcloud.state.cloudcasts.map((c) => c.name).sort();
  expect(names).toEqual(["Show A", "Show B"]);
}

function expectClean(run: ActionRun): void {
  expect(run.everything).not.toContain(MIXCLOUD_TOKEN);
  expect(run.tempLeftovers).toEqual([]);
}

const uploadFault = (fault: Fault): Fault => ({ method: "POST", path: "/upload/", ...fault });

describe("faults on the way to Mixcloud", () => {
  it.each<[string, Fault]>([
    ["a 502 HTML page, then success", uploadFault({ kind: "server-error", status: 502 })],
    [
      "a rate limit with retry_after, then success",
      uploadFault({ kind: "rate-limit", retryAfter: 1 }),
    ],
    ["a reset before the body is read, then success", uploadFault({ kind: "reset-before-body" })],
  ])("survives %s", async (_name, fault) => {
    world.mixcloud.faults.add(fault);
    const run = await publishAll();
    expect(run.exitCode).toBe(0);
    expect(statuses(run)).toEqual(["published", "published"]);
    expect(world.mixcloud.faults.pending()).toBe(0);
    expectExactlyOnce();
    expectClean(run);
  });

  it("looks an upload up after the connection dropped once it was stored: still exactly one cloudcast", async () => {
    world.mixcloud.faults.add(uploadFault({ kind: "reset-after-commit" }));
    const run = await publishAll();
    expect(run.exitCode).toBe(0);
    expect(statuses(run)).toEqual(["published", "published"]);
    expect(world.mixcloud.state.uploads).toHaveLength(2);
    expectExactlyOnce();
    expect(run.stdout).toMatch(/looking the upload up/);
    expectClean(run);
  });

  it("gets over a server that stops reading mid-upload: the stall watchdog aborts, the retry succeeds", async () => {
    // Bigger than the loopback socket buffers, so that a server that stops reading stalls the body.
    await writeBinary(world.origin, "cloudcasts/a.wav", wav(5000));
    await world.origin.commit("a long show");
    await clone.git("pull", "-q", "--ff-only");
    world.mixcloud.faults.add(uploadFault({ kind: "hang" }));
    const run = await publishAll();
    expect(run.exitCode).toBe(0);
    expect(statuses(run)).toEqual(["published", "published"]);
    expect(run.stdout).toMatch(/no bytes? .*for 1 s|stalled|stall/i);
    expectExactlyOnce();
    expect(
      world.mixcloud.state.uploads.find((u) => u.fields[0]?.[1] === "Show A")?.files[0]?.size,
    ).toBe(wav(5000).length);
    expectClean(run);
  });

  it("never sends an upload again when its answer was lost and Mixcloud does not show it; the re-run finishes", async () => {
    // The whole (small) body is sent, then nothing answers: stored or not, nobody knows.
    world.mixcloud.faults.add(uploadFault({ kind: "hang" }));
    const run = await publishAll();
    expect(run.exitCode).toBe(1);
    expect(statuses(run)).toEqual(["failed", "published"]);
    expect(run.outputs["results"]).toMatch(
      /not sent again, as Mixcloud may still be storing it.*re-run/,
    );
    expect(world.mixcloud.state.cloudcasts.map((c) => c.name)).toEqual(["Show B"]);
    expectClean(run);

    const rerun = await publishAll();
    expect(rerun.exitCode).toBe(0);
    expect(statuses(rerun)).toEqual(["published", "unchanged"]);
    expectExactlyOnce();
    expectClean(rerun);
  });

  it("fails one file when its retries run out, publishes the other, and exits 1", async () => {
    world.mixcloud.faults.add(uploadFault({ kind: "server-error", status: 503, times: 2 }));
    const run = await publishAll({ retries: "2" });
    expect(run.exitCode).toBe(1);
    expect(statuses(run)).toEqual(["failed", "published"]);
    expect(run.outputs["failed"]).toBe("1");
    expect(run.outputs["published"]).toBe("1");
    expect(world.mixcloud.state.cloudcasts.map((c) => c.name)).toEqual(["Show B"]);
    expect(run.summary).toMatch(/failed/);
    expectClean(run);
  });

  it("stops cleanly when the job is cancelled mid-upload, and still writes the results", async () => {
    world.mixcloud.faults.add(uploadFault({ kind: "slow", delayMs: 30_000 }));
    const run = await publishAll({}, (child) => {
      let seen = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes("waiting for Mixcloud to answer") && !child.killed) child.kill("SIGINT");
      });
    });
    expect(run.exitCode).toBe(1);
    expect(run.signal).toBeNull();
    expect(statuses(run)).toEqual(["failed", "failed"]);
    expect(run.outputs["results"]).toMatch(/cancelled/);
    expect(run.summary).not.toBe("");
    expectClean(run);
  });
});
