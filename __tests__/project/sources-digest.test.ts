// The digest the build writes to dist/sources.json, and the end-to-end tests compare with the
// sources before they run the bundles: any change to what the bundles are built from changes it,
// and nothing else does.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourcesDigest } from "../../scripts/sources-digest.mjs";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "mp-digest-"));
  await mkdir(join(root, "src", "cloudcast"), { recursive: true });
  await mkdir(join(root, "scripts"));
  for (const file of [
    "src/index.ts",
    "src/cloudcast/parse.ts",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "tsconfig.mock-types.json",
    "scripts/build.mjs",
  ]) {
    await writeFile(join(root, file), `// ${file}\n`);
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("sourcesDigest", () => {
  it("changes with a source file's content, a new source file, or the manifests", async () => {
    const before = sourcesDigest(root);
    expect(sourcesDigest(root)).toBe(before);
    await writeFile(join(root, "src", "cloudcast", "parse.ts"), "// changed\n");
    const edited = sourcesDigest(root);
    expect(edited).not.toBe(before);
    await writeFile(join(root, "src", "cloudcast", "new.ts"), "");
    const added = sourcesDigest(root);
    expect(added).not.toBe(edited);
    await writeFile(join(root, "package-lock.json"), "{}\n");
    expect(sourcesDigest(root)).not.toBe(added);
  });

  it("does not change with files the bundles are not built from", async () => {
    const before = sourcesDigest(root);
    await mkdir(join(root, "__tests__"));
    await writeFile(join(root, "__tests__", "a.test.ts"), "");
    await writeFile(join(root, "README.md"), "# x\n");
    expect(sourcesDigest(root)).toBe(before);
  });
});
