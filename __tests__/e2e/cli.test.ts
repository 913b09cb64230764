// The command line as users run it: the bundled CLI (bin/mixcloud-publish.js → dist/cli/) as a
// child process, every test twice: under Node 22, the lowest line package.json's `engines`
// allows (Node 20 is past its end of life), and under Node 24, the newest, which the action runs
// on. Both are pinned in package.json `config` and installed by scripts/node-runtime.mjs. The
// other CLI tests run the commands in-process on whatever Node runs vitest; these run the bundle
// on each end of the supported range.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { assertDistBuiltFromSources, node22Path, node24Path } from "./harness.js";
import { MIXCLOUD_TOKEN, showAudio, showYaml } from "./world.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "mixcloud-publish.js");

let workspace: string;
let mock: MockServer;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "mp-cli-e2e-"));
  await mkdir(join(workspace, "cloudcasts"));
  await writeFile(join(workspace, "cloudcasts", "night.yml"), showYaml("Night Drive"));
  await writeFile(join(workspace, "cloudcasts", "night.wav"), showAudio());
  mock = await startMockServer({ token: MIXCLOUD_TOKEN });
});

afterEach(async () => {
  await mock.close();
  await rm(workspace, { recursive: true, force: true });
});

function cli(
  node: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  assertDistBuiltFromSources();
  return new Promise((resolve, reject) => {
    const child = spawn(node, [BIN, ...args], {
      cwd: workspace,
      // The mock lists an upload at once: no need to wait 30 s for a listing to catch up.
      env: {
        PATH: process.env["PATH"] ?? "",
        HOME: workspace,
        MIXCLOUD_PUBLISH_LISTING_LAG: "0.2",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const RUNTIMES = [
  { major: 22, path: node22Path },
  { major: 24, path: node24Path },
];

describe.each(RUNTIMES)("the CLI bundle on Node $major", ({ major: expectedMajor, path }) => {
  let node: string;
  // The first run of a runtime not yet in .cache installs it (`npm test` does so beforehand).
  beforeAll(() => {
    node = path();
  }, 120_000);

  it("runs on the Node line it is named for, which package.json's engines allows", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    expect(pkg.engines.node).toBe(">=22");
    const major = await new Promise<number>((resolve, reject) => {
      const child = spawn(node, ["-p", "process.versions.node.split('.')[0]"]);
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("error", reject);
      child.on("close", () => resolve(Number(out.trim())));
    });
    expect(major).toBe(expectedMajor);
    expect(major).toBeGreaterThanOrEqual(22);
  });

  it("validate: every file reported, a YAML tag at its line, exit 1", async () => {
    await writeFile(
      join(workspace, "cloudcasts", "tagged.yml"),
      "title: X\ntags: !!omap\n- a: 1\n",
    );
    const run = await cli(node, ["validate"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      "cloudcasts/tagged.yml:2:7: the YAML tag !!omap is not one a cloudcast uses: remove the tag, a cloudcast needs none (yaml-tag)\n",
    );
    expect(run.stdout).toMatch(/2 files checked: 1 valid, 1 invalid \(1 problem\)\n$/);
    expect(run.code).toBe(1);
  });

  it("publish --dry-run checks the audio and uploads nothing", async () => {
    const run = await cli(node, ["publish", "--dry-run", "--api-url", mock.url]);
    expect(run.stdout).toMatch(/^dry-run\s+cloudcasts\/night\.yml/m);
    expect(run.code).toBe(0);
    expect(mock.state.uploads).toHaveLength(0);
  });

  it("publish uploads the show once, and a second run publishes nothing new", async () => {
    const args = ["publish", "--token", MIXCLOUD_TOKEN, "--api-url", mock.url];
    const first = await cli(node, args);
    expect(first.stdout).toMatch(/^published\s+cloudcasts\/night\.yml/m);
    expect(first.code).toBe(0);
    const second = await cli(node, args);
    expect(second.code).toBe(0);
    expect(mock.state.uploads).toHaveLength(1);
    expect(`${first.stdout}${first.stderr}${second.stdout}${second.stderr}`).not.toContain(
      MIXCLOUD_TOKEN,
    );
  });
});
