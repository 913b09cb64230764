import type { CommandIO } from "../../src/commands/types.js";

/** A CommandIO that keeps what a command prints. */
export function captureIO(cwd: string, env: NodeJS.ProcessEnv = {}, isTTY = false) {
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
