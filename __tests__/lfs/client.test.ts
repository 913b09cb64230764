// The LFS client against the test server: which credential goes where, hrefs renewed when they
// lapse or are refused, downloads resumed with Range and verified, and each failure a sentence
// that says what to do.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, readFile, readdir, realpath, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createSandbox } from "../helpers/git-repo.js";
import type { Sandbox, TestRepo } from "../helpers/git-repo.js";
import { basic, pointerText, sha256, startLfsServer } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";
import { showAudio } from "../helpers/media.js";
import { createLfsAccess } from "../../src/media/lfs-access.js";
import { PRIVATE_ALLOWED, PUBLIC_ONLY } from "../../src/media/url-policy.js";
import type { LfsClientSettings } from "../../src/media/lfs-access.js";
import { findEndpoint } from "../../src/media/lfs/endpoint.js";
import { endpointOfRemote } from "../../src/media/lfs/endpoint.js";
import { checkLocalFile } from "../../src/media/local-file.js";
import { serveBytes, startServer } from "../media/server.js";

const TOKEN = "ghs_client_test_token_5678";
let sandbox: Sandbox;
let repo: TestRepo;
let root: string;
let github: LfsServer;

beforeEach(async () => {
  sandbox = await createSandbox();
  repo = await sandbox.repo("workspace");
  root = await realpath(repo.dir);
  github = await startLfsServer({ token: TOKEN });
});
afterEach(async () => {
  await github.close();
  await sandbox.cleanup();
});

function settings(extra: Partial<LfsClientSettings> = {}): LfsClientSettings {
  return {
    workspace: root,
    serverUrl: github.url,
    repository: "octo-org/shows",
    githubToken: TOKEN,
    gitCredentials: false,
    tempDir: root,
    attempts: 3,
    // The test servers are on loopback: an LFS server that is not the GitHub server is held to
    // the media URL policy, which refuses loopback without `allow-private-urls`.
    urlPolicy: PRIVATE_ALLOWED,
    ...extra,
  };
}

async function pointerTo(server: LfsServer, relPath: string, bytes: Buffer) {
  const object = server.put(bytes);
  await mkdir(join(root, relPath, ".."), { recursive: true });
  await writeFile(join(root, relPath), pointerText(object));
  return object;
}

async function check(relPath: string, extra: Partial<LfsClientSettings> = {}) {
  return checkLocalFile("audio", relPath, root, { lfs: createLfsAccess(settings(extra)) });
}

const githubBasic = basic("x-access-token", TOKEN);

describe("endpoint", () => {
  it("is GITHUB_SERVER_URL/GITHUB_REPOSITORY.git/info/lfs by default", async () => {
    const found = await findEndpoint(settings());
    expect(typeof found === "string" ? found : found.url.href).toBe(
      `${github.url}/octo-org/shows.git/info/lfs`,
    );
  });

  it("is lfs.url of .lfsconfig first, then remote.origin.lfsurl, then lfs.url of git config", async () => {
    await repo.git("config", "lfs.url", "https://config-lfs.example/lfs");
    await repo.git("config", "remote.origin.lfsurl", "https://remote-lfs.example/lfs");
    const href = async () => {
      const found = await findEndpoint(settings());
      return typeof found === "string" ? found : found.url.href;
    };
    expect(await href()).toBe("https://remote-lfs.example/lfs");
    await writeFile(
      join(root, ".lfsconfig"),
      '[lfs]\n\turl = "https://user:pw@lfsconfig.example/lfs"\n',
    );
    // Credentials in the URL never reach a message.
    expect(await href()).toBe("https://lfsconfig.example/lfs");
  });

  it("derives a remote's endpoint as git-lfs does", () => {
    expect(endpointOfRemote("https://github.com/o/r")?.href).toBe(
      "https://github.com/o/r.git/info/lfs",
    );
    expect(endpointOfRemote("https://github.com/o/r.git")?.href).toBe(
      "https://github.com/o/r.git/info/lfs",
    );
    expect(endpointOfRemote("git@github.com:o/r.git")?.href).toBe(
      "https://github.com/o/r.git/info/lfs",
    );
    expect(endpointOfRemote("ssh://git@ghe.example:22/o/r.git")?.href).toBe(
      "https://ghe.example/o/r.git/info/lfs",
    );
  });
});

