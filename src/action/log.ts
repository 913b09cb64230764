// Everything the action writes to the runner's log goes through here. safeCore is the one place
// that makes a line safe: titles, file names, Mixcloud's answers and error texts all reach the
// log, and the runner takes any line that starts with `::` as a workflow command. The
// publishing log on top of it gives each file its own collapsible group. With one upload at a
// time the group is live; with several, a file's lines are kept and printed as one group when it
// finishes (groups cannot interleave), while progress still shows live, prefixed by the file.
import type * as Core from "@actions/core";
import type { PublishLog } from "../publish/log.js";
import { escapeWorkflowCommandText } from "../report/text.js";

type CoreLog = Pick<typeof Core, "info" | "warning" | "startGroup" | "endGroup">;
type CoreWriters = Pick<
  typeof Core,
  "info" | "debug" | "notice" | "warning" | "error" | "setFailed" | "startGroup"
>;

/**
 * One line of the log: line breaks (CR, LF, NEL, U+2028/2029) become spaces, control and bidi
 * characters are replaced, and a line that would start a workflow command (`::`, `##[`) is
 * defused. Idempotent, so text that was made safe earlier passes unchanged.
 */
export function logLine(text: unknown): string {
  return escapeWorkflowCommandText(text instanceof Error ? text.message : String(text));
}

/**
 * `core` with every method that writes a line going through {@link logLine}. The action wraps
 * `@actions/core` in it once, at the start, and hands only the wrapped one on.
 */
export function safeCore<T extends CoreWriters>(core: T): T {
  return {
    ...core,
    info: (message: string) => core.info(logLine(message)),
    debug: (message: string) => core.debug(logLine(message)),
    notice: (message: string | Error, properties?: Core.AnnotationProperties) =>
      core.notice(logLine(message), properties),
    warning: (message: string | Error, properties?: Core.AnnotationProperties) =>
      core.warning(logLine(message), properties),
    error: (message: string | Error, properties?: Core.AnnotationProperties) =>
      core.error(logLine(message), properties),
    setFailed: (message: string | Error) => core.setFailed(logLine(message)),
    startGroup: (name: string) => core.startGroup(logLine(name)),
  };
}

/**
 * Log lines carry titles and file names from the repository, and `core.info` and group titles are
 * written raw: each line is made one line, without control characters, and unable to start a
 * workflow command (a title like `x\n::set-env …` would otherwise run one).
 */
export function createActionLog(rawCore: CoreLog, concurrency: number): PublishLog {
  const core = safeCoreLog(rawCore);
  const live = concurrency === 1;
  const held = new Map<string, string[]>();
  const line = (file: string, message: string) => (file === "" ? message : `${file}: ${message}`);
  return {
    info(file, message) {
      const kept = held.get(file);
      if (kept !== undefined) kept.push(message);
      core.info(live || file === "" ? message : line(file, message));
    },
    warning(file, message) {
      held.get(file)?.push(`warning: ${message}`);
      core.warning(line(file, message));
    },
    begin(file) {
      if (live) core.startGroup(file);
      else held.set(file, []);
    },
    end(file, summary) {
      if (live) {
        core.info(summary);
        core.endGroup();
        return;
      }
      core.startGroup(`${file}: ${summary}`);
      for (const message of held.get(file) ?? []) core.info(message);
      core.endGroup();
      held.delete(file);
    },
  };
}

/** The same log, every line escaped (see {@link logLine}). */
export function safeCoreLog(core: CoreLog): CoreLog {
  return {
    info: (message) => core.info(logLine(message)),
    warning: (message) => core.warning(logLine(message)),
    startGroup: (name) => core.startGroup(logLine(name)),
    endGroup: () => core.endGroup(),
  };
}
