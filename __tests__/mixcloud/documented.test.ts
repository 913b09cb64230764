// The client against answers written by hand in the real API's documented shapes, served over real HTTP.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuthError,
  MixcloudClient,
  OutcomeUnknownError,
  RateLimitError,
  TransientError,
  ValidationError,
  exchangeToken,
  type MixcloudClientOptions,
} from "../../src/mixcloud/index.js";
import {
  changed,
  documented,
  documentedJson,
  startDocumentedApi,
  type DocumentedApi,
  type Served,
} from "./documented.js";

const TOKEN = "documented-5ecret-token";
let api: DocumentedApi | undefined;
const clients: MixcloudClient[] = [];
let dir: string;
let audio: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mixcloud-documented-"));
  audio = join(dir, "show.mp3");
  await writeFile(audio, "ID3 documented");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await api?.close();
  api = undefined;
});

async function serve(answers: Parameters<typeof startDocumentedApi>[0]) {
  api = await startDocumentedApi(answers);
  return api;
}

function client(overrides: Partial<MixcloudClientOptions> = {}): MixcloudClient {
  const made = new MixcloudClient({
    apiUrl: api?.url ?? "",
    token: TOKEN,
    attempts: 1,
    sleep: async () => {},
    ...overrides,
  });
  clients.push(made);
  return made;
}

const file = (name: string): Served => ({ body: documented(name) });
const CLOUDCAST_PATH = "/someone/caf%C3%A9-nights-vol-3/";

describe("reading documented answers", () => {
  it("me() reads the token's user: username, Pro, cloudcast count, and the url given", async () => {
    await serve({ "/me/": file("me.json") });
    expect(await client().me()).toEqual({
      username: "someone",
      name: "Someone",
      key: "/someone/",
      url: "https://www.mixcloud.com/someone/",
      isPro: true,
      cloudcastCount: 3,
    });
  });

  it("me() reads a free account as not Pro, its username's case kept", async () => {
    await serve({ "/me/": file("user.json") });
    expect(await client().me()).toMatchObject({
      username: "Another_DJ",
      isPro: false,
      cloudcastCount: 41,
    });
  });

  it("getCloudcast() reads nested track and artist sections, chapters, tags and the url given", async () => {
    await serve({ [CLOUDCAST_PATH]: file("cloudcast.json") });
    expect(await client().getCloudcast("/someone/café-nights-vol-3/")).toEqual({
      key: CLOUDCAST_PATH,
      url: `https://www.mixcloud.com${CLOUDCAST_PATH}`,
      slug: "café-nights-vol-3",
      name: "Café Nights Vol. 3",
      description: "Recorded live at the café.\nThree hours of deep house and disco.",
      tags: ["Deep House", "Disco"],
      sections: [
        { kind: "track", start: 0, artist: "Kerri Chandler", song: "Rain" },
        {
          kind: "track",
          start: 270,
          artist: "Moodymann",
          song: "I Can't Kick This Feelin When It Hits",
        },
        { kind: "chapter", start: 1805, chapter: "Shout-outs" },
        { kind: "track", start: 1930, artist: "Röyksopp", song: "Eple" },
      ],
      createdTime: "2015-05-06T20:00:00Z",
      updatedTime: "2015-05-07T09:14:03Z",
      audioLength: 3724,
      username: "someone",
    });
  });

  it("listCloudcasts() follows paging.next exactly as given, until= timestamp and all", async () => {
    const served = await serve({
      "/someone/cloudcasts/": (req) =>
        file(req.url?.includes("until=") ? "cloudcasts-page-2.json" : "cloudcasts-page-1.json"),
    });
    const list = await client().listCloudcasts("someone");
    expect(list.map((c) => [c.key, c.url])).toEqual([
      [CLOUDCAST_PATH, `https://www.mixcloud.com${CLOUDCAST_PATH}`],
      ["/someone/techno-mix-enr42/", "https://www.mixcloud.com/someone/techno-mix-enr42/"],
      ["/someone/warm-up-set/", "https://www.mixcloud.com/someone/warm-up-set/"],
    ]);
    expect(served.requests).toEqual([
      `GET /someone/cloudcasts/?limit=100&offset=0&access_token=${TOKEN}`,
      `GET /someone/cloudcasts/?limit=2&until=2015-04-29+18%3A59%3A19&access_token=${TOKEN}`,
    ]);
    // Listings are summaries: what only the cloudcast itself holds is absent, not made up.
    expect(list.every((c) => c.description === undefined && c.sections === undefined)).toBe(true);
  });

  it("an upload's answer gives the key Mixcloud chose and its message, and no URL", async () => {
    const served = await serve({ "/upload/": file("upload-success.json") });
    expect(
      await client().upload({
        fields: [["name", "Café Nights Vol. 3"]],
        audio: { path: audio, filename: "cafe.mp3", contentType: "audio/mpeg" },
      }),
    ).toEqual({ key: CLOUDCAST_PATH, message: "Uploaded Café Nights Vol. 3" });
    expect(served.requests).toEqual([`POST /upload/?access_token=${TOKEN}`]);
  });
});

