// CONTRIBUTING's "Run the action locally" recipe, run as it is written: its commands are read out
// of CONTRIBUTING.md (so the page cannot drift from what works) and run in a checkout-like
// folder, with a free port in place of the page's 8080, against the mock Mixcloud server and the
// repository's examples/. Needs `npm run build` (the mock server runs from dist/, as `npx
// mixcloud-publish` does), which `npm test` in CI comes after; against a dist/ built from other
// sources it stops and says so, as the end-to-end tests do.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertDistBuiltFromSources } from "../e2e/harness.js";

const ROOT = join(import.meta.dirname, "..", "..");

interface Recipe {
  envFile: { name: string; content: string };
  /** `npx mixcloud-publish mock-server --port 8080`, as words. */
  mockServer: string[];
  /** `npx @github/local-action run . src/main.ts .env`, as words. */
  localAction: string[];
  port: string;
}

/** The recipe's shell block, taken apart; every line of it must be one of the three steps. */
function readRecipe(markdown: string): Recipe {
  const section = markdown.split("## Run the action locally")[1]?.split("\n## ")[0] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error("CONTRIBUTING.md has no sh block to run the action");
  const heredoc = /^cat > (\S+) <<'(\w+)'\n([\s\S]*?)\n\2\n/m.exec(block);
  if (heredoc === null) throw new Error("the recipe writes no .env with a heredoc");
  const rest = block
    .replace(heredoc[0], "")
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
  expect(rest).toHaveLength(2);
  const [mock = "", run = ""] = rest;
  expect(mock).toMatch(/^npx mixcloud-publish mock-server --port \d+ &$/);
  expect(run).toMatch(/^npx @github\/local-action run /);
  const port = /--port (\d+)/.exec(mock)?.[1] ?? "";
  expect(heredoc[3]).toContain(`127.0.0.1:${port}`);
  return {
    envFile: { name: heredoc[1] as string, content: `${heredoc[3]}\n` },
    mockServer: mock.replace(/&$/, "").trim().split(/\s+/),
    localAction: run.split(/\s+/),
    port,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * A developer's shell: nothing of a runner (this suite may itself run on one), no registry
 * (`npx` must find everything installed), no colours. Where node_modules is a symlink (as in a
 * worktree that shares one), `--preserve-symlinks` keeps the paths local-action stubs
 * `@actions/core` at the same as the ones the action imports; with a plain node_modules it
 * changes nothing.
 */
function developerEnv(npmCache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)) env[name] = value;
  }
  return {
    ...env,
    CI: "",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    npm_config_offline: "true",
    // npx links the checkout into its cache to run its bin: a cache of the test's own.
    npm_config_cache: npmCache,
    npm_config_update_notifier: "false",
    NODE_OPTIONS: "--preserve-symlinks",
  };
}

interface Finished {
  code: number | null;
  output: string;
}

function collect(child: ChildProcess): { output: () => string; done: Promise<Finished> } {
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const done = new Promise<Finished>((resolve) =>
    child.on("close", (code) => resolve({ code, output })),
  );
  return { output: () => output, done };
}

async function waitFor(what: () => boolean, child: ChildProcess, label: string): Promise<void> {
  for (let i = 0; i < 600 && !what(); i += 1) {
    if (child.exitCode !== null) throw new Error(`${label} exited early`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!what()) throw new Error(`${label} did not start`);
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The checkout a contributor has: the repository's files, with examples/ as real files. */
async function checkout(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mp-local-action-"));
  const linked = ["package.json", "package-lock.json", "action.yml", "tsconfig.json", "src"];
  for (const name of [...linked, "bin", "dist", "schema", "node_modules"]) {
    await symlink(await realpath(join(ROOT, name)), join(dir, name));
  }
  // Media must lie inside the workspace, not behind a link out of it.
  await cp(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
  return dir;
}

let dir: string;
let mock: ChildProcess | undefined;
let mockOutput: () => string;
let run: Finished;
let port: number;

beforeAll(async () => {
  assertDistBuiltFromSources();
  const recipe = readRecipe(await readFile(join(ROOT, "CONTRIBUTING.md"), "utf8"));
  dir = await checkout();
  port = await freePort();
  const env = developerEnv(join(dir, ".npm-cache"));
  const withPort = (words: string[]) => words.map((w) => (w === recipe.port ? String(port) : w));
  await writeFile(
    join(dir, recipe.envFile.name),
    recipe.envFile.content.replaceAll(`127.0.0.1:${recipe.port}`, `127.0.0.1:${port}`),
  );

  const [mockCommand = "", ...mockArgs] = withPort(recipe.mockServer);
  // Each in a process group of its own, so that npx and what it started stop together.
  mock = spawn(mockCommand, mockArgs, { cwd: dir, env, stdio: "pipe", detached: true });
  const mockLog = collect(mock);
  mockOutput = mockLog.output;
  await waitFor(() => mockLog.output().includes("listening on"), mock, "the mock server");

  const [command = "", ...args] = recipe.localAction;
  const action = spawn(command, args, { cwd: dir, env, stdio: "pipe", detached: true });
  const guard = setTimeout(() => stopGroup(action, "SIGKILL"), 240_000);
  run = await collect(action).done;
  clearTimeout(guard);
}, 300_000);

afterAll(async () => {
  if (mock !== undefined) stopGroup(mock, "SIGTERM");
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

/** The outputs local-action prints as a table: `│ n │ 'name' │ 'value' │`. */
function outputsTable(output: string): Record<string, string> {
  const table = output.split("Action Outputs")[1] ?? "";
  const rows: Record<string, string> = {};
  for (const match of table.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'(.*?)'\s*│/g)) {
    rows[match[1] as string] = match[2] as string;
  }
  return rows;
}

describe("CONTRIBUTING's local-action recipe", () => {
  it("runs to the end and publishes every example", () => {
    expect(run.code, run.output).toBe(0);
    const outputs = outputsTable(run.output);
    expect(outputs["published"], run.output).toBe("3");
    expect(outputs["invalid"]).toBe("0");
    expect(outputs["failed"]).toBe("0");
    const results = JSON.parse(outputs["results"] ?? "[]") as { file: string; status: string }[];
    expect(results.map((r) => `${r.status} ${r.file}`)).toEqual([
      "published examples/deep-sessions-07.yml",
      "published examples/night-shift-042.yml",
      "published examples/sample-and-funky.yml",
    ]);
  });

  it("takes github-token's unexpanded default as not given, with a notice, not an error", () => {
    expect(run.output).toContain(
      'Input github-token is the unexpanded expression "${{ github.token }}"',
    );
    expect(run.output).not.toMatch(/Invalid action input/);
  });

  it("says in an info line that there is no job summary, instead of failing", () => {
    expect(run.output).toContain("No job summary: GITHUB_STEP_SUMMARY is not set");
    expect(run.output).not.toMatch(/::error::/);
  });

  it("leaves the three shows on the mock, as the mock tells it", async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/mock-user/cloudcasts/`);
    const listing = (await answer.json()) as { data: { name: string }[] };
    expect(listing.data.map((c) => c.name).sort()).toEqual([
      "Deep Sessions 07",
      "Night Shift #42 — Live from the Harbour",
      "Sample & Funky",
    ]);
    expect(mockOutput()).not.toMatch(/error/i);
  });
});
