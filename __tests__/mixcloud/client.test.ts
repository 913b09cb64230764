import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthError, NotFoundError, ValidationError } from "../../src/mixcloud/index.js";
import { dataFile, harness, requestsTo, TOKEN, type Harness } from "./helpers.js";

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe("reading", () => {
  beforeEach(async () => {
    h = await harness({ username: "DJ-Case", existingCloudcasts: 250 });
  });

  it("me() returns the token's account", async () => {
    const user = await h.client().me();
    expect(user).toMatchObject({
      username: "DJ-Case",
      isPro: true,
      cloudcastCount: 250,
      key: "/DJ-Case/",
    });
    expect(h.mock.state.requests[0]?.path).toBe("/me/?access_token=***");
  });

  it("listCloudcasts() follows paging.next over every page, newest first, each cloudcast once", async () => {
    const list = await h.client().listCloudcasts("DJ-Case", { pageSize: 100 });
    expect(list).toHaveLength(250);
    expect(new Set(list.map((c) => c.key)).size).toBe(250);
    expect(list[0]?.name).toBe("Existing cloudcast 250");
    expect(list[249]?.name).toBe("Existing cloudcast 1");
    expect(requestsTo(h.mock, "GET", "/DJ-Case/cloudcasts/")).toBe(3);
    // The token goes along, so the owner sees unlisted uploads; every path ends with "/".
    expect(
      h.mock.state.requests.every(
        (r) => r.path.includes("/?") && r.path.includes("access_token=***"),
      ),
    ).toBe(true);
  });

  it("listCloudcasts() clamps to the API's page size and still gets everything", async () => {
    const list = await h.client().listCloudcasts("DJ-Case", { pageSize: 500 });
    expect(list).toHaveLength(250);
    expect(requestsTo(h.mock, "GET", "/DJ-Case/cloudcasts/")).toBe(3);
  });

  it("listCloudcasts() of an unknown user is a NotFoundError", async () => {
    await expect(h.client().listCloudcasts("nobody-here")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("getCloudcast() maps the API's shape, and gives null for a key Mixcloud does not know", async () => {
    const client = h.client();
    const [first] = await client
      .listCloudcasts("DJ-Case", { pageSize: 1 })
      .then((all) => all.slice(-1));
    const cloudcast = await client.getCloudcast(first?.key ?? "");
    expect(cloudcast).toMatchObject({
      key: first?.key,
      name: "Existing cloudcast 1",
      url: `https://www.mixcloud.com${first?.key}`,
    });
    expect(await client.getCloudcast("/DJ-Case/no-such-show/")).toBeNull();
  });
});

describe("a cloudcast with sections, tags and a non-ASCII slug", () => {
  beforeEach(async () => {
    h = await harness({
      existingCloudcasts: [
        {
          name: "Café Nights",
          slug: "café-nights",
          description: "Late",
          tags: ["house", "disco"],
          sections: [
            { start_time: 0, artist: "A", song: "One" },
            { start_time: 95, chapter: "Talk" },
          ],
        },
      ],
    });
  });

  it("reads it by its percent-encoded key, or by the raw one from a cloudcast file", async () => {
    const client = h.client();
    const stored = h.mock.state.cloudcasts[0];
    const expected = {
      slug: "café-nights",
      name: "Café Nights",
      description: "Late",
      tags: ["house", "disco"],
      sections: [
        { kind: "track", start: 0, artist: "A", song: "One" },
        { kind: "chapter", start: 95, chapter: "Talk" },
      ],
      username: "mock-user",
    };
    expect(await client.getCloudcast(stored?.key ?? "")).toMatchObject({
      key: stored?.key,
      ...expected,
    });
    expect(await client.getCloudcast("/mock-user/café-nights/")).toMatchObject(expected);
  });

  it("refuses a key that is not /user/slug/", async () => {
    await expect(h.client().getCloudcast("café-nights")).rejects.toThrow(
      '"café-nights" is not a cloudcast key like /user/slug/: fix the key in the cloudcast file',
    );
  });
});

describe("configuration", () => {
  beforeEach(async () => {
    h = await harness();
  });

  it("refuses an api-url that is not an http(s) URL, and a number of attempts below 1", () => {
    expect(() => h.client({ apiUrl: "api.mixcloud.com" })).toThrow(
      'The api-url "api.mixcloud.com" is not an http(s) URL: fix the api-url setting',
    );
    expect(() => h.client({ apiUrl: "ftp://example.com" })).toThrow(/is not an http\(s\) URL/);
    expect(() => h.client({ attempts: 0 })).toThrow(
      "attempts must be a whole number of at least 1, not 0",
    );
  });

  it("passes on the url Mixcloud gives, never one built from the api-url", async () => {
    const audio = await dataFile(h.dir, "a.mp3", 100);
    const client = h.client();
    const result = await client.upload({
      fields: [["name", "Web"]],
      audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
    });
    expect(result).toEqual({ key: "/mock-user/web/", message: "Uploaded" });
    expect((await client.getCloudcast(result.key))?.url).toBe(
      "https://www.mixcloud.com/mock-user/web/",
    );
    expect((await client.me()).url).toBe("https://www.mixcloud.com/mock-user/");
  });
});

describe("auth", () => {
  beforeEach(async () => {
    h = await harness();
  });

  it("a wrong token is an AuthError that says how to get a new one, tried once", async () => {
    const error = await h
      .client({ token: "wrong-token" })
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toContain("An invalid access token was provided.");
    expect((error as Error).message).toContain("store it in the MIXCLOUD_ACCESS_TOKEN secret");
    expect(h.mock.state.requests).toHaveLength(1);
    expect(h.slept).toEqual([]);
  });

  it("no token at all fails before any request for what needs one", async () => {
    const client = h.client({ token: undefined });
    await expect(client.me()).rejects.toThrow(
      /No Mixcloud access token for \/me\/: create a new access token/,
    );
    await expect(
      client.upload({
        fields: [["name", "x"]],
        audio: { path: "/nonexistent", filename: "x", contentType: "audio/mpeg" },
      }),
    ).rejects.toBeInstanceOf(AuthError);
    expect(h.mock.state.requests).toHaveLength(0);
  });

  it("public reads work without a token", async () => {
    expect(await h.client({ token: undefined }).listCloudcasts("mock-user")).toEqual([]);
    expect(h.mock.state.requests[0]?.path).toBe("/mock-user/cloudcasts/?limit=100&offset=0");
  });
});

describe("upload and edit", () => {
  beforeEach(async () => {
    h = await harness();
  });

  it("uploads one multipart body: fields in order, files byte for byte, progress up to the total", async () => {
    const audio = await dataFile(h.dir, "show.mp3", 3 * 1024 * 1024 + 123);
    const picture = await dataFile(h.dir, "cover.png", 40_000);
    const fields: Array<[string, string]> = [
      ["name", "My Show (Live)"],
      ["description", "Two\nlines – ünïcode"],
      ["tags-0-tag", "house"],
      ["tags-1-tag", "disco"],
      ["sections-0-artist", "A"],
      ["sections-0-song", "One"],
      ["sections-0-start_time", "0"],
      ["sections-1-chapter", "Talk"],
      ["sections-1-start_time", "85"],
    ];
    const progress: Array<[number, number]> = [];
    const result = await h.client().upload(
      {
        fields,
        audio: { path: audio.path, filename: 'Show "1".mp3', contentType: "audio/mpeg" },
        picture: { path: picture.path, filename: "cover.png", contentType: "image/png" },
      },
      { onProgress: (sent, total) => progress.push([sent, total]) },
    );
    expect(result.key).toBe("/mock-user/my-show-live/");
    expect(h.mock.state.uploads).toHaveLength(1);
    const recorded = h.mock.state.uploads[0];
    expect(recorded?.fields).toEqual(fields);
    expect(recorded?.files).toEqual([
      {
        field: "mp3",
        filename: "Show %221%22.mp3",
        contentType: "audio/mpeg",
        size: 3 * 1024 * 1024 + 123,
        sha256: audio.sha256,
      },
      {
        field: "picture",
        filename: "cover.png",
        contentType: "image/png",
        size: 40_000,
        sha256: picture.sha256,
      },
    ]);
    const total = progress[0]?.[1] ?? 0;
    expect(total).toBeGreaterThan(3 * 1024 * 1024 + 40_000);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.every(([sent], i) => i === 0 || sent > (progress[i - 1]?.[0] ?? 0))).toBe(true);
    expect(progress[progress.length - 1]).toEqual([total, total]);
  });

  it("a duplicate upload gets a new key: the client never guesses slugs", async () => {
    const audio = await dataFile(h.dir, "a.mp3", 1000);
    const client = h.client();
    const request = {
      fields: [["name", "Same"]] as Array<[string, string]>,
      audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
    };
    expect((await client.upload(request)).key).toBe("/mock-user/same/");
    expect((await client.upload(request)).key).toBe("/mock-user/same-2/");
  });

  it("a rejected upload is a ValidationError with Mixcloud's details, not retried, nothing stored", async () => {
    const audio = await dataFile(h.dir, "a.mp3", 1000);
    const error = await h
      .client()
      .upload({
        fields: [["description", "no name"]],
        audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).details)).toContain("name");
    expect((error as Error).message).toMatch(
      /^POST \/upload\/ \("a\.mp3"\): Mixcloud answered 400 Bad Request \(UploadValidationException: .*name: .*: fix the cloudcast file or its media and run again$/,
    );
    expect(h.mock.state.uploads).toHaveLength(0);
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(1);
  });

  it("edits fields and picture of an existing upload, without audio", async () => {
    const audio = await dataFile(h.dir, "a.mp3", 1000);
    const picture = await dataFile(h.dir, "p.jpg", 2000);
    const client = h.client();
    const { key } = await client.upload({
      fields: [["name", "Old"]],
      audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
    });
    const result = await client.edit(key, {
      fields: [
        ["name", "New"],
        ["tags-0-tag", "jazz"],
      ],
      picture: { path: picture.path, filename: "p.jpg", contentType: "image/jpeg" },
    });
    expect(result.key).toBe(key);
    expect(h.mock.state.edits[0]?.fields).toEqual([
      ["name", "New"],
      ["tags-0-tag", "jazz"],
    ]);
    expect(h.mock.state.edits[0]?.files).toEqual([
      {
        field: "picture",
        filename: "p.jpg",
        contentType: "image/jpeg",
        size: 2000,
        sha256: picture.sha256,
      },
    ]);
    expect(await client.getCloudcast(key)).toMatchObject({ name: "New", tags: ["jazz"] });
    expect(
      h.mock.state.requests.some((r) => r.path === `/upload${key}edit/?access_token=***`),
    ).toBe(true);
  });

  it("editing an unknown key is a NotFoundError", async () => {
    await expect(
      h.client().edit("/mock-user/ghost/", { fields: [["name", "x"]] }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never logs the token", async () => {
    const audio = await dataFile(h.dir, "a.mp3", 1000);
    const client = h.client();
    await client.upload({
      fields: [["name", "Logged"]],
      audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
    });
    await client.me();
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.some(([, line]) => line.includes("access_token=***"))).toBe(true);
    expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
  });
});
