import { describe, expect, it } from "vitest";
import { TOKEN, call, upload, useMock } from "./helpers.js";

const SITE = "https://www.mixcloud.com";

/** A time as the API's paging links carry it: "2015-04-29T18:59:19Z" → "2015-04-29+18%3A59%3A19". */
function linkTime(iso: string): string {
  return new URLSearchParams([["t", iso.slice(0, 19).replace("T", " ")]]).toString().slice(2);
}

const start = useMock();

describe("conventions", () => {
  it("redirects a path without its trailing slash, query kept", async () => {
    const mock = await start();
    const answer = await call(mock, `/me?access_token=${TOKEN}&x=1`);
    expect(answer.status).toBe(301);
    expect(answer.headers.get("location")).toBe(`/me/?access_token=${TOKEN}&x=1`);
    expect((await call(mock, "/mock-user/cloudcasts")).headers.get("location")).toBe(
      "/mock-user/cloudcasts/",
    );
    expect((await call(mock, "/upload", { method: "POST" })).status).toBe(301);
  });

  it("serves JSON as text/javascript", async () => {
    const mock = await start();
    const answer = await call(mock, `/me/?access_token=${TOKEN}`);
    expect(answer.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(answer.json()).toMatchObject({ username: "mock-user" });
  });

  it("answers unknown paths with a JSON 404", async () => {
    const mock = await start();
    for (const path of ["/", "/a/b/c/d/e/", "/web/x/", "/mock-user//"]) {
      const answer = await call(mock, path);
      expect(answer.status, path).toBe(404);
      expect(answer.json()).toMatchObject({ error: { type: "NotFoundException" } });
    }
  });

  it("answers unknown methods and wrong methods with 405 and Allow", async () => {
    const mock = await start();
    const put = await call(mock, "/me/", { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET");
    expect((await call(mock, "/nowhere/", { method: "PATCH" })).status).toBe(405);
    const getUpload = await call(mock, `/upload/?access_token=${TOKEN}`);
    expect(getUpload.status).toBe(405);
    expect(getUpload.headers.get("allow")).toBe("POST");
    expect(getUpload.json()).toMatchObject({ error: { type: "MethodNotAllowedException" } });
    expect((await call(mock, "/mock-user/", { method: "POST" })).headers.get("allow")).toBe("GET");
    expect((await call(mock, "/mock-user/", { method: "DELETE" })).status).toBe(405);
  });

  it("answers HEAD like GET, without a body", async () => {
    const mock = await start();
    const answer = await call(mock, "/mock-user/", { method: "HEAD" });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe("");
  });
});

describe("authentication", () => {
  it("requires a token for /me/", async () => {
    const mock = await start();
    const answer = await call(mock, "/me/");
    expect(answer.status).toBe(401);
    expect(answer.json()).toEqual({
      error: {
        type: "OAuthException",
        message: "An access_token is required to access this resource.",
      },
    });
  });

  it("refuses a wrong token, even on public resources", async () => {
    const mock = await start({ existingCloudcasts: 1 });
    for (const path of [
      "/me/",
      "/mock-user/",
      "/mock-user/cloudcasts/",
      "/mock-user/existing-cloudcast-1/",
    ]) {
      const answer = await call(mock, `${path}?access_token=wrong`);
      expect(answer.status, path).toBe(401);
      expect(answer.json()).toEqual({
        error: { type: "OAuthException", message: "An invalid access token was provided." },
      });
    }
  });

  it("serves public resources without a token", async () => {
    const mock = await start({ existingCloudcasts: 1 });
    for (const path of [
      "/mock-user/",
      "/mock-user/cloudcasts/",
      "/mock-user/existing-cloudcast-1/",
    ]) {
      expect((await call(mock, path)).status, path).toBe(200);
    }
  });
});

describe("users", () => {
  it("GET /me/ describes the token's account", async () => {
    const mock = await start({ username: "DJ_Someone", isPro: false, existingCloudcasts: 3 });
    const me = (await call(mock, `/me/?access_token=${TOKEN}`)).json() as Record<string, unknown>;
    expect(me).toMatchObject({
      type: "user",
      username: "DJ_Someone",
      name: "DJ_Someone",
      key: "/DJ_Someone/",
      url: `${SITE}/DJ_Someone/`,
      is_pro: false,
      cloudcast_count: 3,
    });
    expect(Object.keys(me["pictures"] as object)).toEqual([
      "small",
      "thumbnail",
      "medium_mobile",
      "medium",
      "large",
      "320wx320h",
      "extra_large",
      "640wx640h",
    ]);
    expect(
      Object.values(me["pictures"] as object).every((url) => /^https:\/\/\S+$/u.test(url)),
    ).toBe(true);
  });

  it("GET /<user>/ gives the same shape, and 404 for anyone else", async () => {
    const mock = await start();
    const me = (await call(mock, `/me/?access_token=${TOKEN}`)).json();
    expect((await call(mock, "/mock-user/")).json()).toEqual(me);
    const other = await call(mock, "/someone-else/");
    expect(other.status).toBe(404);
    expect(other.json()).toMatchObject({ error: { type: "NotFoundException" } });
    expect((await call(mock, "/someone-else/cloudcasts/")).status).toBe(404);
  });
});

describe("cloudcasts", () => {
  it("GET /<user>/<slug>/ has the documented shape", async () => {
    const mock = await start({
      existingCloudcasts: [
        {
          name: "Sample & Funky",
          description: "Samples.",
          tags: ["Hip hop", "Sample chain"],
          sections: [
            { start_time: 0, artist: "Bel-Sha-Zaar", song: "Introduction" },
            { start_time: 85, chapter: "Part two" },
          ],
          audio: { size: 16_000 * 90, sha256: "ab".repeat(32) },
          created_time: "2024-05-01T10:00:00Z",
        },
      ],
    });
    const answer = await call(mock, "/mock-user/sample-funky/");
    expect(answer.status).toBe(200);
    const user = (await call(mock, "/mock-user/")).json() as Record<string, unknown>;
    expect(answer.json()).toEqual({
      type: "cloudcast",
      key: "/mock-user/sample-funky/",
      url: `${SITE}/mock-user/sample-funky/`,
      slug: "sample-funky",
      name: "Sample & Funky",
      description: "Samples.",
      tags: [
        {
          key: "/discover/hip-hop/",
          url: `${SITE}/discover/hip-hop/`,
          name: "Hip hop",
          type: "tag",
        },
        {
          key: "/discover/sample-chain/",
          url: `${SITE}/discover/sample-chain/`,
          name: "Sample chain",
          type: "tag",
        },
      ],
      sections: [
        {
          position: 1,
          start_time: 0,
          section_type: "track",
          track: {
            name: "Introduction",
            slug: "introduction",
            key: "/track/bel-sha-zaar/introduction/",
            url: `${SITE}/track/bel-sha-zaar/introduction/`,
            artist: {
              name: "Bel-Sha-Zaar",
              slug: "bel-sha-zaar",
              key: "/artist/bel-sha-zaar/",
              url: `${SITE}/artist/bel-sha-zaar/`,
              type: "artist",
            },
            type: "track",
          },
        },
        { position: 2, start_time: 85, section_type: "chapter", chapter: "Part two" },
      ],
      // No picture was uploaded: no sizes.
      pictures: {},
      created_time: "2024-05-01T10:00:00Z",
      updated_time: "2024-05-01T10:00:00Z",
      audio_length: 90,
      play_count: 0,
      favorite_count: 0,
      listener_count: 0,
      repost_count: 0,
      comment_count: 0,
      user: {
        type: "user",
        username: "mock-user",
        key: "/mock-user/",
        url: `${SITE}/mock-user/`,
        name: "mock-user",
        pictures: user["pictures"],
      },
    });
  });

  it("answers 404 NotFoundException for an unknown cloudcast", async () => {
    const mock = await start();
    const answer = await call(mock, "/mock-user/nothing-here/");
    expect(answer.status).toBe(404);
    expect(answer.json()).toMatchObject({
      error: { type: "NotFoundException", message: expect.any(String) },
    });
  });

  it("shows unlisted cloudcasts only with the owner's token", async () => {
    const mock = await start({
      existingCloudcasts: [{ name: "Public" }, { name: "Secret", unlisted: true }],
    });
    expect((await call(mock, "/mock-user/secret/")).status).toBe(404);
    expect((await call(mock, `/mock-user/secret/?access_token=${TOKEN}`)).status).toBe(200);
    const names = async (query: string) =>
      (
        (await call(mock, `/mock-user/cloudcasts/${query}`)).json() as {
          data: Array<{ name: string }>;
        }
      ).data.map((c) => c.name);
    expect(await names("")).toEqual(["Public"]);
    expect(await names(`?access_token=${TOKEN}`)).toEqual(["Secret", "Public"]);
    expect((await call(mock, "/mock-user/")).json()).toMatchObject({ cloudcast_count: 1 });
    expect((await call(mock, `/me/?access_token=${TOKEN}`)).json()).toMatchObject({
      cloudcast_count: 2,
    });
  });

  it("takes a preloaded slug when given, so names need not predict slugs", async () => {
    const mock = await start({ existingCloudcasts: [{ name: "Mix 1.0", slug: "the-first-mix" }] });
    expect(mock.state.cloudcasts[0]).toMatchObject({
      key: "/mock-user/the-first-mix/",
      name: "Mix 1.0",
    });
    expect((await call(mock, "/mock-user/the-first-mix/")).status).toBe(200);
  });

  it("serves a page of its own for each cloudcast at webUrl + key, which no answer links to", async () => {
    const mock = await start({ existingCloudcasts: [{ name: "<Live> at home" }] });
    const url = mock.webUrl + mock.state.cloudcasts[0]!.key;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/u);
    expect(await page.text()).toContain("&#60;Live&#62; at home");
    expect((await fetch(`${mock.webUrl}/mock-user/nope/`)).status).toBe(404);
  });
});

describe("listing", () => {
  type Page = {
    data: Array<{ name: string; key: string }>;
    paging: { next?: string; previous?: string };
  };
  const page = async (mock: { url: string }, query: string): Promise<Page> =>
    (await (await fetch(`${mock.url}/mock-user/cloudcasts/${query}`)).json()) as Page;

  it("lists newest first, 20 by default, with a next link by time: limit and until", async () => {
    const mock = await start({ existingCloudcasts: 45 });
    const first = await page(mock, "");
    expect(first.data).toHaveLength(20);
    expect(first.data[0]!.name).toBe("Existing cloudcast 45");
    expect(first.data[19]!.name).toBe("Existing cloudcast 26");
    const until = linkTime(mock.state.cloudcasts[25]!.created_time);
    expect(first.paging).toEqual({
      next: `${mock.url}/mock-user/cloudcasts/?limit=20&until=${until}`,
    });
    expect(until).toMatch(/^\d{4}-\d{2}-\d{2}\+\d{2}%3A\d{2}%3A\d{2}$/u);
  });

  it("gives offset links when asked with an offset", async () => {
    const mock = await start({ existingCloudcasts: 45 });
    expect((await page(mock, "?offset=0")).paging).toEqual({
      next: `${mock.url}/mock-user/cloudcasts/?limit=20&offset=20`,
    });
  });

  it("follows next links to the end and back with previous", async () => {
    const mock = await start({ existingCloudcasts: 45 });
    const seen: string[] = [];
    let url: string | undefined = `${mock.url}/mock-user/cloudcasts/?limit=20`;
    let last: Page | undefined;
    while (url) {
      last = (await (await fetch(url)).json()) as Page;
      seen.push(...last.data.map((c) => c.name));
      url = last.paging.next;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect(seen.at(-1)).toBe("Existing cloudcast 1");
    const since = linkTime(mock.state.cloudcasts[4]!.created_time);
    expect(last!.paging).toEqual({
      previous: `${mock.url}/mock-user/cloudcasts/?limit=20&since=${since}`,
    });
    const back = (await (await fetch(last!.paging.previous!)).json()) as Page;
    expect(back.data.map((c) => c.name)).toEqual(seen.slice(20, 40));
  });

  it("honours limit and offset, and clamps limit at 100", async () => {
    const mock = await start({ existingCloudcasts: 250 });
    const middle = await page(mock, "?limit=5&offset=10");
    expect(middle.data.map((c) => c.name)).toEqual(
      [240, 239, 238, 237, 236].map((n) => `Existing cloudcast ${n}`),
    );
    expect(middle.paging).toEqual({
      next: `${mock.url}/mock-user/cloudcasts/?limit=5&offset=15`,
      previous: `${mock.url}/mock-user/cloudcasts/?limit=5&offset=5`,
    });
    const big = await page(mock, "?limit=1000");
    expect(big.data).toHaveLength(100);
    expect(big.paging.next).toBe(
      `${mock.url}/mock-user/cloudcasts/?limit=100&until=${linkTime(mock.state.cloudcasts[150]!.created_time)}`,
    );
    expect((await page(mock, "?limit=0")).data).toHaveLength(20);
    expect((await page(mock, "?limit=abc&offset=-3")).data[0]!.name).toBe("Existing cloudcast 250");
  });

  it("gives an empty page past the end, with no next link", async () => {
    const mock = await start({ existingCloudcasts: 3 });
    const past = await page(mock, "?offset=10");
    expect(past.data).toEqual([]);
    expect(past.paging.next).toBeUndefined();
    expect(past.paging.previous).toBe(`${mock.url}/mock-user/cloudcasts/?limit=20&offset=0`);
  });

  it("pages through 5000 preloaded cloudcasts", async () => {
    const mock = await start({ existingCloudcasts: 5000 });
    expect(mock.state.cloudcasts).toHaveLength(5000);
    const keys = new Set<string>();
    let url: string | undefined =
      `${mock.url}/mock-user/cloudcasts/?limit=100&access_token=${TOKEN}`;
    while (url) {
      const answer = (await (await fetch(url)).json()) as Page;
      for (const cloudcast of answer.data) keys.add(cloudcast.key);
      url = answer.paging.next;
    }
    expect(keys.size).toBe(5000);
  });

  it("shows new uploads at the top", async () => {
    const mock = await start({ existingCloudcasts: 2 });
    await upload(mock, [["name", "Fresh mix"]]);
    expect((await page(mock, "")).data.map((c) => c.name)).toEqual([
      "Fresh mix",
      "Existing cloudcast 2",
      "Existing cloudcast 1",
    ]);
  });
});
