// The publishing log on a runner. Each file gets its own collapsible group. With one upload at
// a time the group is live; with several, a file's lines are kept and printed as one group when
// it finishes (groups cannot interleave), while progress still shows live, prefixed by the file.
import type * as Core from "@actions/core";
import type { PublishLog } from "../publish/log.js";
import { escapeWorkflowCommandText } from "../report/text.js";

type CoreLog = Pick<typeof Core, "info" | "warning" | "startGroup" | "endGroup">;

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

/** The same log, every line escaped (see createActionLog). */
export function safeCoreLog(core: CoreLog): CoreLog {
  return {
    info: (message) => core.info(escapeWorkflowCommandText(message)),
    warning: (message) => core.warning(escapeWorkflowCommandText(String(message))),
    startGroup: (name) => core.startGroup(escapeWorkflowCommandText(name)),
    endGroup: () => core.endGroup(),
  };
}
