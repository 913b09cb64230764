import { describe, expect, it } from "vitest";
import { main } from "../../src/commands/index.js";
import { VERSION } from "../../src/version.js";
import { captureIO } from "./io.js";

const COMMANDS = ["validate", "publish", "tracklist", "import", "auth", "mock-server", "demo"];

describe("mixcloud-publish", () => {
  it("lists its commands with --help, and exits 2 without one", async () => {
    const help = captureIO(process.cwd());
    expect(await main(["--help"], help.io)).toBe(0);
    for (const name of COMMANDS) expect(help.stdout()).toMatch(new RegExp(`^  ${name} `, "m"));
    const none = captureIO(process.cwd());
    expect(await main([], none.io)).toBe(2);
    expect(none.stdout()).toMatch(/^Usage: mixcloud-publish <command>/);
  });

  it.each(COMMANDS)("%s --help prints its usage and exits 0", async (name) => {
    const run = captureIO(process.cwd());
    expect(await main([name, "--help"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(new RegExp(`^Usage: mixcloud-publish ${name}`));
  });

  it.each(COMMANDS)("%s refuses an unknown flag with exit 2", async (name) => {
    const run = captureIO(process.cwd());
    expect(await main([name, "--no-such-flag"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/--no-such-flag/);
  });

  it("suggests the command meant", async () => {
    const run = captureIO(process.cwd());
    expect(await main(["publsh"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/unknown command 'publsh'\. Did you mean 'publish'\?/);
  });

  it("prints its version", async () => {
    const run = captureIO(process.cwd());
    expect(await main(["--version"], run.io)).toBe(0);
    expect(run.stdout()).toBe(`${VERSION}\n`);
  });
});
