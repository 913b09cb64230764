// The command line's side of "no input crashes a run": `validate` and `publish --dry-run` report
// an exception in one file as that file's `internal-error` and every other file as usual. The
// commands take no hook of their own, so the parser is wrapped (vi.mock) to throw for one file
// name, as a bug in it would; every other file goes through the real parser.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { publish } from "../../src/commands/publish.js";
import { validate } from "../../src/commands/validate.js";
import { showAudio } from "../helpers/media.js";
import { captureIO } from "./io.js";
import type * as Parse from "../../src/cloudcast/parse.js";

vi.mock("../../src/cloudcast/parse.js", async (importOriginal) => {
  const real = await importOriginal<typeof Parse>();
  return {
    ...real,
    parseCloudcast: (source: string | Uint8Array, file: string) => {
      if (file.endsWith("explodes.yml")) throw new RangeError("Invalid array length\n    at x");
      return real.parseCloudcast(source, file);
    },
  };
});

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "mixcloud-publish-isolation-cli-"));
  await mkdir(join(root, "cloudcasts"));
  for (const [name, text] of Object.entries({
    "a.yml": "title: Show A\n",
    "explodes.yml": "title: Show B\n",
    "z.yml": "title: Show Z\nunlisted: yes\n",
  })) {
    await writeFile(join(root, "cloudcasts", name), text);
  }
  await writeFile(join(root, "cloudcasts", "a.wav"), showAudio());
  await writeFile(join(root, "cloudcasts", "explodes.wav"), showAudio());
  await writeFile(join(root, "cloudcasts", "z.wav"), showAudio());
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const CRASH_LINE =
  /^cloudcasts\/explodes\.yml:1:1: mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at \S+ \(with the file if you can\): Invalid array length at x \(internal-error\)$/m;

describe("an exception in one file on the command line", () => {
  it("validate: that file's internal-error, the others checked and reported, exit 1", async () => {
    const run = captureIO(root);
    expect(await validate([], run.io)).toBe(1);
    expect(run.stdout()).toMatch(CRASH_LINE);
    expect(run.stdout()).toMatch(/^cloudcasts\/z\.yml:2:11: .*\(boolean-word\)$/m);
    expect(run.stdout()).toMatch(/3 files checked: 1 valid, 2 invalid \(2 problems\)\n$/);
  });

  it("publish --dry-run: the same, through the action's pipeline", async () => {
    const run = captureIO(root);
    expect(await publish(["--dry-run"], run.io)).toBe(1);
    expect(run.stdout()).toMatch(CRASH_LINE);
    expect(run.stdout()).toMatch(/^dry-run\s+cloudcasts\/a\.yml$/m);
    expect(run.stdout()).toMatch(/^invalid\s+cloudcasts\/z\.yml .*boolean/m);
  });
});
