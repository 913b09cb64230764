// A pull request names its own media URLs: with the action's default policy none of them may
// make the runner request its own network — not by an address in the URL, not by a name that
// resolves to one, not by a redirect — and what a check learns of an answer is named, not shown.
import { afterEach, describe, expect, it } from "vitest";
import { request } from "undici";
import {
  PRIVATE_ALLOWED,
  PUBLIC_ONLY,
  checkMedia,
  createUrlCheckRun,
  type MediaCheckOptions,
} from "../../src/media/index.js";
import {
  AddressRefusedError,
  addressRange,
  addressRefusal,
  createPolicyDispatcher,
  guardedLookup,
  isPublicAddress,
  urlProblem,
} from "../../src/media/url-policy.js";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { bytes, id3, mp3Frames, parsedCloudcast, tempFolder } from "./fixtures.js";
import { serveBytes, startServer, type Handler, type TestServer } from "./server.js";

const servers: TestServer[] = [];
const removers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(removers.splice(0).map((remove) => remove()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const SPAN = { line: 2, column: 8, endLine: 2, endColumn: 40 };

async function check(url: string, options: Partial<MediaCheckOptions> = {}) {
  const workspace = await tempFolder("media-policy-ws-");
  removers.push(workspace.remove);
  const parsed = parsedCloudcast(
    "cloudcasts/show.yml",
    { audio: { kind: "url", url } },
    { audio: SPAN },
  );
  return checkMedia(parsed, { workspace: workspace.path, timeoutMs: 10_000, ...options });
}

const MP3 = bytes(id3(64), mp3Frames(40));

describe("which addresses are public", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a9fe:a9fe", "linkLocal"],
    ["[::ffff:10.0.0.1]", "private"],
  ])("%s is %s, not public", (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it("takes public unicast addresses, and refuses ranges that can embed a private one", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:4700::1111")).toBe(true);
    expect(isPublicAddress("64:ff9b::a00:1")).toBe(false); // NAT64 of 10.0.0.1
    expect(isPublicAddress("2002:7f00:1::")).toBe(false); // 6to4 of 127.0.0.1
    expect(isPublicAddress("not an address")).toBe(false);
  });

  it("plain http only to the runner's own network, and only when private addresses are allowed", () => {
    expect(addressRefusal("10.0.0.5", "http:", PRIVATE_ALLOWED)).toBeUndefined();
    expect(addressRefusal("10.0.0.5", "https:", PUBLIC_ONLY)?.reason).toBe("private");
    expect(addressRefusal("93.184.216.34", "http:", PRIVATE_ALLOWED)?.reason).toBe(
      "plain-http-public",
    );
    expect(addressRefusal("93.184.216.34", "https:", PUBLIC_ONLY)).toBeUndefined();
  });
});

describe("URLs to the runner's own network, by default", () => {
  it.each([
    "https://127.0.0.1:PORT/show.mp3",
    "https://localhost:PORT/show.mp3",
    "https://[::ffff:127.0.0.1]:PORT/show.mp3",
    "https://0x7f000001:PORT/show.mp3",
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.5/show.mp3",
    "https://[fe80::1]/show.mp3",
    "https://[fd00::1]/show.mp3",
    "https://0.0.0.0:PORT/show.mp3",
    "http://127.0.0.1:PORT/show.mp3",
  ])("%s is refused without a request", async (template) => {
    const server = await serve((req, res) => serveBytes(res, req, MP3));
    const url = template.replace("PORT", new URL(server.origin).port);
    const result = await check(url);
    expect(result.audio).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.rule).toMatch(/^audio-url-(private-address|insecure)$/);
    expect(result.diagnostics[0]?.message).toContain("allow-private-urls: true");
    expect(server.requests).toEqual([]);
  });

  it("are fetched with allow-private-urls", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, MP3, { contentType: "audio/mpeg" }),
    );
    const result = await check(`${server.origin}/show.mp3`, { urlPolicy: PRIVATE_ALLOWED });
    expect(result.diagnostics).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

