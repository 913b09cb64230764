// The action checks the workflow that runs it (README, "One publishing run at a time"): without
// a `concurrency:` group, or with one whose name differs between a push and a release, two runs
// can upload the same show side by side, and Mixcloud keeps both. Pure: text in, at most one
// warning out; a file that cannot be parsed says nothing (GitHub itself reports those).

import type * as YamlModule from "yaml";

/** One warning, at a line of the workflow file (1-based). */
export interface WorkflowWarning {
  line: number;
  title: string;
  message: string;
}

/** The lines every publishing workflow should have, as the README's do. */
export const GROUP_LINES = "concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: false";

/**
 * Expressions a group name may use and stay one for every run of the repository; anything else
 * (`github.ref`, `github.event_name`, `github.workflow`, `inputs.*`, …) may differ between runs.
 */
const SAME_FOR_EVERY_RUN =
  /^(github\.(repository|repository_owner|repository_id|repository_owner_id|server_url|api_url)|vars\.[\w-]+)$/;
const CONTEXT_REFERENCE =
  /\b(github|env|inputs|matrix|needs|steps|job|jobs|runner|strategy|vars|secrets)((\.[\w-]+)|\[[^\]]*\])*/g;

interface Group {
  /** The group's name as written, expressions included. */
  name: string;
  line: number;
  /** What in its name differs between runs (empty: the same for every run). */
  varying: string[];
}

/**
 * The warning for `text`, the workflow at `path`, run as job `job`; undefined when its group is
 * fine, or when the file cannot be read as a workflow.
 */
export async function checkWorkflowConcurrency(
  text: string,
  path: string,
  job: string | undefined,
): Promise<WorkflowWarning | undefined> {
  const yaml = await import("yaml");
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0 || !yaml.isMap(doc.contents)) return undefined;
  const root = doc.contents;
  const lineOf = (node: { range?: Range | null } | null | undefined) =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const jobs = root.get("jobs", true);
  const running = job !== undefined && yaml.isMap(jobs) ? jobs.get(job, true) : undefined;
  const groups = [
    groupOf(yaml, root.get("concurrency", true), lineOf),
    yaml.isMap(running) ? groupOf(yaml, running.get("concurrency", true), lineOf) : undefined,
  ].filter((g): g is Group => g !== undefined);
  if (groups.some((g) => g.varying.length === 0)) return undefined;
  const varying = groups[0];
  if (varying !== undefined) return varyingWarning(path, varying);
  const jobsKey = root.items.find((pair) => yaml.isScalar(pair.key) && pair.key.value === "jobs");
  return missingWarning(path, lineOf(jobsKey?.key as { range?: Range } | undefined));
}

type Yaml = typeof YamlModule;
type Range = [number, number, number];

/** `concurrency: NAME` or `concurrency: {group: NAME, …}`; undefined when there is none. */
function groupOf(
  yaml: Yaml,
  node: unknown,
  lineOf: (node: { range?: Range | null }) => number,
): Group | undefined {
  const groupNode = yaml.isMap(node) ? node.get("group", true) : node;
  if (!yaml.isScalar(groupNode)) return undefined;
  const name = groupNode.value;
  if (typeof name !== "string" && typeof name !== "number") return undefined;
  const text = String(name);
  return { name: text, line: lineOf(groupNode), varying: varyingParts(text) };
}

/** The context references inside `${{ … }}` of a group name that are not the same for every run. */
function varyingParts(name: string): string[] {
  const found = new Set<string>();
  for (const [, expression = ""] of name.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    for (const [reference] of expression.matchAll(CONTEXT_REFERENCE)) {
      if (!SAME_FOR_EVERY_RUN.test(reference)) found.add(reference);
    }
  }
  return [...found];
}

const RISK =
  "two runs (a re-run, a push right after another, a push and a release) can then upload the same show at the same time, and Mixcloud keeps it twice (`show` and `show-2`; its API cannot delete one)";

function missingWarning(path: string, line: number): WorkflowWarning {
  return {
    line,
    title: "No concurrency group for publishing",
    message:
      `${path} has no \`concurrency:\` group, neither for the workflow nor for this job: ${RISK}. ` +
      `Add these lines at the top of every workflow that publishes to Mixcloud, the same in each:\n${GROUP_LINES}`,
  };
}

function varyingWarning(path: string, group: Group): WorkflowWarning {
  return {
    line: group.line,
    title: "Concurrency group differs between runs",
    message:
      `The \`concurrency:\` group "${group.name}" of ${path} depends on ${group.varying.map((v) => `\`${v}\``).join(", ")}, ` +
      `so runs of other refs or events get other groups: ${RISK}. ` +
      `Give every workflow that publishes to Mixcloud one constant group instead:\n${GROUP_LINES}`,
  };
}
