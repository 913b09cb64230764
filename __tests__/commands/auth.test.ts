// The OAuth flow end to end against the mock's OAuth endpoints; the test plays the browser.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auth } from "../../src/commands/auth.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { captureIO } from "./io.js";

let home: string;
let mock: MockServer;
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), "mp-auth-"));
  mock = await startMockServer({
    token: "granted-token",
    clientId: "app-id",
    clientSecret: "app-secret",
  });
});
afterEach(async () => {
  await mock.close();
  rmSync(home, { recursive: true, force: true });
});

/** Waits for the authorize link on stderr, then follows it as a browser would. */
async function playBrowser(
  stderr: () => string,
  tamper?: (location: URL) => void,
): Promise<number> {
  let link: string | undefined;
  for (let i = 0; i < 200 && link === undefined; i++) {
    link = /^\s+(http\S+authorize\S+)$/m.exec(stderr())?.[1];
    if (link === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (link === undefined) throw new Error(`no authorize link in: ${stderr()}`);
  const consent = await fetch(link, { redirect: "manual" });
  const location = new URL(consent.headers.get("location") ?? "");
  tamper?.(location);
  const landing = await fetch(location);
  await landing.text();
  return landing.status;
}

describe("mixcloud-publish auth", () => {
  it("receives the code on the loopback redirect and prints the token", async () => {
    const run = captureIO(home, { HOME: home });
    const done = auth(
      ["--client-id", "app-id", "--client-secret", "app-secret", "--oauth-url", mock.oauthUrl],
      run.io,
    );
    expect(await playBrowser(run.stderr)).toBe(200);
    expect(await done).toBe(0);
    expect(run.stdout()).toBe("granted-token\n");
    expect(run.stderr()).not.toContain("app-secret");
  });

  it("saves the token to ~/.netrc with --save, keeping other entries, mode 600", async () => {
    writeFileSync(join(home, ".netrc"), "machine github.com\n  password gh\n");
    const run = captureIO(home, { HOME: home });
    const done = auth(
      [
        "--client-id",
        "app-id",
        "--client-secret",
        "app-secret",
        "--oauth-url",
        mock.oauthUrl,
        "--save",
      ],
      run.io,
    );
    await playBrowser(run.stderr);
    expect(await done).toBe(0);
    const netrc = readFileSync(join(home, ".netrc"), "utf8");
    expect(netrc).toContain("machine github.com");
    expect(netrc).toMatch(/machine mixcloud-api\s+password granted-token/);
    expect(statSync(join(home, ".netrc")).mode & 0o777).toBe(0o600);
    expect(run.stdout()).not.toContain("granted-token");
  });

  it("refuses a redirect it did not start (wrong state)", async () => {
    const run = captureIO(home, { HOME: home });
    const done = auth(
      [
        "--client-id",
        "app-id",
        "--client-secret",
        "app-secret",
        "--oauth-url",
        mock.oauthUrl,
        "--timeout",
        "2",
      ],
      run.io,
    );
    const status = await playBrowser(run.stderr, (location) =>
      location.searchParams.set("state", "forged"),
    );
    expect(status).toBe(400);
    expect(await done).toBe(1);
    expect(run.stderr()).toMatch(/no redirect came within 2 s/);
  });

  it("reports a wrong client secret as an error, without the secret", async () => {
    const run = captureIO(home, { HOME: home });
    const done = auth(
      ["--client-id", "app-id", "--client-secret", "wrong-secret", "--oauth-url", mock.oauthUrl],
      run.io,
    );
    await playBrowser(run.stderr);
    expect(await done).toBe(1);
    expect(run.stderr()).toMatch(/mixcloud-publish auth: /);
    expect(run.stderr()).not.toContain("wrong-secret");
  });

  it("needs the client id and secret", async () => {
    const run = captureIO(home, { HOME: home });
    expect(await auth(["--client-id", "x"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/--client-id and --client-secret are required/);
  });
});