// The file format takes any http:// URL; the run's URL policy decides whether it is fetched.
describe("plain http:// written in a cloudcast file", () => {
  async function checkWritten(url: string, urlPolicy: typeof PUBLIC_ONLY) {
    const workspace = await tempFolder("media-policy-ws-");
    removers.push(workspace.remove);
    const parsed = parseCloudcast(`title: x\naudio: ${url}\n`, "cloudcasts/show.yml");
    expect(parsed.diagnostics).toEqual([]);
    return checkMedia(parsed, { workspace: workspace.path, timeoutMs: 10_000, urlPolicy });
  }

  it.each(["http://10.0.0.5/show.mp3", "http://media.lan/show.mp3"])(
    "%s: refused by default, without connecting, naming allow-private-urls",
    async (url) => {
      const result = await checkWritten(url, PUBLIC_ONLY);
      expect(result.diagnostics).toEqual([
        expect.objectContaining({
          file: "cloudcasts/show.yml",
          line: 2,
          rule: "audio-url-insecure",
          message: `the audio URL ${url} is a plain http:// URL: use an https:// URL (plain http is only allowed with \`allow-private-urls: true\`, to the runner's own network)`,
        }),
      ]);
    },
  );

  it.each(["http://10.0.0.5/show.mp3", "http://media.lan/show.mp3"])(
    "%s: allowed by the text with allow-private-urls (and in the CLI)",
    (url) => {
      expect(urlProblem(new URL(url), "the audio URL", PRIVATE_ALLOWED)).toBeUndefined();
    },
  );

  it("is fetched from the runner's own network with allow-private-urls (and in the CLI)", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, MP3, { contentType: "audio/mpeg" }),
    );
    // Loopback written as an IPv4-mapped IPv6 address: not a plain loopback name, which is all
    // the file format let through before.
    const url = `http://[::ffff:127.0.0.1]:${new URL(server.origin).port}/show.mp3`;
    const result = await checkWritten(url, PRIVATE_ALLOWED);
    expect(result.diagnostics).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the address actually connected to", () => {
  it("the lookup refuses a name that resolves to loopback", async () => {
    const lookup = guardedLookup(PUBLIC_ONLY, "https:");
    const error = await new Promise<unknown>((resolve) =>
      lookup("localhost", { all: true }, (e) => resolve(e)),
    );
    expect(error).toBeInstanceOf(AddressRefusedError);
    const allowed = guardedLookup(PRIVATE_ALLOWED, "http:");
    const address = await new Promise<unknown>((resolve) =>
      allowed("localhost", {}, (_e, a) => resolve(a)),
    );
    expect(address).toMatch(/^(127\.|::1)/);
  });

  it("the dispatcher connects to no private address, whatever the URL's text", async () => {
    const server = await serve((req, res) => serveBytes(res, req, MP3));
    const port = new URL(server.origin).port;
    const dispatcher = await createPolicyDispatcher(PUBLIC_ONLY, {
      connectMs: 5000,
      headersMs: 5000,
      bodyMs: 5000,
    });
    try {
      for (const url of [`http://localhost:${port}/`, `http://127.0.0.1:${port}/`]) {
        const failed = await request(url, { dispatcher }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failed, url).toBeInstanceOf(AddressRefusedError);
      }
    } finally {
      await dispatcher.destroy();
    }
    expect(server.requests).toEqual([]);
  });
});

describe("what a check shows of an answer", () => {
  it("names the kind of unrecognised content, never its bytes", async () => {
    const secret = Buffer.from("\u0001\u0002internal-admin-password=hunter2 ".repeat(20));
    const server = await serve((req, res) => {
      if (req.method === "HEAD") res.writeHead(405).end();
      else serveBytes(res, req, secret, { contentType: "application/octet-stream" });
    });
    const result = await check(`${server.origin}/x.mp3`, { urlPolicy: PRIVATE_ALLOWED });
    const message = result.diagnostics[0]?.message ?? "";
    expect(message).toContain("it looks like unrecognised data");
    expect(message).not.toMatch(/hunter2|01 02|starts with bytes/);
  });

  it("names a wrong Content-Type, never quotes it", async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { "content-type": "text/x-secret-banner-v1.2" }).end(),
    );
    const result = await check(`${server.origin}/x.mp3`, { urlPolicy: PRIVATE_ALLOWED });
    expect(result.diagnostics[0]?.message).toContain("is served as text, not as audio");
    expect(result.diagnostics[0]?.message).not.toContain("secret-banner");
  });
});

describe("the URL checks of one run", () => {
  it("check each URL once", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, MP3, { contentType: "audio/mpeg" }),
    );
    const urlChecks = createUrlCheckRun();
    const options = { urlPolicy: PRIVATE_ALLOWED, urlChecks };
    const [first, second] = await Promise.all([
      check(`${server.origin}/same.mp3`, options),
      check(`${server.origin}/same.mp3`, options),
    ]);
    await check(`${server.origin}/same.mp3`, options);
    expect(first.audio).toEqual(second.audio);
    expect(server.requests).toHaveLength(1);
  });

  it("stop when the run's budget is spent, and say which files were not checked", async () => {
    const hanging = await serve(() => undefined);
    const urlChecks = createUrlCheckRun(200);
    const options = { urlPolicy: PRIVATE_ALLOWED, urlChecks, timeoutMs: 10_000 };
    const results = await Promise.all([
      check(`${hanging.origin}/a.mp3`, options),
      check(`${hanging.origin}/b.mp3`, options),
    ]);
    const later = await check(`${hanging.origin}/c.mp3`, options);
    for (const result of [...results, later]) {
      expect(result.diagnostics).toEqual([
        expect.objectContaining({
          rule: "audio-url-not-checked",
          message: expect.stringContaining("was not checked: the 0.2 s this run has"),
        }),
      ]);
    }
    // The URL that came after the budget ran out was never requested.
    expect(hanging.requests.map((r) => r.path).sort()).toEqual(["/a.mp3", "/b.mp3"]);
  });

  it("count the ranged reads of the length too: a server that answers HEAD and holds every GET open", async () => {
    const holding = await serve((req, res) => {
      if (req.method === "HEAD")
        serveBytes(res, req, MP3, { ranges: true, contentType: "audio/mpeg" });
      // Every GET is held open without an answer: only the budget ends the wait.
    });
    const urlChecks = createUrlCheckRun(300);
    // Each URL alone would wait a minute for its ranged reads; the run's budget ends them all.
    const options = { urlPolicy: PRIVATE_ALLOWED, urlChecks, timeoutMs: 60_000 };
    const results = await Promise.all(
      ["a", "b", "c", "d"].map((name) => check(`${holding.origin}/${name}.mp3`, options)),
    );
    for (const result of results) {
      expect(result.diagnostics).toEqual([]);
      expect(result.warnings).toEqual([
        expect.objectContaining({
          rule: "audio-length-unknown",
          message: expect.stringContaining("the 0.3 s this run has for checking URLs ran out"),
        }),
      ]);
    }
  });
});
