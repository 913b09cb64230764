// The mock's answers have the shapes of the real API's: the same fields, types and nesting as the
// documented answers (written by hand) in __tests__/fixtures/mixcloud/.
import { describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { documentedJson, skeleton } from "../mixcloud/documented.js";
import { AUDIO, TOKEN, call, form, keyOf, upload, useMock } from "./helpers.js";

const start = useMock();
const SITE = "https://www.mixcloud.com";
const PICTURE = { size: 40_000, sha256: "c9f08d7f".repeat(8) };

/** Three cloudcasts, as the documented listing has: two with tags, the oldest without. */
function catalogue() {
  return start({
    existingCloudcasts: [
      { name: "Warm-up Set", picture: PICTURE, created_time: "2015-04-22T20:00:00Z" },
      {
        name: "Techno Mix",
        tags: ["Techno"],
        picture: PICTURE,
        created_time: "2015-04-29T18:59:19Z",
      },
      {
        name: "Café Nights Vol. 3",
        description: "Recorded live at the café.",
        tags: ["Deep House", "Disco"],
        sections: [
          { start_time: 0, artist: "Kerri Chandler", song: "Rain" },
          { start_time: 1805, chapter: "Shout-outs" },
          { start_time: 1930, artist: "Röyksopp", song: "Eple" },
        ],
        audio: { size: 16_000 * 3724, sha256: "ab".repeat(32) },
        picture: PICTURE,
        created_time: "2015-05-06T20:00:00Z",
      },
    ],
  });
}

async function json(mock: MockServer, path: string): Promise<Record<string, unknown>> {
  const answer = await call(mock, path);
  expect(answer.status, path).toBe(200);
  return answer.json() as Record<string, unknown>;
}

/** Every object that has a `key` (cloudcasts, users, tags, tracks, artists) in a JSON value. */
function keyed(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(keyed);
  if (value === null || typeof value !== "object") return [];
  const object = value as Record<string, unknown>;
  const inside = Object.values(object).flatMap(keyed);
  return "key" in object ? [object, ...inside] : inside;
}

/** A paging link with its digits wildcarded, to compare its form with a documented one. */
function linkForm(link: unknown, root: string): string {
  return String(link).replace(root, "ROOT").replace(/\d/gu, "9");
}

describe("the mock answers in the documented shapes", () => {
  it("/me/ and /<user>/ are shaped like the documented users", async () => {
    const mock = await catalogue();
    const me = await json(mock, `/me/?access_token=${TOKEN}`);
    expect(skeleton(me)).toEqual(skeleton(documentedJson("me.json")));
    expect(skeleton(await json(mock, "/mock-user/"))).toEqual(
      skeleton(documentedJson("user.json")),
    );
  });

  it("a cloudcast is shaped like the documented one: nested track and artist, chapters, pictures", async () => {
    const mock = await catalogue();
    const cloudcast = await json(mock, "/mock-user/café-nights-vol-3/".replace("é", "%C3%A9"));
    expect(skeleton(cloudcast)).toEqual(skeleton(documentedJson("cloudcast.json")));
    const sections = cloudcast["sections"] as Array<Record<string, unknown>>;
    expect(sections[2]).toEqual({
      position: 3,
      start_time: 1930,
      section_type: "track",
      track: {
        name: "Eple",
        slug: "eple",
        key: "/track/r%C3%B6yksopp/eple/",
        url: `${SITE}/track/r%C3%B6yksopp/eple/`,
        artist: {
          name: "Röyksopp",
          slug: "röyksopp",
          key: "/artist/r%C3%B6yksopp/",
          url: `${SITE}/artist/r%C3%B6yksopp/`,
          type: "artist",
        },
        type: "track",
      },
    });
  });

  it("a listing page is shaped like the documented ones, paging by until= and since=", async () => {
    const mock = await catalogue();
    const root = `${mock.url}/mock-user/cloudcasts/`;
    const first = await json(mock, "/mock-user/cloudcasts/?limit=2");
    expect(skeleton(first)).toEqual(skeleton(documentedJson("cloudcasts-page-1.json")));
    const documentedFirst = documentedJson("cloudcasts-page-1.json")["paging"] as { next: string };
    const paging = first["paging"] as { next: string };
    expect(paging.next).toBe(`${root}?limit=2&until=2015-04-29+18%3A59%3A19`);
    expect(linkForm(paging.next, root)).toBe(
      linkForm(documentedFirst.next, "https://api.mixcloud.com/someone/cloudcasts/"),
    );
    const second = (await (await fetch(paging.next)).json()) as Record<string, unknown>;
    expect(skeleton(second)).toEqual(skeleton(documentedJson("cloudcasts-page-2.json")));
    expect(second["paging"]).toEqual({ previous: `${root}?limit=2&since=2015-04-22+20%3A00%3A00` });
  });

  it("a listing leaves out description and sections; the cloudcast itself has them", async () => {
    const mock = await catalogue();
    const listing = await json(mock, "/mock-user/cloudcasts/");
    const items = listing["data"] as Array<Record<string, unknown>>;
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item).not.toHaveProperty("description");
      expect(item).not.toHaveProperty("sections");
      const full = await json(mock, item["key"] as string);
      expect(full).toHaveProperty("description");
      expect(full).toHaveProperty("sections");
      expect({ ...full, description: undefined, sections: undefined }).toEqual({
        ...item,
        description: undefined,
        sections: undefined,
      });
    }
  });

  it("every object carries its type, and every url is www.mixcloud.com + key", async () => {
    const mock = await catalogue();
    const answers = [
      await json(mock, `/me/?access_token=${TOKEN}`),
      await json(mock, "/mock-user/cloudcasts/"),
      await json(mock, "/mock-user/caf%C3%A9-nights-vol-3/"),
    ];
    const objects = answers.flatMap(keyed);
    expect(new Set(objects.map((o) => o["type"]))).toEqual(
      new Set(["user", "cloudcast", "tag", "track", "artist"]),
    );
    for (const object of objects) expect(object["url"]).toBe(`${SITE}${String(object["key"])}`);
  });

  it("an upload's answer is shaped like the documented one, and its url is Mixcloud's", async () => {
    const mock = await start();
    const answer = await upload(mock, [["name", "Ça Va"]], [AUDIO]);
    expect(skeleton(answer.json())).toEqual(skeleton(documentedJson("upload-success.json")));
    const key = keyOf(answer);
    expect(key).toBe("/mock-user/%C3%A7a-va/");
    expect(await json(mock, key)).toMatchObject({ key, url: `${SITE}${key}`, slug: "ça-va" });
  });

  it("pictures: the ten named sizes for a cloudcast with a picture, none without", async () => {
    const mock = await start();
    const png = {
      field: "picture",
      filename: "cover.png",
      content: "PNG bytes",
      type: "image/png",
    };
    const withPicture = keyOf(await upload(mock, [["name", "Pictured"]], [AUDIO, png]));
    const without = keyOf(await upload(mock, [["name", "Plain"]], [AUDIO]));
    const pictures = (await json(mock, withPicture))["pictures"] as Record<string, string>;
    expect(Object.keys(pictures)).toEqual(
      Object.keys(documentedJson("cloudcast.json")["pictures"] as object),
    );
    expect(Object.keys(pictures)).toHaveLength(10);
    expect(pictures["1024wx1024h"]).toMatch(/^https:\/\/\S+\/1024x1024\/\S+$/u);
    expect((await json(mock, without))["pictures"]).toEqual({});
    // An edit that sends a picture gives the cloudcast one.
    await call(mock, `/upload${without}edit/?access_token=${TOKEN}`, {
      method: "POST",
      body: form([], [png]),
    });
    expect(Object.keys((await json(mock, without))["pictures"] as object)).toHaveLength(10);
  });

  it("documented errors and the mock's have the same shape", async () => {
    const mock = await start();
    expect(skeleton((await call(mock, "/me/")).json())).toEqual(
      skeleton(documentedJson("error-token-required.json")),
    );
    expect(skeleton((await call(mock, "/me/?access_token=nope")).json())).toEqual(
      skeleton(documentedJson("error-token-invalid.json")),
    );
    mock.faults.add({ kind: "rate-limit", retryAfter: 452 });
    const limited = await call(mock, "/mock-user/");
    expect(limited.status).toBe(403);
    expect(limited.headers.get("retry-after")).toBe("452");
    expect(limited.json()).toEqual(documentedJson("error-rate-limit.json"));
  });
});

