import { execFile } from "node:child_process";

// git for the LFS client: `git config` (to read `.lfsconfig` and the repository's settings) and
// `git credential fill`. Arguments go in an array (never a shell), some questions go on stdin,
// and git never prompts: a missing credential is an answer, not a hang.

export interface GitAnswer {
  code: number;
  stdout: string;
}

/** Runs git in `cwd`; resolves with any exit code (git's "not found" is 1 for `config --get`). */
export function askGit(cwd: string, args: readonly string[], input = ""): Promise<GitAnswer> {
  return new Promise((resolve) => {
    const child = execFile(
      "git",
      args,
      {
        cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", LC_ALL: "C" },
        encoding: "utf8",
        maxBuffer: 1024 * 1024,
        timeout: 30_000,
        windowsHide: true,
      },
      (error, stdout) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout });
      },
    );
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(input);
  });
}

/** One value of git config (`--get`), from the repository or from `text` in git config syntax. */
export async function gitConfigValue(
  cwd: string,
  key: string,
  text?: string,
): Promise<string | undefined> {
  const args =
    text === undefined ? ["config", "--get", key] : ["config", "--file", "-", "--get", key];
  const answer = await askGit(cwd, args, text);
  const value = answer.stdout.trim();
  return answer.code === 0 && value !== "" ? value : undefined;
}

export interface GitCredential {
  username: string;
  password: string;
}

/**
 * What the user's credential helpers hold for `url` (`git credential fill`, as git-lfs asks
 * them); undefined when they hold nothing (git is told never to prompt).
 */
export async function fillCredential(cwd: string, url: URL): Promise<GitCredential | undefined> {
  const input = `protocol=${url.protocol.replace(/:$/, "")}\nhost=${url.host}\npath=${url.pathname.replace(/^\//, "")}\n\n`;
  const answer = await askGit(cwd, ["credential", "fill"], input);
  if (answer.code !== 0) return undefined;
  const fields = new Map(
    answer.stdout
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  const username = fields.get("username");
  const password = fields.get("password");
  return username === undefined || password === undefined ? undefined : { username, password };
}
