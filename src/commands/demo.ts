// `mixcloud-publish demo` (npm run demo): the whole publishing pipeline against the bundled mock
// Mixcloud server — examples/ validated, checked, uploaded, then run again to show that a re-run
// publishes nothing twice. Nothing leaves 127.0.0.1.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import type { Command, CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { readCommandLine } from "./usage.js";
import { runPublish } from "./publish.js";
import type { FileResult } from "../results.js";
import { renderSummary } from "../report/index.js";

const USAGE = `Usage: mixcloud-publish demo [--quiet]

Starts the bundled mock Mixcloud API on 127.0.0.1, publishes the example cloudcasts in examples/
through the same pipeline as the GitHub Action, prints each one's URL and status and the job
summary the action would write, publishes again (nothing new: every file is unchanged), and stops.
`;

export const demo: Command = async (args, io) => {
  const line = readCommandLine("demo", args, io, {
    options: { help: { type: "boolean", short: "h" }, quiet: { type: "boolean" } },
    usage: USAGE,
    positionals: false,
  });
  if (typeof line === "number") return line;
  const { values } = line;
  const root = packageRoot();
  const { startMockServer } = await import("../mock/index.js");
  const server = await startMockServer({ isPro: true });
  try {
    io.stdout(
      `Mock Mixcloud API listening on ${server.url} (account 'mock-user', token 'mock-token').\n\n`,
    );
    const quietIO: CommandIO = values.quiet ? { ...io, stdout: () => {} } : io;
    const run = (label: string) => {
      io.stdout(`${label}\n`);
      return runPublish(
        {
          paths: ["examples"],
          dryRun: false,
          token: "mock-token",
          apiUrl: server.url,
          ifExists: "update",
          concurrency: 2,
          retries: 3,
          // The mock lists an upload the moment it stores it: the last look for the same show
          // published by another run is made at once, not after Mixcloud's 30 s.
          timeouts: { listingLagMs: 0 },
        },
        { ...quietIO, cwd: root, isTTY: false },
      );
    };
    const first = await run("Publishing examples/ …");
    if (first === undefined) return ExitCode.Problems;
    printTable(first, io);
    printMockPages(first, server.webUrl, io);
    io.stdout(
      `\nThe job summary the action would write:\n\n${renderSummary(summaryReport(first))}\n`,
    );
    const second = await run("\nPublishing again, as a re-run of the workflow would …");
    if (second === undefined) return ExitCode.Problems;
    printTable(second, io);
    io.stdout(
      `\nThe mock received ${server.state.uploads.length} upload${server.state.uploads.length === 1 ? "" : "s"} and ${server.state.edits.length} edit${server.state.edits.length === 1 ? "" : "s"}: a re-run publishes nothing twice.\n`,
    );
    const bad = [...first, ...second].some((r) => r.status === "invalid" || r.status === "failed");
    return bad ? ExitCode.Problems : ExitCode.Ok;
  } finally {
    await server.close();
  }
};

function printTable(results: FileResult[], io: CommandIO): void {
  const width = Math.max(...results.map((r) => r.file.length));
  for (const r of results) {
    io.stdout(`  ${r.status.padEnd(9)}  ${r.file.padEnd(width)}  ${r.url ?? r.error ?? ""}\n`);
  }
}

/**
 * The URLs above are Mixcloud's, as the mock's answers give them; the mock also shows each show on
 * a page of its own, which is where the demo's shows can be seen.
 */
function printMockPages(results: FileResult[], webUrl: string, io: CommandIO): void {
  const keys = results.flatMap((r) => (r.key === undefined ? [] : [r.key]));
  if (keys.length === 0) return;
  io.stdout("\nThe URLs above are Mixcloud's; on the mock, the shows are at:\n");
  for (const key of keys) io.stdout(`  ${webUrl}${key}\n`);
}

function summaryReport(results: FileResult[]) {
  return {
    results,
    dryRun: false,
    eventName: "push",
    notices: [],
    nothingSelected: results.length === 0,
  };
}

/** The folder holding examples/: the package root, two levels above this bundle (dist/cli/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "examples")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