describe("metadata=1", () => {
  it("adds metadata.connections to a user: the API URLs of its lists, which can be followed", async () => {
    const mock = await catalogue();
    const me = await json(mock, `/me/?access_token=${TOKEN}&metadata=1`);
    const connections = (me["metadata"] as { connections: Record<string, string> }).connections;
    expect(connections["cloudcasts"]).toBe(`${mock.url}/mock-user/cloudcasts/`);
    expect(Object.keys(connections)).toEqual(
      expect.arrayContaining(["followers", "following", "favorites", "listens"]),
    );
    const listed = (await (await fetch(connections["cloudcasts"]!)).json()) as { data: unknown[] };
    expect(listed.data).toHaveLength(3);
    expect(await json(mock, `/me/?access_token=${TOKEN}`)).not.toHaveProperty("metadata");
  });

  it("adds metadata.connections to a cloudcast", async () => {
    const mock = await catalogue();
    const key = "/mock-user/techno-mix/";
    const cloudcast = await json(mock, `${key}?metadata=1`);
    expect(cloudcast["metadata"]).toEqual({
      connections: {
        comments: `${mock.url}${key}comments/`,
        favorites: `${mock.url}${key}favorites/`,
        listeners: `${mock.url}${key}listeners/`,
        similar: `${mock.url}${key}similar/`,
      },
    });
  });
});

