// Every line the action writes goes through safeCore: whatever a title, a file name, an error or
// Mixcloud's answer holds, it comes out as one line that cannot start a workflow command.
import { describe, expect, it } from "vitest";
import { logLine, safeCore } from "../../src/action/log.js";

const HOSTILE = [
  "Night\n::set-env name=NODE_OPTIONS::--require=/tmp/x",
  "Mix\r::add-mask::everything",
  "Show\u2028::error::line separator",
  "Show\u2029::warning::paragraph separator",
  "Show\u0085::notice::next line",
  "::stop-commands::pwned",
  "  ##[error]legacy",
];

function recordingCore() {
  const lines: string[] = [];
  const record = (name: string) => (message: unknown) =>
    void lines.push(`${name}\t${String(message)}`);
  const core = {
    info: record("info"),
    debug: record("debug"),
    notice: record("notice"),
    warning: record("warning"),
    error: record("error"),
    setFailed: record("setFailed"),
    startGroup: record("startGroup"),
  };
  return { core, lines };
}

describe("safeCore", () => {
  it("makes every message of every writer one line that starts no workflow command", () => {
    const { core, lines } = recordingCore();
    const safe = safeCore(core);
    for (const text of HOSTILE) {
      safe.info(text);
      safe.debug(text);
      safe.notice(text);
      safe.warning(new Error(text));
      safe.error(text);
      safe.setFailed(text);
      safe.startGroup(text);
    }
    expect(lines).toHaveLength(HOSTILE.length * 7);
    for (const line of lines) {
      const message = line.split("\t")[1] ?? "";
      expect(message).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
      expect(message).not.toMatch(/^\s*(::|##\[)/);
    }
  });

  it("is idempotent, so text made safe earlier passes unchanged", () => {
    for (const text of HOSTILE) expect(logLine(logLine(text))).toBe(logLine(text));
    expect(logLine("PR comment created: https://github.com/o/r/pull/1")).toBe(
      "PR comment created: https://github.com/o/r/pull/1",
    );
  });
});
