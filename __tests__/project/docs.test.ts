// The README's tables of inputs and outputs say what action.yml says, the workflows pin every
// third-party action by commit SHA, and the version is the same everywhere.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { Inputs, Outputs } from "../../src/constants.js";
import { VERSION } from "../../src/version.js";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const action = parse(read("action.yml")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = read("README.md");

/** The first column of the Markdown table between `<!-- name:start -->` and `<!-- name:end -->`. */
function tableNames(name: string): string[] {
  const block = readme.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0] ?? "";
  return block
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? "");
}

/** The default column of the README's inputs table, by input. */
function tableDefaults(): Map<string, string> {
  const block = readme.split("<!-- inputs:start -->")[1]?.split("<!-- inputs:end -->")[0] ?? "";
  return new Map(
    block
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) =>
        line
          .split("|")
          .map((cell) => cell.trim())
          .slice(1),
      )
      .map(([name = "", fallback = ""]) => [name.replace(/`/g, ""), fallback]),
  );
}

describe("action.yml and the README", () => {
  it("declares every input and output of SPEC §3, runs on node24 from dist/index.js", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    for (const input of Object.values(action.inputs))
      expect(input.description.length).toBeGreaterThan(20);
    for (const output of Object.values(action.outputs))
      expect(output.description.length).toBeGreaterThan(10);
  });

  it("documents exactly those inputs and outputs, in the same order", () => {
    expect(tableNames("inputs")).toEqual(Object.keys(action.inputs));
    expect(tableNames("outputs")).toEqual(Object.keys(action.outputs));
  });

  it("states each input's default as action.yml does", () => {
    const defaults = tableDefaults();
    for (const [name, input] of Object.entries(action.inputs)) {
      const documented = defaults.get(name) ?? "";
      const first = (input.default ?? "").trim().split("\n")[0] ?? "";
      expect(documented, name).toContain(first === "" ? '""' : first);
    }
  });

  it("opens with the two commands that set up and test", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm ci && npm run demo/m);
    expect(firstBlock).toMatch(/^npm test/m);
    const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string> };
    expect(pkg.scripts["demo"]).toBeDefined();
    expect(pkg.scripts["test"]).toBeDefined();
  });
});

describe("supply chain", () => {
  const workflowTexts = readdirSync(join(ROOT, ".github", "workflows")).map((file) => [
    `.github/workflows/${file}`,
    read(join(".github", "workflows", file)),
  ]);
  // The README's workflows are what users copy: they are held to the same rule (our own action
  // aside, referenced by its major tag as users do).
  const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => [
    `README block ${i}`,
    m[1] ?? "",
  ]);

  it.each([...workflowTexts, ...readmeWorkflows])(
    "%s pins every third-party action by full commit SHA with a version comment",
    (_name, text) => {
      const uses = [...text.matchAll(/uses:\s*([^\s#]+)(\s*#\s*(\S+))?/g)];
      for (const [, ref = "", , comment] of uses) {
        if (ref.startsWith("./") || ref.startsWith("mixcloud-publish/mixcloud-publish@")) continue;
        expect(ref, ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, `${ref} needs a "# vX.Y.Z" comment`).toMatch(/^v\d+(\.\d+){0,2}$/);
      }
    },
  );

  it("gives every workflow least-privilege permissions at the top", () => {
    for (const [name, text] of workflowTexts) {
      const workflow = parse(text ?? "") as { permissions?: unknown };
      expect(workflow.permissions, name).toEqual({ contents: "read" });
    }
  });

  it("keeps one version everywhere", () => {
    const pkg = JSON.parse(read("package.json")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(read("CHANGELOG.md")).toContain(`## [${pkg.version}]`);
  });

  it("ships the mock server with type declarations, as the package subpath ./mock", () => {
    const pkg = JSON.parse(read("package.json")) as { exports: Record<string, unknown> };
    expect(pkg.exports["./mock"]).toEqual({
      types: "./dist/mock/types/index.d.ts",
      default: "./dist/mock/index.js",
    });
    expect(read("dist/mock/types/index.d.ts")).toMatch(/export \{ startMockServer \} from/);
    expect(read("dist/mock/types/server.d.ts")).toMatch(
      /export declare function startMockServer\(/,
    );
    expect(read("dist/mock/types/index.d.ts")).toMatch(/MockServerOptions/);
  });

  it("ships the licenses of the bundled dependencies in dist/", () => {
    const licenses = read("dist/licenses.txt");
    for (const name of ["@actions/core", "yaml", "undici", "picomatch"])
      expect(licenses).toContain(name);
  });
});
