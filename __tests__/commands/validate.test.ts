import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validate } from "../../src/commands/validate.js";
import { captureIO } from "./io.js";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "mixcloud-publish-validate-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function files(tree: Record<string, string | Buffer>): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const GOOD = "title: Good show\ntracks:\n  - start: 0\n    artist: A\n    track: B\n";

describe("mixcloud-publish validate", () => {
  it("checks cloudcasts/ by default and exits 0 when all are valid", async () => {
    await files({ "cloudcasts/a.yml": GOOD, "cloudcasts/sub/b.yaml": GOOD });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(0);
    expect(run.stdout()).toBe("2 files checked: 2 valid, 0 invalid\n");
    expect(run.stderr()).toBe("");
  });

  it("prints file:line:col: message (rule) for each problem, paths relative to the working directory, and exits 1", async () => {
    await files({
      "shows/good.yml": GOOD,
      "shows/bad.yml": "title: 1999\nunlisted: yes\n",
      "shows/worse.yml": "desc: no title\n",
    });
    const run = captureIO(join(root, "shows"));
    expect(await validate(["."], run.io)).toBe(1);
    expect(run.stdout().split("\n")).toEqual([
      'bad.yml:1:8: title must be text, but YAML reads 1999 as a number: put it in quotes, title: "1999" (expected-string)',
      "bad.yml:2:11: unlisted: yes is text in YAML 1.2, not a boolean: use true or false (boolean-word)",
      "worse.yml:1:1: a cloudcast needs a title: add title: … (the name shown on Mixcloud) (title-required)",
      "3 files checked: 1 valid, 2 invalid (3 problems)",
      "",
    ]);
  });

  it("takes files and folders together, each file once", async () => {
    await files({ "cloudcasts/a.yml": GOOD, "extra.yml": GOOD });
    const run = captureIO(root);
    expect(await validate(["cloudcasts", "extra.yml", "cloudcasts/a.yml"], run.io)).toBe(0);
    expect(run.stdout()).toBe("2 files checked: 2 valid, 0 invalid\n");
  });

  it("prints one JSON object with --format json", async () => {
    await files({ "cloudcasts/a.yml": GOOD, "cloudcasts/b.yml": "title: [x]\n" });
    const run = captureIO(root);
    expect(await validate(["--format", "json"], run.io)).toBe(1);
    expect(JSON.parse(run.stdout())).toEqual({
      files: 2,
      valid: 1,
      invalid: 1,
      diagnostics: [
        {
          file: "cloudcasts/b.yml",
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 11,
          message: "title must be text, not a list",
          rule: "expected-string",
        },
      ],
      warnings: [],
      tracklists: [],
    });
  });

  it("reports a file over 1 MiB from its size", async () => {
    await files({ "cloudcasts/huge.yml": Buffer.alloc(2 * 1024 * 1024, "#") });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      /^cloudcasts\/huge\.yml:1:1: the file is 2097152 bytes; a cloudcast file may be at most 1 MiB .* \(file-too-large\)\n/,
    );
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it cannot read (read-error)", async () => {
    await files({ "cloudcasts/locked.yml": GOOD });
    await chmod(join(root, "cloudcasts/locked.yml"), 0o000);
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      /^cloudcasts\/locked\.yml:1:1: cannot read the file: .*\(read-error\)\n/,
    );
  });

  it("exits 2 for a path that does not exist, after checking the others", async () => {
    await files({ "a.yml": GOOD });
    const run = captureIO(root);
    expect(await validate(["a.yml", "missing/"], run.io)).toBe(2);
    expect(run.stderr()).toBe("mixcloud-publish validate: missing/: no such file or folder\n");
    expect(run.stdout()).toBe("1 file checked: 1 valid, 0 invalid\n");
  });

  it("exits 2 when the default cloudcasts/ folder is missing", async () => {
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(2);
    expect(run.stderr()).toContain("cloudcasts/: no such file or folder");
  });

  it("says so when a folder holds no cloudcast files", async () => {
    await files({ "cloudcasts/readme.txt": "" });
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(0);
    expect(run.stderr()).toBe("mixcloud-publish validate: no .yml or .yaml files in cloudcasts/\n");
    expect(run.stdout()).toBe("0 files checked: 0 valid, 0 invalid\n");
  });

  it("exits 2 on an unknown option, naming the nearest one and the help", async () => {
    const run = captureIO(root);
    expect(await validate(["--fromat", "json"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/Unknown option '--fromat'.*Did you mean --format\?/s);
    expect(run.stderr()).toContain("Usage: mixcloud-publish validate");
    expect(run.stdout()).toBe("");
  });

  it("exits 2 on an unknown --format", async () => {
    const run = captureIO(root);
    expect(await validate(["--format", "xml"], run.io)).toBe(2);
    expect(run.stderr()).toContain("--format must be text or json, not 'xml'");
  });

  it("prints its usage with --help", async () => {
    const run = captureIO(root);
    expect(await validate(["--help"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^Usage: mixcloud-publish validate \[options\] \[PATH…\]/);
    expect(run.stdout()).toContain("--format text|json");
  });

  it("validates the repository's examples/", async () => {
    const run = captureIO(process.cwd());
    expect(await validate(["examples"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^\d+ files checked: (\d+) valid, 0 invalid\n$/);
  });
});
