// Which workflow file runs the action: `GITHUB_WORKFLOW_REF` is
// `OWNER/REPO/.github/workflows/FILE.yml@REF` (GITHUB_PLATFORM.md), and `GITHUB_JOB` the job's id
// in it. Catching up lists that workflow's runs; the concurrency check reads that file.

export interface WorkflowRef {
  /** The file in the repository, `.github/workflows/FILE.yml`. */
  path: string;
  /** Its name, `FILE.yml`: what the workflow runs API takes as the workflow's id. */
  file: string;
  /** The ref it ran from, `refs/heads/main`. */
  ref: string;
}

/**
 * The workflow file named by `GITHUB_WORKFLOW_REF`, when it is one of this repository's
 * (a workflow of another repository, or anything else, is undefined: there is nothing to read).
 */
export function parseWorkflowRef(
  value: string | undefined,
  repository: { owner: string; repo: string } | undefined,
): WorkflowRef | undefined {
  const text = value?.trim() ?? "";
  const at = text.lastIndexOf("@");
  if (repository === undefined || at === -1) return undefined;
  const prefix = `${repository.owner}/${repository.repo}/`;
  if (text.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return undefined;
  const path = text.slice(prefix.length, at);
  const match = /^\.github\/workflows\/([^/\\]+\.ya?ml)$/i.exec(path);
  if (match === null || match[1] === undefined) return undefined;
  return { path, file: match[1], ref: text.slice(at + 1) };
}
