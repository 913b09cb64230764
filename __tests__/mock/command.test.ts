import { describe, expect, it } from "vitest";
import { mockServer, runMockServerCommand } from "../../src/commands/mock-server.js";
import type { CommandIO } from "../../src/commands/types.js";

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd: process.cwd(),
    env: {},
    isTTY: false,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** Starts the command; resolves with its URL once the banner is printed. */
async function startCommand(args: string[]) {
  const capture = captureIO();
  const stop = new AbortController();
  const exit = runMockServerCommand(args, capture.io, stop.signal);
  await expect.poll(() => capture.stdout()).toContain("api-url:");
  const url = /api-url: (\S+)/u.exec(capture.stdout())![1]!;
  return { ...capture, url, exit, stop: () => stop.abort() };
}

describe("mixcloud-publish mock-server", () => {
  it("prints the URL and token, logs requests, and stops with exit 0 when signalled", async () => {
    const run = await startCommand(["--port", "0", "--token", "cli-token", "--user", "cli-user"]);
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(run.stdout()).toContain("access token: cli-token (cli-user, Pro account)");
    const me = await fetch(`${run.url}/me/?access_token=cli-token`);
    expect(await me.json()).toMatchObject({ username: "cli-user", is_pro: true });
    await expect.poll(() => run.stdout()).toMatch(/GET \/me\/\?access_token=\*\*\* 200 \d+ms\n/u);
    expect(
      run
        .stdout()
        .split("\n")
        .filter((line) => line.startsWith("GET ")),
    ).toHaveLength(1);
    run.stop();
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain("Stopping");
    await expect(fetch(`${run.url}/mock-user/`)).rejects.toThrow();
  });

  it("stops on SIGTERM when no signal is given", async () => {
    const listenersBefore = process.listenerCount("SIGTERM");
    const capture = captureIO();
    const exit = mockServer(["--not-pro"], capture.io);
    await expect.poll(() => capture.stdout()).toContain("api-url:");
    expect(capture.stdout()).toContain("free account");
    const url = /api-url: (\S+)/u.exec(capture.stdout())![1]!;
    expect(await (await fetch(`${url}/mock-user/`)).json()).toMatchObject({ is_pro: false });
    process.emit("SIGTERM");
    expect(await exit).toBe(0);
    expect(process.listenerCount("SIGTERM")).toBe(listenersBefore);
  });

  it("takes the OAuth client id and secret it accepts, and prints them", async () => {
    const run = await startCommand(["--client-id", "my-app", "--client-secret", "my-secret"]);
    expect(run.stdout()).toContain(`oauth: ${run.url}/oauth (client id my-app, secret my-secret)`);
    const redirect = "http://127.0.0.1:9/cb";
    const authorize = (id: string) =>
      fetch(
        `${run.url}/oauth/authorize?${new URLSearchParams({ client_id: id, redirect_uri: redirect })}`,
        {
          redirect: "manual",
        },
      );
    expect((await authorize("mock-client-id")).status).toBe(400);
    const location = (await authorize("my-app")).headers.get("location")!;
    const code = new URL(location).searchParams.get("code")!;
    const exchange = (secret: string, code: string) =>
      fetch(`${run.url}/oauth/access_token`, {
        method: "POST",
        body: new URLSearchParams({
          client_id: "my-app",
          client_secret: secret,
          redirect_uri: redirect,
          code,
        }),
      });
    expect((await exchange("mock-client-secret", code)).status).toBe(400);
    const granted = await exchange("my-secret", code);
    expect(await granted.json()).toEqual({ access_token: "mock-token" });
    run.stop();
    expect(await run.exit).toBe(0);
  });

  it("prints help with --help", async () => {
    const capture = captureIO();
    expect(await runMockServerCommand(["--help"], capture.io)).toBe(0);
    expect(capture.stdout()).toContain("Usage: mixcloud-publish mock-server");
    expect(capture.stdout()).toContain("--not-pro");
    expect(capture.stdout()).toContain("--client-id ID");
    expect(capture.stdout()).toContain("--client-secret SECRET");
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/u],
    [["extra"], /positional/iu],
    [["--port", "abc"], /--port must be a number/u],
    [["--port", "70000"], /--port must be a number/u],
    [["--user", "a b"], /--user must be/u],
    [["--token", ""], /--token must not be empty/u],
    [["--client-id", ""], /--client-id must not be empty/u],
    [["--client-secret", ""], /--client-secret must not be empty/u],
  ])("exits 2 with a hint on %j", async (args, message) => {
    const capture = captureIO();
    expect(await runMockServerCommand(args, capture.io)).toBe(2);
    expect(capture.stderr()).toMatch(message);
    expect(capture.stderr()).toContain("mixcloud-publish mock-server --help");
    expect(capture.stdout()).toBe("");
  });

  it("exits 1 when it cannot listen", async () => {
    const first = await startCommand([]);
    const port = new URL(first.url).port;
    const capture = captureIO();
    expect(await runMockServerCommand(["--port", port], capture.io)).toBe(1);
    expect(capture.stderr()).toMatch(/cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/u);
    first.stop();
    expect(await first.exit).toBe(0);
  });

  it("returns at once when the signal is already aborted", async () => {
    const capture = captureIO();
    expect(await runMockServerCommand([], capture.io, AbortSignal.abort())).toBe(0);
    expect(capture.stdout()).toContain("Stopping");
  });
});