describe("credentials", () => {
  it("sends the GitHub token to the GitHub server only; the object host gets the answer's header", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    const checked = await check("shows/a.wav");
    expect(checked.problems).toEqual([]);
    const batch = github.requests.filter((r) => r.host === "batch");
    expect(batch.every((r) => r.headers.authorization === githubBasic)).toBe(true);
    expect(batch[0]?.headers["content-type"]).toBe("application/vnd.git-lfs+json");
    const objects = github.requests.filter((r) => r.host === "objects");
    expect(objects.length).toBeGreaterThan(0);
    for (const r of objects) expect(r.headers.authorization).toMatch(/^RemoteAuth /);
  });

  it("asks an LFS server that .lfsconfig names on another host without the token", async () => {
    const elsewhere = await startLfsServer({ batchHost: "127.0.0.3", objectHost: "127.0.0.4" });
    try {
      await writeFile(join(root, ".lfsconfig"), `[lfs]\n\turl = ${elsewhere.endpoint("o", "r")}\n`);
      await pointerTo(elsewhere, "shows/a.wav", showAudio());
      const checked = await check("shows/a.wav");
      expect(checked.problems).toEqual([]);
      expect(elsewhere.requests.length).toBeGreaterThan(0);
      for (const r of elsewhere.requests)
        expect(r.headers.authorization ?? "").not.toContain(githubBasic);
      expect(
        elsewhere.requests
          .filter((r) => r.host === "batch")
          .every((r) => r.headers.authorization === undefined),
      ).toBe(true);
      expect(github.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it("follows a redirect of the batch request to another origin without the GitHub token", async () => {
    const audio = showAudio();
    await pointerTo(github, "shows/a.wav", audio);
    const elsewhere = await startLfsServer({ batchHost: "127.0.0.3", objectHost: "127.0.0.4" });
    try {
      elsewhere.put(audio);
      github.faults.redirectBatchTo = elsewhere.url;
      expect((await check("shows/a.wav")).problems).toEqual([]);
      const first = github.requests.filter((r) => r.host === "batch");
      expect(first.map((r) => r.headers.authorization)).toEqual([githubBasic]);
      const batch = elsewhere.requests.filter((r) => r.host === "batch");
      expect(batch.map((r) => [r.method, r.path])).toEqual([
        ["POST", "/octo-org/shows.git/info/lfs/objects/batch"],
      ]);
      for (const r of elsewhere.requests) {
        expect(r.headers.authorization ?? "").not.toContain(githubBasic);
        expect(JSON.stringify(r.headers)).not.toContain(TOKEN);
      }
      expect(batch[0]?.headers.authorization).toBeUndefined();
    } finally {
      await elsewhere.close();
    }
  });

  it("holds an LFS server that .lfsconfig names to the media URL policy; the GitHub server's is trusted", async () => {
    const elsewhere = await startLfsServer({ batchHost: "127.0.0.3", objectHost: "127.0.0.4" });
    try {
      await pointerTo(github, "shows/trusted.wav", showAudio());
      expect((await check("shows/trusted.wav", { urlPolicy: PUBLIC_ONLY })).problems).toEqual([]);
      await writeFile(join(root, ".lfsconfig"), `[lfs]\n\turl = ${elsewhere.endpoint("o", "r")}\n`);
      await pointerTo(elsewhere, "shows/a.wav", showAudio());
      const checked = await check("shows/a.wav", { urlPolicy: PUBLIC_ONLY });
      expect(checked.problems).toEqual([
        expect.objectContaining({
          rule: "lfs-unreachable",
          message: expect.stringContaining("http://"),
        }),
      ]);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it("in a local clone, asks `git credential fill` for the server after a 401", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    await repo.git("config", "lfs.url", github.endpoint("octo-org", "shows"));
    await repo.git(
      "config",
      "credential.helper",
      `!f() { test "$1" = get && printf 'username=x-access-token\\npassword=${TOKEN}\\n'; }; f`,
    );
    const checked = await check("shows/a.wav", {
      gitCredentials: true,
      githubToken: undefined,
      serverUrl: undefined,
    });
    expect(checked.problems).toEqual([]);
    const batch = github.requests.filter((r) => r.host === "batch");
    expect(batch.map((r) => r.headers.authorization)).toEqual([undefined, githubBasic]);
  });

  it("in a local clone without a stored credential, says to run git lfs pull", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    await repo.git("config", "lfs.url", github.endpoint("octo-org", "shows"));
    const checked = await check("shows/a.wav", {
      gitCredentials: true,
      githubToken: undefined,
      serverUrl: undefined,
    });
    expect(checked.problems).toEqual([
      {
        rule: "lfs-denied",
        message: `the LFS server (${github.endpoint("octo-org", "shows")}) refused to give the audio \`shows/a.wav\`'s object (401 Unauthorized): run \`git lfs pull\` (no stored credential for this server was accepted)`,
      },
    ]);
  });
});

describe("errors", () => {
  it("an object that was never pushed", async () => {
    const object = await pointerTo(github, "shows/a.wav", showAudio());
    github.faults.missing.add(object.oid);
    const checked = await check("shows/a.wav");
    expect(checked.problems).toEqual([
      {
        rule: "lfs-missing",
        message: `the audio \`shows/a.wav\` is a Git LFS pointer whose object is not on the LFS server (${github.endpoint("octo-org", "shows")}): it was committed without its object; push the object with \`git lfs push --all origin\` (from a clone that has the file)`,
      },
    ]);
  });

  it("a refused token asks for contents: read", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    github.faults.deny = true;
    const checked = await check("shows/a.wav");
    expect(checked.problems[0]?.rule).toBe("lfs-denied");
    expect(checked.problems[0]?.message).toBe(
      `the LFS server (${github.endpoint("octo-org", "shows")}) refused to give the audio \`shows/a.wav\`'s object (401 Unauthorized): give the job \`permissions: contents: read\` (and leave the \`github-token\` input at its default, \`github.token\`)`,
    );
  });

  it("GitHub's over-quota answer is passed through", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    github.faults.quota = true;
    const checked = await check("shows/a.wav");
    expect(checked.problems[0]?.rule).toBe("lfs-quota");
    expect(checked.problems[0]?.message).toContain("This repository is over its data quota.");
  });

  it("waits as a 429's Retry-After says, in seconds or as an HTTP date, then asks again", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    const inOneSecond = new Date(Date.now() + 1500).toUTCString();
    github.faults.busy.push("0", inOneSecond);
    const began = Date.now();
    const checked = await check("shows/a.wav");
    expect(checked.problems).toEqual([]);
    expect(github.faults.busy).toEqual([]);
    expect(github.requests.filter((r) => r.host === "batch")).toHaveLength(3);
    // A date 0.5 to 1.5 s ahead (it has whole seconds) is read as a wait of 1 or 2 s; the
    // backoff alone, had the date not been read, waits at most 0.5 s here.
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);
  });

  it("an LFS server elsewhere that holds every request open costs the run's budget, not tries × timeouts", async () => {
    const held: ServerResponse[] = [];
    const holding = createServer((_req, res) => void held.push(res));
    await new Promise<void>((resolve) => holding.listen(0, "127.0.0.1", resolve));
    const port = (holding.address() as AddressInfo).port;
    try {
      await writeFile(join(root, ".lfsconfig"), `[lfs]\n\turl = http://127.0.0.1:${port}/lfs\n`);
      for (const name of ["a", "b", "c"]) await pointerTo(github, `shows/${name}.wav`, showAudio());
      // Each request alone would wait a minute, three times.
      const lfs = createLfsAccess(settings({ timeoutMs: 60_000, elsewhereBudgetMs: 300 }));
      const checked = await Promise.all(
        ["a", "b", "c"].map((name) => checkLocalFile("audio", `shows/${name}.wav`, root, { lfs })),
      );
      for (const result of checked) {
        expect(result.problems).toEqual([
          {
            rule: "lfs-unreachable",
            message: expect.stringContaining(
              `the LFS server http://127.0.0.1:${port}/lfs did not answer within the 0.3 s this run has for an LFS server other than the GitHub server's`,
            ),
          },
        ]);
      }
      // A check after the budget ran out asks nothing.
      const asked = held.length;
      await checkLocalFile("audio", "shows/a.wav", root, { lfs });
      expect(held.length).toBe(asked);
    } finally {
      for (const res of held) res.destroy();
      await new Promise<void>((resolve) => holding.close(() => resolve()));
    }
  });

  it("a server that cannot be reached is named, without credentials, after the retries", async () => {
    await pointerTo(github, "shows/a.wav", showAudio());
    await writeFile(
      join(root, ".lfsconfig"),
      "[lfs]\n\turl = http://user:secret@127.0.0.1:9/lfs\n",
    );
    const checked = await check("shows/a.wav", { attempts: 2 });
    expect(checked.problems).toEqual([
      {
        rule: "lfs-unreachable",
        message:
          "the LFS server http://127.0.0.1:9/lfs could not be reached for the audio `shows/a.wav` after 2 tries: the connection was refused",
      },
    ]);
  });
});

