import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectChanges } from "../../src/selection/changes.js";
import {
  createGitRunner,
  listTrackedFiles,
  parseNameStatus,
  readFileAt,
} from "../../src/selection/git.js";
import { createSandbox, gitEnv, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { context, deps, summary } from "./support.js";

const UNICODE = "cloudcasts/Ünïcode show.yml";
const QUOTED = 'cloudcasts/a "quoted" name.yml';
const NEWLINE = "cloudcasts/line\nbreak.yml";
const TAB_AND_BACKSLASH = "cloudcasts/tab\there \\ back.yml";
const SPACES = "cloudcasts/Friday Night Mix.yml";
const RENAMED_TO = "cloudcasts/archive/Friday Night Mix (2024).yml";

let sandbox: Sandbox;
let repo: TestRepo;
let before: string;
let after: string;

beforeAll(async () => {
  sandbox = await createSandbox();
  repo = await sandbox.repo("names");
  await repo.write(
    SPACES,
    "title: Friday Night Mix\ndesc: a long description that stays the same\n",
  );
  await repo.write("cloudcasts/plain.yml", "title: Plain\n");
  before = await repo.commit("base");
  for (const name of [UNICODE, QUOTED, NEWLINE, TAB_AND_BACKSLASH])
    await repo.write(name, `title: ${JSON.stringify(name)}\n`);
  // A rename with a small edit is still a rename (-M).
  await repo.move(SPACES, RENAMED_TO);
  await repo.write(
    RENAMED_TO,
    "title: Friday Night Mix (2024)\ndesc: a long description that stays the same\n",
  );
  await repo.remove("cloudcasts/plain.yml");
  after = await repo.commit("awkward names");
});

afterAll(async () => {
  await sandbox.cleanup();
});

describe("file names", () => {
  it("come through exactly: spaces, quotes, newlines, tabs, backslashes, non-ASCII", async () => {
    const set = await detectChanges(
      context("push", { ref: "refs/heads/main", before, after }),
      deps(repo.dir),
    );
    expect(summary(set)).toEqual({
      files: [
        `added ${QUOTED}`,
        `renamed ${SPACES} -> ${RENAMED_TO}`,
        `added ${NEWLINE}`,
        `added ${TAB_AND_BACKSLASH}`,
        `added ${UNICODE}`,
      ],
      deleted: ["cloudcasts/plain.yml"],
    });
  });

  it("are listed exactly by ls-files and readable at a revision", async () => {
    const git = createGitRunner(repo.dir, gitEnv());
    expect(await listTrackedFiles(git)).toEqual(
      expect.arrayContaining([UNICODE, QUOTED, NEWLINE, TAB_AND_BACKSLASH, RENAMED_TO]),
    );
    expect(await readFileAt(git, after, NEWLINE)).toBe(`title: ${JSON.stringify(NEWLINE)}\n`);
    expect(await readFileAt(git, before, SPACES)).toContain("title: Friday Night Mix\n");
    expect(await readFileAt(git, before, UNICODE)).toBeUndefined();
  });

  it("stay intact when read from a subdirectory of the repository", async () => {
    const git = createGitRunner(`${repo.dir}/cloudcasts`, gitEnv());
    expect(await readFileAt(git, after, "Ünïcode show.yml")).toBe(
      `title: ${JSON.stringify(UNICODE)}\n`,
    );
    expect(await listTrackedFiles(git)).toContain("Ünïcode show.yml");
  });
});

describe("parseNameStatus", () => {
  it("reads renames, copies, type changes and drops unmerged entries", () => {
    const out = [
      "M",
      "a.yml",
      "R087",
      "old b.yml",
      "new\nb.yml",
      "C100",
      "c.yml",
      "c copy.yml",
      "T",
      "link.yml",
      "U",
      "conflict.yml",
      "D",
      "gone.yml",
      "A",
      "new.yml",
      "",
    ].join("\0");
    expect(parseNameStatus(out)).toEqual([
      { status: "modified", path: "a.yml" },
      { status: "renamed", path: "new\nb.yml", previousPath: "old b.yml" },
      { status: "copied", path: "c copy.yml", previousPath: "c.yml" },
      { status: "modified", path: "link.yml" },
      { status: "deleted", path: "gone.yml" },
      { status: "added", path: "new.yml" },
    ]);
  });

  it("reads empty output as no changes", () => {
    expect(parseNameStatus("")).toEqual([]);
  });
});
