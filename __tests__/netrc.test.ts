import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findNetrcPassword, lookupToken, withNetrcToken } from "../src/netrc.js";

const dirs: string[] = [];
const home = () => {
  const dir = mkdtempSync(join(tmpdir(), "mp-netrc-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("netrc", () => {
  it("reads the seed's convention, on one line or several", () => {
    expect(findNetrcPassword("machine mixcloud-api\n  password tok1\n", "mixcloud-api")).toBe(
      "tok1",
    );
    expect(
      findNetrcPassword(
        "machine github.com login me password gh\nmachine mixcloud-api password tok2",
        "mixcloud-api",
      ),
    ).toBe("tok2");
  });

  it("finds nothing in a netrc without that machine, with comments, or with a macro", () => {
    expect(findNetrcPassword("machine github.com password gh\n", "mixcloud-api")).toBeUndefined();
    expect(
      findNetrcPassword("# machine mixcloud-api password no\n", "mixcloud-api"),
    ).toBeUndefined();
    expect(
      findNetrcPassword("macdef init\nmachine mixcloud-api password no\n", "mixcloud-api"),
    ).toBeUndefined();
    expect(findNetrcPassword("", "mixcloud-api")).toBeUndefined();
  });

  it("looks the token up flag first, then the environment, then ~/.netrc", async () => {
    const dir = home();
    writeFileSync(join(dir, ".netrc"), "machine mixcloud-api password from-netrc\n");
    const env = { HOME: dir };
    expect(await lookupToken("from-flag", { ...env, MIXCLOUD_ACCESS_TOKEN: "from-env" })).toEqual({
      token: "from-flag",
      source: "--token",
    });
    expect(await lookupToken(undefined, { ...env, MIXCLOUD_ACCESS_TOKEN: "from-env" })).toEqual({
      token: "from-env",
      source: "MIXCLOUD_ACCESS_TOKEN",
    });
    expect(await lookupToken(undefined, env)).toEqual({
      token: "from-netrc",
      source: join(dir, ".netrc"),
    });
  });

  it("does not crash on a missing or unreadable netrc", async () => {
    const dir = home();
    expect(await lookupToken(undefined, { HOME: dir })).toBeUndefined();
    // A folder where the file should be cannot be read, whoever runs the test (root included).
    mkdirSync(join(dir, ".netrc"));
    expect(await lookupToken(undefined, { HOME: dir })).toBeUndefined();
    writeFileSync(join(dir, "binary"), Buffer.from([0, 255, 254, 10, 0]));
    expect(await lookupToken(undefined, { NETRC: join(dir, "binary") })).toBeUndefined();
  });

  it("writes the token in place, keeping other machines", () => {
    const before =
      "machine github.com\n  password gh\nmachine mixcloud-api\n  password old\nmachine other password x\n";
    const after = withNetrcToken(before, "new");
    expect(findNetrcPassword(after, "mixcloud-api")).toBe("new");
    expect(findNetrcPassword(after, "github.com")).toBe("gh");
    expect(findNetrcPassword(after, "other")).toBe("x");
    expect(after.match(/mixcloud-api/g)).toHaveLength(1);
    expect(withNetrcToken("", "t")).toBe("machine mixcloud-api\n  password t\n");
  });
});
