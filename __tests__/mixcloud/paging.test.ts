import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers.js";

async function server(
  listener: RequestListener,
): Promise<{ url: string; close: () => Promise<void> }> {
  const instance = createServer(listener);
  await new Promise<void>((resolve) => instance.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(instance.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => instance.close(() => resolve())),
  };
}

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

describe("paging guards", () => {
  it("stops when paging.next leads back to a page already read", async () => {
    let calls = 0;
    const api = await server((req, res) => {
      calls++;
      const offset = Number(new URL(req.url ?? "", "http://x").searchParams.get("offset") ?? "0");
      const next = `http://${req.headers.host}/loop/cloudcasts/?limit=1&offset=${offset === 0 ? 1 : 0}`;
      const item = { key: `/loop/show-${offset}/`, name: `Show ${offset}` };
      res
        .writeHead(200, { "content-type": "text/javascript" })
        .end(JSON.stringify({ data: [item], paging: { next } }));
    });
    try {
      const list = await h.client({ apiUrl: api.url }).listCloudcasts("loop", { pageSize: 1 });
      expect(list.map((c) => c.key)).toEqual(["/loop/show-0/", "/loop/show-1/"]);
      expect(calls).toBe(2);
      expect(h.logs.some(([, line]) => line.includes("leads back to a page already read"))).toBe(
        true,
      );
    } finally {
      await api.close();
    }
  });

  it("refuses a paging.next on another host rather than send the token there", async () => {
    let calls = 0;
    const api = await server((_req, res) => {
      calls++;
      const page = {
        data: [{ key: "/u/a/", name: "A" }],
        paging: { next: "http://127.0.0.2:1/u/cloudcasts/?offset=1" },
      };
      res.writeHead(200, { "content-type": "text/javascript" }).end(JSON.stringify(page));
    });
    try {
      await expect(h.client({ apiUrl: api.url }).listCloudcasts("u")).rejects.toThrow(
        "GET /u/cloudcasts/: paging.next points at another host (http://127.0.0.2:1); the token is not sent there. Check the api-url setting",
      );
      expect(calls).toBe(1);
    } finally {
      await api.close();
    }
  });

  it("stops at an empty page even if it links onwards", async () => {
    let calls = 0;
    const api = await server((req, res) => {
      calls++;
      const next = `http://${req.headers.host}/u/cloudcasts/?offset=${calls}`;
      const data = calls === 1 ? [{ key: "/u/a/", name: "A" }] : [];
      res
        .writeHead(200, { "content-type": "text/javascript" })
        .end(JSON.stringify({ data, paging: { next } }));
    });
    try {
      expect(await h.client({ apiUrl: api.url }).listCloudcasts("u")).toHaveLength(1);
      expect(calls).toBe(2);
    } finally {
      await api.close();
    }
  });
});

describe("listCloudcastsSince()", () => {
  const preloaded = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      name: `Show ${i + 1}`,
      created_time: new Date(Date.UTC(2024, 0, 1, 12, i)).toISOString().replace(/\.000Z$/, "Z"),
    }));

  it("reads only what is newer, over as many pages as it takes, asking with `since`", async () => {
    const mock = await harness({ token: "mock-token-5ecret", existingCloudcasts: preloaded(9) });
    try {
      const list = await mock
        .client()
        .listCloudcastsSince("mock-user", "2024-01-01T12:04:00Z", { pageSize: 2 });
      expect(list.map((c) => c.name).sort()).toEqual([
        "Show 5",
        "Show 6",
        "Show 7",
        "Show 8",
        "Show 9",
      ]);
      const listings = mock.mock.state.requests.filter((r) => r.path.includes("/cloudcasts/"));
      expect(listings[0]?.path).toContain("since=2024-01-01+12%3A04%3A00");
      // Five in the window, two a page: three pages with them, and one past each end at most.
      expect(listings.length).toBeLessThanOrEqual(5);
    } finally {
      await mock.close();
    }
  });

  it("drops what a server that ignores `since` lists from before it", async () => {
    const api = await server((_req, res) => {
      const page = {
        data: [
          { key: "/u/new/", name: "New", created_time: "2024-01-02T00:00:00Z" },
          { key: "/u/old/", name: "Old", created_time: "2023-12-31T00:00:00Z" },
        ],
        paging: {},
      };
      res.writeHead(200, { "content-type": "text/javascript" }).end(JSON.stringify(page));
    });
    try {
      const list = await h
        .client({ apiUrl: api.url })
        .listCloudcastsSince("u", "2024-01-01T00:00:00Z");
      expect(list.map((c) => c.key)).toEqual(["/u/new/"]);
    } finally {
      await api.close();
    }
  });
});