describe("since, until, limit and offset", () => {
  async function names(mock: MockServer, query: string): Promise<string[]> {
    const page = await json(mock, `/mock-user/cloudcasts/${query}`);
    return (page["data"] as Array<{ name: string }>).map((c) => c.name);
  }

  it("until: created before it; since: created after it; both: between", async () => {
    const mock = await catalogue();
    expect(await names(mock, "?until=2015-04-29+18%3A59%3A19")).toEqual(["Warm-up Set"]);
    expect(await names(mock, "?since=2015-04-22+20%3A00%3A00")).toEqual([
      "Café Nights Vol. 3",
      "Techno Mix",
    ]);
    // A UNIX time works too: 2015-04-30T00:00:00Z.
    expect(await names(mock, "?since=2015-04-22T20:00:00Z&until=1430352000")).toEqual([
      "Techno Mix",
    ]);
  });

  it("since with a limit gives the page just after it; offset pages within the window", async () => {
    const mock = await catalogue();
    expect(await names(mock, "?since=1&limit=1")).toEqual(["Warm-up Set"]);
    expect(await names(mock, "?until=2015-05-06+20%3A00%3A00&offset=1")).toEqual(["Warm-up Set"]);
    const page = await json(mock, "/mock-user/cloudcasts/?since=1&limit=1&offset=0");
    expect(page["paging"]).toEqual({
      next: `${mock.url}/mock-user/cloudcasts/?since=1970-01-01+00%3A00%3A01&limit=1&offset=1`,
    });
  });

  it("refuses a since or until it cannot read, saying which", async () => {
    const mock = await catalogue();
    const answer = await call(mock, "/mock-user/cloudcasts/?until=yesterday");
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({
      error: {
        type: "InvalidParameterException",
        message:
          'until must be a UNIX time or a date as YYYY-MM-DD HH:MM:SS (UTC), got "yesterday".',
      },
    });
  });

  it("never dates two uploads in the same second, so no page boundary splits a second", async () => {
    const mock = await start();
    for (const name of ["One", "Two", "Three"]) await upload(mock, [["name", name]]);
    const times = mock.state.cloudcasts.map((c) => Date.parse(c.created_time));
    expect(new Set(times).size).toBe(3);
    const seen: string[] = [];
    let next: string | undefined = `${mock.url}/mock-user/cloudcasts/?limit=1`;
    while (next !== undefined) {
      const page = (await (await fetch(next)).json()) as {
        data: Array<{ name: string }>;
        paging: { next?: string };
      };
      seen.push(...page.data.map((c) => c.name));
      next = page.paging.next;
    }
    expect(seen).toEqual(["Three", "Two", "One"]);
  });
});