describe("documented errors", () => {
  it("a rate limit is a RateLimitError with Mixcloud's retry_after", async () => {
    await serve({
      "/me/": {
        status: 403,
        headers: { "retry-after": "452" },
        body: documented("error-rate-limit.json"),
      },
    });
    const error = await client()
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(452);
  });

  it.each([
    ["error-token-required.json", 401, "An access_token is required to access this resource."],
    ["error-token-invalid.json", 400, "An invalid access token was provided."],
    ["error-token-invalid.json", 401, "An invalid access token was provided."],
  ])("%s with status %i is an AuthError that says so", async (name, status, said) => {
    await serve({ "/me/": { status, body: documented(name) } });
    const error = await client()
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toContain(said);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it("a refused upload is a ValidationError with the details by field", async () => {
    await serve({ "/upload/": { status: 400, body: documented("error-validation.json") } });
    const error = await client()
      .upload({
        fields: [["description", "no name"]],
        audio: { path: audio, filename: "x.mp3", contentType: "audio/mpeg" },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual(
      documentedJson("error-validation.json")["details"],
    );
  });

  it("a gateway's HTML page is a transient failure that quotes the page's text, not JSON", async () => {
    await serve({
      "/me/": {
        status: 502,
        headers: { "content-type": "text/html" },
        body: documented("error-gateway-502.html"),
      },
    });
    const error = await client()
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toContain("502 Bad Gateway");
  });
});

describe("reading tolerantly", () => {
  it("ignores fields it does not know, wherever they are", async () => {
    await serve({
      [CLOUDCAST_PATH]: changed("cloudcast.json", (json) => {
        json["is_exclusive"] = false;
        json["audio_formats"] = { mp3: ["128"] };
        const sections = json["sections"] as Array<Record<string, unknown>>;
        (sections[0]!["track"] as Record<string, unknown>)["isrc"] = "GBAAA0000001";
      }),
    });
    expect(await client().getCloudcast(CLOUDCAST_PATH)).toMatchObject({
      name: "Café Nights Vol. 3",
      sections: expect.arrayContaining([
        { kind: "track", start: 0, artist: "Kerri Chandler", song: "Rain" },
      ]),
    });
  });

  it("takes a missing or null optional field as absent, without an error", async () => {
    await serve({
      [CLOUDCAST_PATH]: changed("cloudcast.json", (json) => {
        for (const field of ["url", "slug", "tags", "sections", "pictures", "user"])
          delete json[field];
        json["description"] = null;
        json["audio_length"] = null;
      }),
      "/me/": changed("me.json", (json) => {
        for (const field of ["name", "url", "is_pro", "cloudcast_count", "pictures"])
          delete json[field];
      }),
    });
    expect(await client().getCloudcast(CLOUDCAST_PATH)).toEqual({
      key: CLOUDCAST_PATH,
      slug: "café-nights-vol-3",
      name: "Café Nights Vol. 3",
      tags: [],
      createdTime: "2015-05-06T20:00:00Z",
      updatedTime: "2015-05-07T09:14:03Z",
    });
    expect(await client().me()).toEqual({
      username: "someone",
      name: "",
      key: "/someone/",
      isPro: false,
      cloudcastCount: 0,
    });
  });

  it.each<[string, string, (json: Record<string, unknown>) => void, string]>([
    [
      "a track name",
      "cloudcast.json",
      (json) => {
        const sections = json["sections"] as Array<{ track: Record<string, unknown> }>;
        sections[1]!.track["name"] = 42;
      },
      '"sections[1].track.name" is the number 42, not a string',
    ],
    [
      "an artist",
      "cloudcast.json",
      (json) => {
        const sections = json["sections"] as Array<{ track: Record<string, unknown> }>;
        sections[3]!.track["artist"] = ["Röyksopp"];
      },
      '"sections[3].track.artist" is a list, not an object',
    ],
    [
      "the description",
      "cloudcast.json",
      (json) => {
        json["description"] = { text: "x" };
      },
      '"description" is an object, not a string',
    ],
    [
      "a tag",
      "cloudcast.json",
      (json) => {
        json["tags"] = [{ name: "House" }, 7];
      },
      '"tags[1]" is the number 7, not an object',
    ],
    [
      "the sections",
      "cloudcast.json",
      (json) => {
        json["sections"] = "none";
      },
      '"sections" is a string, not a list',
    ],
  ])("names the field when %s has the wrong type", async (_what, name, change, problem) => {
    await serve({ [CLOUDCAST_PATH]: changed(name, change) });
    await expect(client().getCloudcast(CLOUDCAST_PATH)).rejects.toThrow(
      `GET ${CLOUDCAST_PATH}: Mixcloud's answer is not what this client expects (${problem}): check the api-url setting`,
    );
  });

  it("names the field of /me/ and of a listing entry that has the wrong type", async () => {
    await serve({
      "/me/": changed("me.json", (json) => {
        json["is_pro"] = "yes";
      }),
      "/someone/cloudcasts/": changed("cloudcasts-page-1.json", (json) => {
        const data = json["data"] as Array<Record<string, unknown>>;
        data[1]!["user"] = "someone";
      }),
    });
    await expect(client().me()).rejects.toThrow('("is_pro" is a string, not true or false)');
    await expect(client().listCloudcasts("someone")).rejects.toThrow(
      '("data[1].user" is a string, not an object)',
    );
  });

  it("names a required field that is missing", async () => {
    await serve({
      [CLOUDCAST_PATH]: changed("cloudcast.json", (json) => {
        delete json["name"];
      }),
    });
    await expect(client().getCloudcast(CLOUDCAST_PATH)).rejects.toThrow('(no "name")');
  });
});

describe("an upload's answer that cannot be read", () => {
  it.each<[(json: Record<string, unknown>) => void, string]>([
    [
      (json) => {
        (json["result"] as Record<string, unknown>)["key"] = 12;
      },
      '"result.key" is the number 12, not a string',
    ],
    [
      (json) => {
        (json["result"] as Record<string, unknown>)["success"] = false;
      },
      '"result.success" is false',
    ],
    [
      (json) => {
        delete json["result"];
      },
      'no "result"',
    ],
  ])(
    "is an outcome unknown, never a reason to upload again, and names the field",
    async (change, problem) => {
      await serve({ "/upload/": changed("upload-success.json", change) });
      const error = await client()
        .upload({
          fields: [["name", "x"]],
          audio: { path: audio, filename: "x.mp3", contentType: "audio/mpeg" },
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect((error as Error).message).toContain(`without the expected result (${problem})`);
    },
  );
});

describe("OAuth", () => {
  it("exchangeToken() reads the documented access_token answer, served as application/json", async () => {
    const served = await serve({
      "/oauth/access_token": {
        headers: { "content-type": "application/json" },
        body: documented("oauth-access-token.json"),
      },
    });
    const token = await exchangeToken({
      oauthUrl: `${served.url}/oauth`,
      clientId: "id",
      clientSecret: "secret",
      redirectUri: "http://127.0.0.1:8123/callback",
      code: "c0de",
    });
    expect(token).toBe(documentedJson("oauth-access-token.json")["access_token"]);
  });
});
