/**
 * Real, throwaway git repositories for tests.
 *
 *   const sandbox = await createSandbox();          // a temp folder; sandbox.cleanup() removes it
 *   const origin = await sandbox.repo("origin");    // git init -b main, user + no signing set locally
 *   await origin.write("cloudcasts/a.yml", "title: A\n");
 *   const first = await origin.commit("add a");     // `git add -A` + commit; returns the sha
 *   const clone = await sandbox.clone(origin, { depth: 1 }); // file:// clone, shallow when depth given
 *   createGitRunner(clone.dir, gitEnv())             // the code under test, isolated from ~/.gitconfig
 *
 * Every commit and tag gets a distinct, increasing date (a fake clock), so "creation order"
 * never depends on how fast the test runs. Git's global and system config are ignored.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The environment every git call of a test uses: no global or system config, no prompts. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    ...extra,
  };
}

function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`git ${args.join(" ")} failed in ${cwd}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

function runGitWithInput(
  cwd: string,
  args: string[],
  input: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`git ${args.join(" ")} failed in ${cwd}: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin?.end(input);
  });
}

export interface TestRepo {
  dir: string;
  /** Runs git in the repository; resolves with stdout, trailing newline removed. */
  git(...args: string[]): Promise<string>;
  /** Writes a file (folders created as needed), path relative to the repository. */
  write(file: string, content: string): Promise<void>;
  remove(file: string): Promise<void>;
  move(from: string, to: string): Promise<void>;
  /** Stages everything and commits; returns the new commit's sha. */
  commit(message: string): Promise<string>;
  head(): Promise<string>;
  /** Lightweight tag, or annotated with `message`; at HEAD unless `rev` is given. */
  tag(name: string, options?: { message?: string; rev?: string }): Promise<void>;
  /**
   * Appends `count` commits to the current branch in one `git fast-import` (fast, for deep
   * histories), each rewriting `file`; the work tree follows. Returns the new HEAD.
   */
  fillCommits(count: number, file?: string): Promise<string>;
  /** The `file://` URL to clone or fetch it by (a plain path would ignore `--depth`). */
  url: string;
}

export interface Sandbox {
  root: string;
  repo(name: string): Promise<TestRepo>;
  /**
   * `git clone` over file://. Tags come along only for full clones (as with actions/checkout,
   * whose shallow fetches skip tags) unless `tags` says otherwise.
   */
  clone(
    source: TestRepo,
    options?: {
      depth?: number;
      branch?: string;
      name?: string;
      tags?: boolean;
      singleBranch?: boolean;
    },
  ): Promise<TestRepo>;
  cleanup(): Promise<void>;
}

export async function createSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-git-"));
  let clock = 1_700_000_000;
  const tick = (): NodeJS.ProcessEnv => {
    clock += 60;
    const date = `@${clock} +0000`;
    return gitEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  const configure = async (dir: string) => {
    for (const [key, value] of [
      ["user.name", "Test"],
      ["user.email", "test@example.com"],
      ["commit.gpgsign", "false"],
      ["tag.gpgsign", "false"],
      ["init.defaultBranch", "main"],
    ] as const) {
      await runGit(dir, ["config", key, value], gitEnv());
    }
  };
  const wrap = (dir: string): TestRepo => ({
    dir,
    url: pathToFileURL(dir).href,
    git: async (...args) => (await runGit(dir, args, tick())).replace(/\n$/, ""),
    write: async (file, content) => {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    },
    remove: (file) => rm(path.join(dir, file)),
    move: async (from, to) => {
      await mkdir(path.dirname(path.join(dir, to)), { recursive: true });
      await rename(path.join(dir, from), path.join(dir, to));
    },
    commit: async (message) => {
      await runGit(dir, ["add", "-A"], gitEnv());
      await runGit(dir, ["commit", "--quiet", "--allow-empty", "-m", message], tick());
      return (await runGit(dir, ["rev-parse", "HEAD"], gitEnv())).trim();
    },
    fillCommits: async (count, file = "filler.txt") => {
      const branch = (await runGit(dir, ["symbolic-ref", "HEAD"], gitEnv())).trim();
      const parent = (await runGit(dir, ["rev-parse", "HEAD"], gitEnv())).trim();
      let stream = "";
      for (let i = 0; i < count; i++) {
        clock += 60;
        const content = `filler ${i}\n`;
        const message = `filler ${i}\n`;
        stream += `commit ${branch}\ncommitter Test <test@example.com> ${clock} +0000\n`;
        stream += `data ${Buffer.byteLength(message)}\n${message}`;
        if (i === 0) stream += `from ${parent}\n`;
        stream += `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
      }
      await runGitWithInput(dir, ["fast-import", "--quiet", "--force"], stream, gitEnv());
      await runGit(dir, ["reset", "--hard", "--quiet"], gitEnv());
      return (await runGit(dir, ["rev-parse", "HEAD"], gitEnv())).trim();
    },
    head: async () => (await runGit(dir, ["rev-parse", "HEAD"], gitEnv())).trim(),
    tag: async (name, options = {}) => {
      const args = options.message ? ["tag", "-a", "-m", options.message, name] : ["tag", name];
      await runGit(dir, options.rev ? [...args, options.rev] : args, tick());
    },
  });
  return {
    root,
    repo: async (name) => {
      const dir = path.join(root, name);
      await mkdir(dir, { recursive: true });
      await runGit(dir, ["init", "--quiet", "-b", "main"], gitEnv());
      await configure(dir);
      return wrap(dir);
    },
    clone: async (source, options = {}) => {
      const dir = path.join(
        root,
        options.name ?? `clone-${Math.random().toString(36).slice(2, 8)}`,
      );
      const args = ["clone", "--quiet"];
      if (!(options.tags ?? options.depth === undefined)) args.push("--no-tags");
      if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
      if (options.branch !== undefined) args.push("--branch", options.branch);
      if (options.singleBranch) args.push("--single-branch");
      await runGit(root, [...args, source.url, dir], gitEnv());
      await configure(dir);
      return wrap(dir);
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
