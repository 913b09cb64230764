import { createHash } from "node:crypto";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer, type MockServer, type MockServerOptions } from "../../src/mock/index.js";
import { MixcloudClient, type MixcloudClientOptions } from "../../src/mixcloud/index.js";

export const TOKEN = "mock-token-5ecret";

export interface Harness {
  mock: MockServer;
  dir: string;
  slept: number[];
  logs: Array<[string, string]>;
  client(overrides?: Partial<MixcloudClientOptions>): MixcloudClient;
  close(): Promise<void>;
}

/** A mock server, a temp dir, and clients whose sleeps are recorded instead of waited. */
export async function harness(options: MockServerOptions = {}): Promise<Harness> {
  const mock = await startMockServer({ token: TOKEN, ...options });
  const dir = await mkdtemp(join(tmpdir(), "mixcloud-client-"));
  const slept: number[] = [];
  const logs: Array<[string, string]> = [];
  const clients: MixcloudClient[] = [];
  return {
    mock,
    dir,
    slept,
    logs,
    client(overrides = {}) {
      const client = new MixcloudClient({
        apiUrl: mock.url,
        token: TOKEN,
        attempts: 3,
        timeouts: { connectMs: 5_000, headersMs: 10_000, stallMs: 10_000 },
        sleep: async (ms) => {
          slept.push(ms);
        },
        random: () => 0.5,
        log: (level, message) => logs.push([level, message]),
        ...overrides,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.close()));
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A file of pseudo-random bytes; returns its path and SHA-256. */
export async function dataFile(
  dir: string,
  name: string,
  size: number,
): Promise<{ path: string; sha256: string }> {
  const data = Buffer.alloc(size);
  for (let i = 0; i < size; i++) data[i] = (i * 7919 + 13) % 256;
  const path = join(dir, name);
  await writeFile(path, data);
  return { path, sha256: createHash("sha256").update(data).digest("hex") };
}

/** A sparse file of `size` zero bytes: big on the wire, nothing on disk. */
export async function sparseFile(dir: string, name: string, size: number): Promise<string> {
  const path = join(dir, name);
  const handle = await open(path, "w");
  await handle.truncate(size);
  await handle.close();
  return path;
}

export function requestsTo(mock: MockServer, method: string, pathStart: string): number {
  return mock.state.requests.filter((r) => r.method === method && r.path.startsWith(pathStart))
    .length;
}