describe("hrefs and downloads", () => {
  it("follows a redirect of the object host to another origin without its header", async () => {
    const audio = showAudio();
    const object = await pointerTo(github, "shows/a.wav", audio);
    const bucket = await startServer((req, res) => serveBytes(res, req, audio, { ranges: true }));
    try {
      github.faults.redirectTo = bucket.origin.replace("127.0.0.1", "localhost");
      expect((await check("shows/a.wav")).problems).toEqual([]);
      expect(bucket.requests.length).toBeGreaterThan(0);
      for (const r of bucket.requests) {
        expect(r.path).toBe(`/objects/${object.oid}`);
        expect(r.headers.authorization).toBeUndefined();
      }
    } finally {
      await bucket.close();
    }
  });

  it("asks for an href again when it lapses, and when the object host refuses it", async () => {
    const object = await pointerTo(github, "shows/a.wav", showAudio());
    github.faults.expireOnce.add(object.oid);
    expect((await check("shows/a.wav")).problems).toEqual([]);
    expect(github.batchCount(object.oid)).toBe(2);

    const lapsing = await startLfsServer({ token: TOKEN, expiresIn: 1 });
    try {
      const other = await pointerTo(lapsing, "shows/b.wav", showAudio(1000));
      const access = createLfsAccess(settings({ serverUrl: lapsing.url }));
      const opened = await access.open(other, "b");
      await opened.read(0, 10);
      await opened.read(5000, 10);
      expect(lapsing.batchCount(other.oid)).toBe(3);
    } finally {
      await lapsing.close();
    }
  });

  it("downloads once, resumes with Range after a dropped connection, and verifies", async () => {
    const audio = showAudio(3000);
    const object = github.put(audio);
    github.faults.dropAfter.set(object.oid, 100_000);
    const access = createLfsAccess(settings());
    const local = await access.download(object, "the audio `a.wav`", "a.wav");
    expect(sha256(await readFile(local.path))).toBe(object.oid);
    const gets = github.requests.filter((r) => r.host === "objects");
    expect(gets.map((r) => r.headers.range)).toEqual([
      undefined,
      expect.stringMatching(/^bytes=\d+-$/),
    ]);
    // Resumed where the bytes that arrived end: at most the dropped part is sent twice.
    const resumedAt = Number(/\d+/.exec(gets[1]?.headers.range ?? "")?.[0]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(github.sentBytes(object.oid)).toBeLessThanOrEqual(audio.length + 100_000 - resumedAt);
    await local.cleanup();
    expect((await readdir(root)).filter((name) => name.startsWith("mixcloud-lfs-"))).toEqual([]);
  });

  it("refuses an object whose bytes do not match the pointer, and leaves no file", async () => {
    const object = github.put(showAudio(3000));
    github.faults.corrupt.add(object.oid);
    const access = createLfsAccess(settings());
    const failed = access.download(object, "the audio `a.wav`", "a.wav");
    await expect(failed).rejects.toThrow(
      new RegExp(
        `^the audio \`a\\.wav\` does not match its Git LFS pointer: the pointer says sha256 ${object.oid.slice(0, 12)}…, ${object.size} bytes, the LFS server sent sha256 [0-9a-f]{12}…, ${object.size} bytes; nothing of it was uploaded`,
      ),
    );
    expect((await readdir(root)).filter((name) => name.startsWith("mixcloud-lfs-"))).toEqual([]);
  });
});

describe("messages name the link, exact sizes and both sha256", () => {
  const SIGNED = "?X-Amz-Signature=s3cr3t-signature";

  it("a connection that ends early gives exact bytes where rounding would hide the difference", async () => {
    const audio = showAudio(3000);
    const object = github.put(audio);
    // The bucket ends the body cleanly (chunked) 20 bytes short.
    const bucket = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(audio.subarray(0, audio.length - 20));
    });
    try {
      github.faults.redirectTo = bucket.origin;
      const access = createLfsAccess(settings({ attempts: 1 }));
      await expect(access.download(object, "the audio `a.wav`", "a.wav")).rejects.toThrow(
        `the audio \`a.wav\`: the connection ended after ${(audio.length - 20).toLocaleString("en-US")} bytes of ${audio.length.toLocaleString("en-US")} bytes`,
      );
    } finally {
      await bucket.close();
    }
  });

  it("an object larger on the server than its pointer gives the pointer's sha256", async () => {
    const audio = showAudio(3000);
    const object = github.put(audio);
    const bucket = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.concat([audio, Buffer.alloc(100)]));
    });
    try {
      github.faults.redirectTo = bucket.origin;
      const access = createLfsAccess(settings({ attempts: 1 }));
      await expect(access.download(object, "the audio `a.wav`", "a.wav")).rejects.toThrow(
        new RegExp(
          `^the audio \`a\\.wav\` does not match its Git LFS pointer: the pointer says sha256 ${object.oid.slice(0, 12)}…, ${object.size} bytes, the LFS server sent more than ${object.size} bytes; nothing of it was uploaded`,
        ),
      );
    } finally {
      await bucket.close();
    }
  });

  it("a batch answer that states another size gives the oid's sha256 and both sizes", async () => {
    const object = github.put(showAudio());
    await mkdir(join(root, "shows"), { recursive: true });
    await writeFile(
      join(root, "shows/a.wav"),
      pointerText({ oid: object.oid, size: object.size + 1 }),
    );
    const checked = await check("shows/a.wav");
    expect(checked.problems).toEqual([
      {
        rule: "lfs-mismatch",
        message: expect.stringMatching(
          new RegExp(
            `^the audio \`shows/a\\.wav\` does not match its Git LFS pointer: the pointer says sha256 ${object.oid.slice(0, 12)}…, ${object.size + 1} bytes, the LFS server has sha256 ${object.oid.slice(0, 12)}…, ${object.size} bytes; nothing of it was uploaded`,
          ),
        ),
      },
    ]);
  });

  it("a refused connection names the object's link, its signature redacted", async () => {
    const signed = await startLfsServer({ token: TOKEN, hrefQuery: SIGNED });
    const closed = await startServer(() => undefined);
    await closed.close();
    try {
      const object = await pointerTo(signed, "shows/a.wav", showAudio());
      signed.faults.redirectTo = closed.origin;
      const access = createLfsAccess(settings({ serverUrl: signed.url, attempts: 1 }));
      const link = `${signed.objectsUrl}/objects/${object.oid}?…`;
      const checked = await checkLocalFile("audio", "shows/a.wav", root, { lfs: access });
      expect(checked.problems).toEqual([
        {
          rule: "lfs-unreachable",
          message: `the audio \`shows/a.wav\`: reading its Git LFS object at ${link} failed: the connection was refused`,
        },
      ]);
      await expect(access.download(object, "the audio `a.wav`", "a.wav")).rejects.toThrow(
        `the audio \`a.wav\`: the download from ${link} failed after 0 bytes: the connection was refused`,
      );
      expect(JSON.stringify(checked)).not.toContain("s3cr3t");
    } finally {
      await signed.close();
    }
  });
});
