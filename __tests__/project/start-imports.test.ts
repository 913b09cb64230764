// What the action loads before it knows whether it has anything to do: src/index.ts and every
// module it imports statically (ncc puts them in dist/index.js, evaluated at each start). A push
// that selects nothing must not pay for the parser, the tracklist readers, the media checks (the
// Git LFS client among them), Mixcloud's rules or the publisher: those are loaded with
// `import()` when a run needs them. This follows the imports in the sources, so it holds without
// a build and names the import that broke it.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** Modules reached from `entry` by static imports (not `import type`, not `import()`). */
function startGraph(entry: string): { modules: Map<string, string>; packages: Set<string> } {
  const modules = new Map<string, string>(); // module → the module that imported it first
  const packages = new Set<string>();
  const queue = [entry];
  modules.set(entry, "(entry)");
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const source = ts.createSourceFile(
      file,
      readFileSync(join(ROOT, file), "utf8"),
      ts.ScriptTarget.ES2022,
    );
    for (const specifier of staticImports(source)) {
      if (specifier.startsWith("node:")) continue;
      if (!specifier.startsWith(".")) {
        packages.add(
          specifier.startsWith("@")
            ? specifier.split("/").slice(0, 2).join("/")
            : specifier.split("/")[0]!,
        );
        continue;
      }
      const target = resolveSource(file, specifier);
      if (!modules.has(target)) {
        modules.set(target, file);
        queue.push(target);
      }
    }
  }
  return { modules, packages };
}

function staticImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier !== undefined
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** `./x.js` from `src/a/b.ts` → `src/a/x.ts` (or `src/a/x/index.ts`). */
function resolveSource(from: string, specifier: string): string {
  const base = resolve(ROOT, dirname(from), specifier.replace(/\.js$/, ""));
  const file = [`${base}.ts`, join(base, "index.ts")].find(existsSync);
  if (file === undefined)
    throw new Error(`${from} imports ${specifier}, which is not a source file`);
  return relative(ROOT, file).split("\\").join("/");
}

/** What a run that selects nothing never needs, with the one leaf of each area it may take. */
const NOT_AT_START: { area: RegExp; except?: string[] }[] = [
  {
    area: /^src\/cloudcast\//,
    // Leaves the reports need to show a run (how a start reads, what an edit changed): no parser.
    except: [
      "src/cloudcast/mixcloud-rules/mode.ts",
      "src/cloudcast/start-time.ts",
      "src/cloudcast/diff-result.ts",
    ],
  },
  { area: /^src\/tracklist\//, except: ["src/tracklist/paths.ts"] },
  { area: /^src\/media\// },
  { area: /^src\/publish\// },
  { area: /^src\/mixcloud\// },
  { area: /^src\/(pipeline|download|connect)\.ts$/ },
];

describe("the action's start", () => {
  const { modules, packages } = startGraph("src/index.ts");

  it("loads none of the parser, readers, media checks, rules or publisher", () => {
    const loaded = [...modules.keys()].filter((module) =>
      NOT_AT_START.some(({ area, except = [] }) => area.test(module) && !except.includes(module)),
    );
    expect(loaded.map((module) => `${module} (imported by ${modules.get(module)})`)).toEqual([]);
  });

  it("loads no package but the glob matcher (@actions/core comes with import())", () => {
    expect([...packages].sort()).toEqual(["picomatch"]);
  });

  it("does load what it needs to select: the settings, the change detection, the selection", () => {
    for (const module of ["src/settings.ts", "src/selection/changes.ts", "src/selection/select.ts"])
      expect(modules.has(module)).toBe(true);
  });
});

describe("validate's start", () => {
  const { modules, packages } = startGraph("src/commands/validate.ts");

  it("loads none of the Git LFS client, the URL policy or the HTTP client until an export is a pointer", () => {
    const loaded = [...modules.keys()].filter((module) =>
      /^src\/media\/(lfs\/|url-policy\.ts$|remote-object\.ts$|http\.ts$)/.test(module),
    );
    expect(loaded.map((module) => `${module} (imported by ${modules.get(module)})`)).toEqual([]);
    expect([...packages].filter((name) => ["ipaddr.js", "undici"].includes(name))).toEqual([]);
  });

  it("does hold the way to the LFS server, which loads the client on first use", () => {
    expect(modules.has("src/media/lfs-access.ts")).toBe(true);
  });
});
