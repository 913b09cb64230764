// The action's check of the workflow running it: a missing `concurrency:` group, or one whose name
// differs between runs, is one warning on its line; a constant group, or a file that is not a
// workflow, says nothing.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkflowConcurrency } from "../../src/workflow/concurrency-check.js";

const PATH = ".github/workflows/publish.yml";
const check = (text: string, job: string | undefined = "publish") =>
  checkWorkflowConcurrency(text, PATH, job);

const workflow = (concurrency: string, jobConcurrency = "") => `name: Publish
on:
  push:
    branches: [main]
${concurrency}jobs:
  publish:
${jobConcurrency}    runs-on: ubuntu-latest
    steps:
      - uses: mixcloud-publish/mixcloud-publish@v1
`;

describe("checkWorkflowConcurrency()", () => {
  it("warns once, on the jobs: line, when neither the workflow nor the job has a group", async () => {
    const warning = await check(workflow(""));
    expect(warning).toMatchObject({ line: 5, title: "No concurrency group for publishing" });
    expect(warning?.message).toContain(`${PATH} has no \`concurrency:\` group`);
    expect(warning?.message).toContain("Mixcloud keeps it twice");
    expect(warning?.message).toContain(
      "concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: false",
    );
  });

  it.each([
    ["a constant group", "concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: false\n"],
    ["a group as a plain value", "concurrency: mixcloud-publish\n"],
    [
      "a group named after the repository",
      "concurrency:\n  group: publish-${{ github.repository }}\n",
    ],
  ])("says nothing of %s", async (_what, concurrency) => {
    expect(await check(workflow(concurrency))).toBeUndefined();
  });

  it("takes the running job's own group", async () => {
    expect(await check(workflow("", "    concurrency: mixcloud-publish\n"))).toBeUndefined();
    // …but not another job's.
    expect(await check(workflow("", "    concurrency: mixcloud-publish\n"), "other")).toMatchObject(
      {
        line: 5,
      },
    );
  });

  it("warns on the group's line when its name depends on the ref", async () => {
    const warning = await check(
      workflow("concurrency:\n  group: mixcloud-${{ github.ref }}\n  cancel-in-progress: false\n"),
    );
    expect(warning).toMatchObject({ line: 6, title: "Concurrency group differs between runs" });
    expect(warning?.message).toContain('"mixcloud-${{ github.ref }}"');
    expect(warning?.message).toContain("depends on `github.ref`");
    expect(warning?.message).toContain("group: mixcloud-publish");
  });

  it("names every part of the group that differs between runs", async () => {
    const warning = await check(
      workflow("concurrency: ${{ github.workflow }}-${{ github.event_name }}\n"),
    );
    expect(warning?.message).toContain("depends on `github.workflow`, `github.event_name`");
  });

  it("is content with a constant group on the job under a varying one on the workflow", async () => {
    const text = workflow(
      "concurrency: ${{ github.ref }}\n",
      "    concurrency:\n      group: mixcloud-publish\n",
    );
    expect(await check(text)).toBeUndefined();
  });

  // GitHub's expressions ignore case: `GITHUB.REF` is `github.ref`.
  it.each([
    ["concurrency: ${{ GITHUB.REF }}\n", "GITHUB.REF"],
    ["concurrency:\n  group: p-${{ Github.Ref_Name }}\n", "Github.Ref_Name"],
    ["concurrency: ${{ Inputs.Target }}\n", "Inputs.Target"],
  ])("warns of a context in any case: %s", async (concurrency, reference) => {
    const warning = await check(workflow(concurrency));
    expect(warning).toMatchObject({ title: "Concurrency group differs between runs" });
    expect(warning?.message).toContain(`depends on \`${reference}\``);
  });

  it("says nothing of a constant context in any case", async () => {
    expect(await check(workflow("concurrency: p-${{ GitHub.Repository }}\n"))).toBeUndefined();
  });

  it("says nothing of a quoted literal inside an expression, but sees what is beside it", async () => {
    expect(await check(workflow("concurrency: ${{ 'github-pub' }}\n"))).toBeUndefined();
    expect(await check(workflow("concurrency: ${{ 'it''s github.ref' }}\n"))).toBeUndefined();
    const warning = await check(workflow("concurrency: ${{ format('{0}-pub', github.ref) }}\n"));
    expect(warning?.message).toContain("depends on `github.ref`");
  });

  it("follows YAML aliases to the group", async () => {
    const text = `name: Publish
on: push
jobs:
  check:
    concurrency: &publishing
      group: mixcloud-publish
      cancel-in-progress: false
    runs-on: ubuntu-latest
    steps: []
  publish:
    concurrency: *publishing
    runs-on: ubuntu-latest
    steps:
      - uses: mixcloud-publish/mixcloud-publish@v1
`;
    expect(await check(text)).toBeUndefined();
    const named = text
      .replace(
        "concurrency: &publishing\n      group: mixcloud-publish",
        "concurrency:\n      group: &name mixcloud-publish",
      )
      .replace("concurrency: *publishing", "concurrency:\n      group: *name");
    expect(await check(named)).toBeUndefined();
    const varying = text.replace("group: mixcloud-publish", "group: ${{ github.ref }}");
    expect(await check(varying)).toMatchObject({ title: "Concurrency group differs between runs" });
  });

  it("warns in one line of a constant group that cancels a run in progress", async () => {
    const warning = await check(
      workflow("concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: true\n"),
    );
    expect(warning).toMatchObject({ line: 7, title: "Concurrency group cancels uploads" });
    expect(warning?.message).not.toContain("\n");
    expect(warning?.message).toContain("cancel-in-progress: false");
    // On the job's group too; and an expression there is not a literal `true`.
    expect(
      await check(
        workflow(
          "",
          "    concurrency:\n      group: mixcloud-publish\n      cancel-in-progress: true\n",
        ),
      ),
    ).toMatchObject({ line: 9, title: "Concurrency group cancels uploads" });
    expect(
      await check(
        workflow("concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: ${{ false }}\n"),
      ),
    ).toBeUndefined();
  });

  it.each([
    ["malformed YAML", "on: [push\njobs: {"],
    ["a list", "- on: push\n"],
    ["an empty file", ""],
  ])("says nothing of %s", async (_what, text) => {
    expect(await check(text)).toBeUndefined();
  });

  it("finds the README's publishing workflows fine as they are", async () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    const publishing = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? "")
      .filter((text) => text.includes("access-token:"));
    expect(publishing.length).toBeGreaterThanOrEqual(3);
    for (const text of publishing) expect(await check(text)).toBeUndefined();
  });
});
