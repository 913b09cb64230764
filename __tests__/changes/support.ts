// Shared bits of the change-detection tests: event contexts, a recording log, a git runner.
import type { ChangeDeps, ChangeSet } from "../../src/selection/changes.js";
import type { EventContext } from "../../src/selection/event.js";
import { createGitRunner } from "../../src/selection/git.js";
import { gitEnv } from "../helpers/git-repo.js";

export const ZEROS = "0".repeat(40);

export function context(
  eventName: string,
  payload: Record<string, unknown>,
  sha?: string,
): EventContext {
  const ctx: EventContext = {
    eventName,
    payload: { repository: { full_name: "octo-org/shows", default_branch: "main" }, ...payload },
    repository: { owner: "octo-org", repo: "shows" },
    apiUrl: "https://api.github.com",
    serverUrl: "https://github.com",
  };
  if (sha !== undefined) ctx.sha = sha;
  return ctx;
}

export interface RecordingLog {
  info(message: string): void;
  warning(message: string): void;
  infos: string[];
  warnings: string[];
}

export function recordingLog(): RecordingLog {
  const infos: string[] = [];
  const warnings: string[] = [];
  return {
    infos,
    warnings,
    info: (m) => infos.push(m),
    warning: (m) => warnings.push(m),
  };
}

export function deps(
  dir: string,
  extra: Partial<ChangeDeps> = {},
): ChangeDeps & { log: RecordingLog } {
  return { git: createGitRunner(dir, gitEnv()), log: recordingLog(), ...extra } as ChangeDeps & {
    log: RecordingLog;
  };
}

/** The changed paths with their statuses, for compact assertions. */
export function summary(set: ChangeSet): unknown {
  if (set.kind !== "changed") return set;
  return {
    files: set.files.map((f) =>
      f.previousPath === undefined
        ? `${f.status} ${f.path}`
        : `${f.status} ${f.previousPath} -> ${f.path}`,
    ),
    deleted: set.deleted,
  };
}
