import type { CommandIO } from "../../src/commands/types.js";

/**
 * A CommandIO that keeps what a command prints. A publishing run that uploaded waits for the
 * account's listing to catch up before its last look for a twin (30 s by default): the test
 * servers list an upload at once, so the environment shortens that wait unless a test sets it.
 */
export function captureIO(cwd: string, given: NodeJS.ProcessEnv = {}, isTTY = false) {
  const env = { MIXCLOUD_PUBLISH_LISTING_LAG: "0.2", ...given };
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    cwd,
    env,
    isTTY,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
