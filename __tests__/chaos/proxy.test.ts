// The chaos proxy itself: each fault kind really happens, and nothing outlives close().
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MixcloudClient, OutcomeUnknownError, TransientError } from "../../src/mixcloud/index.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { wav } from "../e2e/world.js";
import { deriveSeed, integerBetween, mulberry32, pickWeighted } from "./prng.js";
import { startChaosProxy } from "./proxy.js";
import type { ChaosProxy, ChaosProxyOptions, FaultKind } from "./proxy.js";

const TOKEN = "proxy-test-token-0a9b8c7d";
const AUDIO = wav(1);
let mock: MockServer;
let dir: string;
let proxy: ChaosProxy | undefined;
const clients: MixcloudClient[] = [];

beforeEach(async () => {
  mock = await startMockServer({ token: TOKEN, username: "dj" });
  dir = await mkdtemp(join(tmpdir(), "mp-chaos-proxy-"));
  await writeFile(join(dir, "show.wav"), AUDIO);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await proxy?.close();
  proxy = undefined;
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

async function startProxy(
  options: Omit<ChaosProxyOptions, "target" | "seed">,
): Promise<ChaosProxy> {
  proxy = await startChaosProxy({ target: mock.url, seed: 42, ...options });
  return proxy;
}

/** A client through the proxy that tries once and gives up on silence after 300 ms. */
function clientOf(through: ChaosProxy): MixcloudClient {
  const client = new MixcloudClient({
    apiUrl: through.url,
    token: TOKEN,
    attempts: 1,
    timeouts: { connectMs: 1_000, headersMs: 300, stallMs: 1_000 },
  });
  clients.push(client);
  return client;
}

function upload(client: MixcloudClient) {
  return client.upload({
    fields: [["name", "Through the proxy"]],
    audio: { path: join(dir, "show.wav"), filename: "show.wav", contentType: "audio/wav" },
  });
}

function only(kind: FaultKind): Partial<Record<FaultKind, number>> {
  return { [kind]: 1 };
}

describe("chaos proxy", () => {
  it("passes bytes through untouched", async () => {
    const through = await startProxy({ weights: only("passthrough") });
    const result = await upload(clientOf(through));
    expect(result.key).toBe("/dj/through-the-proxy/");
    const sha256 = createHash("sha256").update(AUDIO).digest("hex");
    expect(mock.state.uploads[0]?.files[0]).toMatchObject({ size: AUDIO.length, sha256 });
    expect(through.injected()).toMatchObject({ passthrough: 1, "cut-up": 0, silent: 0 });
  });

  it("cuts an upload in the middle of its body: the mock never gets it whole", async () => {
    // The request's headers are a few hundred bytes; the body is about 8 KiB.
    const through = await startProxy({ weights: only("cut-up"), cutUpBytes: [1_000, 4_000] });
    const failure = await upload(clientOf(through)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(mock.state.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 0"]);
    expect(mock.state.uploads).toEqual([]);
    expect(mock.state.cloudcasts).toEqual([]);
    const [record] = through.connections();
    expect(record).toMatchObject({ kind: "cut-up", fired: true });
    expect(record?.at).toBeGreaterThanOrEqual(1_000);
    expect(record?.at).toBeLessThanOrEqual(4_000);
    expect(through.injected()["cut-up"]).toBe(1);
  });

  it("cuts a request in its headers: the mock never sees it", async () => {
    const through = await startProxy({ weights: only("cut-up"), cutUpBytes: [0, 40] });
    await expect(clientOf(through).me()).rejects.toBeInstanceOf(TransientError);
    expect(mock.state.requests).toEqual([]);
  });

  it("cuts the answer after the upload was stored: the client cannot know, and says so", async () => {
    const through = await startProxy({ weights: only("cut-down"), cutDownBytes: [0, 20] });
    await expect(upload(clientOf(through))).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(mock.state.uploads).toHaveLength(1);
    expect(mock.state.cloudcasts.map((c) => c.name)).toEqual(["Through the proxy"]);
    expect(through.injected()["cut-down"]).toBe(1);
  });

  it("delays chunks and still delivers them, in order", async () => {
    const through = await startProxy({ weights: only("delay"), delayMs: [20, 40] });
    const result = await upload(clientOf(through));
    expect(result.key).toBe("/dj/through-the-proxy/");
    expect(mock.state.uploads[0]?.files[0]?.sha256).toBe(
      createHash("sha256").update(AUDIO).digest("hex"),
    );
    expect(through.injected()).toMatchObject({ delay: 1, passthrough: 0 });
  });

  it("answers nothing on a silent connection, until the client gives up", async () => {
    const through = await startProxy({ weights: only("silent") });
    const failure = await clientOf(through)
      .me()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransientError);
    expect((failure as Error).message).toMatch(/no answer came within 300 ms/);
    expect(mock.state.requests).toEqual([]);
    expect(through.injected().silent).toBe(1);
  });

  it("leaves no socket open after close(), whatever the connections were doing", async () => {
    const through = await startProxy({ weights: { silent: 1, delay: 1, passthrough: 1 } });
    const raw = await Promise.all([openRaw(through), openRaw(through), openRaw(through)]);
    for (const socket of raw) socket.write("GET /me/ HTTP/1.1\r\nHost: x\r\n\r\n");
    await until(() => through.openSockets() >= 3);
    const closed = raw.map((socket) => new Promise((resolve) => socket.once("close", resolve)));
    await through.close();
    expect(through.openSockets()).toBe(0);
    await Promise.all(closed);
    expect(raw.every((socket) => socket.destroyed)).toBe(true);
  });

  it("draws the same faults from the same seed", async () => {
    const weights = { passthrough: 1, "cut-up": 1, "cut-down": 1, delay: 1, silent: 1 };
    const draws = async (seed: number): Promise<string[]> => {
      const one = await startChaosProxy({ target: mock.url, seed, weights });
      try {
        for (let i = 0; i < 12; i++) {
          const socket = await openRaw(one);
          await until(() => one.connections().length === i + 1);
          socket.destroy();
        }
        return one.connections().map((c) => `${c.kind}${c.at === undefined ? "" : `@${c.at}`}`);
      } finally {
        await one.close();
      }
    };
    const first = await draws(7);
    expect(await draws(7)).toEqual(first);
    expect(await draws(8)).not.toEqual(first);
    expect(new Set(first.map((draw) => draw.split("@")[0])).size).toBeGreaterThan(2);
  });

  it("refuses a target that is not on this machine", async () => {
    await expect(startChaosProxy({ target: "http://example.com:80", seed: 1 })).rejects.toThrow(
      /loopback/,
    );
  });
});

describe("seeded PRNG", () => {
  it("repeats its stream for a seed, and stays within bounds", () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const stream = Array.from({ length: 1_000 }, () => a());
    expect(Array.from({ length: 1_000 }, () => b())).toEqual(stream);
    expect(stream.every((x) => x >= 0 && x < 1)).toBe(true);
    const random = mulberry32(5);
    const ints = Array.from({ length: 1_000 }, () => integerBetween(random, 3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
  });

  it("picks only weighted keys, and gives each run of a soak its own seed", () => {
    const random = mulberry32(9);
    const picks = Array.from({ length: 500 }, () =>
      pickWeighted(random, [
        ["a", 0],
        ["b", 3],
        ["c", 1],
      ]),
    );
    expect(picks).not.toContain("a");
    expect(picks.filter((p) => p === "b").length).toBeGreaterThan(
      picks.filter((p) => p === "c").length,
    );
    expect(() => pickWeighted(random, [["a", 0]])).toThrow(RangeError);
    const seeds = Array.from({ length: 100 }, (_, index) => deriveSeed(1, index));
    expect(new Set(seeds).size).toBe(100);
    expect(deriveSeed(1, 5)).toBe(seeds[5]);
  });
});

function openRaw(through: ChaosProxy): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(through.url).port), "127.0.0.1");
    socket.on("error", () => {});
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
