// The seed's token convention: `machine mixcloud-api` / `password TOKEN` in ~/.netrc. A missing
// file, an unreadable one, or one without that machine simply yields no token (the seed crashed).
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

export const NETRC_MACHINE = "mixcloud-api";

export function netrcPath(env: NodeJS.ProcessEnv): string {
  return env["NETRC"] ?? join(env["HOME"] ?? homedir(), ".netrc");
}

/** The `password` of `machine` in netrc text (tokens split on white space; `#` comments skipped). */
export function findNetrcPassword(text: string, machine: string): string | undefined {
  const tokens = text
    .split(/\r?\n/)
    .map((line) => (line.trimStart().startsWith("#") ? "" : line))
    .join("\n")
    .split(/\s+/)
    .filter(Boolean);
  let current: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "machine") current = tokens[++i];
    else if (token === "default") current = undefined;
    else if (token === "macdef")
      break; // macro bodies run to a blank line; nothing after is ours
    else if (token === "password" && current === machine) return tokens[i + 1];
  }
  return undefined;
}

export async function readNetrcToken(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    return findNetrcPassword(await readFile(netrcPath(env), "utf8"), NETRC_MACHINE);
  } catch {
    return undefined;
  }
}

/** The text of a netrc with `machine mixcloud-api` set to `token`, other entries kept. */
export function withNetrcToken(text: string, token: string): string {
  const entry = `machine ${NETRC_MACHINE}\n  password ${token}\n`;
  const pattern = new RegExp(
    `(^|\\n)machine\\s+${NETRC_MACHINE}\\b[\\s\\S]*?(?=\\nmachine\\s|\\ndefault\\s|$)`,
  );
  if (pattern.test(text))
    return text.replace(pattern, (_m, lead: string) => `${lead}${entry.trimEnd()}`);
  return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${entry}`;
}

/** Where the CLI's token comes from, first found wins: flag, environment, ~/.netrc. */
export async function lookupToken(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<{ token: string; source: string } | undefined> {
  if (flag !== undefined && flag !== "") return { token: flag, source: "--token" };
  const fromEnv = env["MIXCLOUD_ACCESS_TOKEN"];
  if (fromEnv !== undefined && fromEnv.trim() !== "")
    return { token: fromEnv.trim(), source: "MIXCLOUD_ACCESS_TOKEN" };
  const fromNetrc = await readNetrcToken(env);
  return fromNetrc === undefined ? undefined : { token: fromNetrc, source: netrcPath(env) };
}
