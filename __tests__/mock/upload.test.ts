import { describe, expect, it } from "vitest";
import { AUDIO, TOKEN, call, edit, form, keyOf, sha256, upload, useMock } from "./helpers.js";
import type { TestFile } from "./helpers.js";

const start = useMock();

const PICTURE: TestFile = {
  field: "picture",
  filename: "cover.png",
  content: "\x89PNG fake",
  type: "image/png",
};

type Details = { error: { type: string; message: string }; details: Record<string, string[]> };
const detailsOf = (answer: { json: () => unknown }) => (answer.json() as Details).details;

describe("POST /upload/", () => {
  it("stores the upload and answers with its key", async () => {
    const mock = await start();
    const answer = await upload(mock, [["name", "Sample & Funky"]]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(answer.json()).toEqual({
      result: { success: true, key: "/mock-user/sample-funky/", message: "Uploaded" },
    });
    expect(mock.state.cloudcasts).toHaveLength(1);
    expect(mock.state.cloudcasts[0]).toMatchObject({
      key: "/mock-user/sample-funky/",
      name: "Sample & Funky",
      audio: { size: (AUDIO.content as string).length, sha256: sha256(AUDIO.content) },
    });
    expect((await call(mock, "/mock-user/sample-funky/")).json()).toMatchObject({
      name: "Sample & Funky",
    });
  });

  it("records text fields in order and file sizes and hashes", async () => {
    const mock = await start();
    const fields: Array<[string, string]> = [
      ["name", "Show"],
      ["description", "About the show"],
      ["tags-0-tag", "House"],
      ["sections-0-artist", "A"],
      ["sections-0-song", "B"],
      ["sections-0-start_time", "0"],
      ["unlisted", "1"],
    ];
    const audio: TestFile = {
      field: "mp3",
      filename: "show.mp3",
      content: new Uint8Array(70_000).fill(7),
      type: "audio/mpeg",
    };
    await upload(mock, fields, [audio, PICTURE]);
    expect(mock.state.uploads).toEqual([
      {
        key: "/mock-user/show/",
        fields,
        files: [
          {
            field: "mp3",
            filename: "show.mp3",
            contentType: "audio/mpeg",
            size: 70_000,
            sha256: sha256(audio.content),
          },
          {
            field: "picture",
            filename: "cover.png",
            contentType: "image/png",
            size: Buffer.byteLength(PICTURE.content),
            sha256: sha256(PICTURE.content),
          },
        ],
      },
    ]);
    expect(mock.state.cloudcasts[0]).toMatchObject({
      description: "About the show",
      tags: ["House"],
      sections: [{ start_time: 0, artist: "A", song: "B" }],
      unlisted: true,
      picture: { size: Buffer.byteLength(PICTURE.content), sha256: sha256(PICTURE.content) },
    });
  });

  it("stores every upload field of a Pro account", async () => {
    const mock = await start();
    await upload(mock, [
      ["name", "Pro show"],
      ["publish_date", "2031-01-02T03:04:05Z"],
      ["disable_comments", "1"],
      ["hide_stats", "true"],
      ["hosts-1-username", "second"],
      ["hosts-0-username", "first"],
      ["sections-1-chapter", "Outro"],
      ["sections-1-start_time", "600"],
      ["sections-0-chapter", "Intro"],
      ["sections-0-start_time", "0"],
    ]);
    expect(mock.state.cloudcasts[0]).toMatchObject({
      publish_date: "2031-01-02T03:04:05Z",
      disable_comments: true,
      hide_stats: true,
      hosts: ["first", "second"],
      sections: [
        { start_time: 0, chapter: "Intro" },
        { start_time: 600, chapter: "Outro" },
      ],
    });
  });

  it("gives each upload a new key, and a second upload of a title a new slug", async () => {
    const mock = await start();
    const keys = [];
    for (let i = 0; i < 3; i++) keys.push(keyOf(await upload(mock, [["name", "Weekly Show"]])));
    expect(keys).toEqual([
      "/mock-user/weekly-show/",
      "/mock-user/weekly-show-2/",
      "/mock-user/weekly-show-3/",
    ]);
    expect(mock.state.cloudcasts.map((c) => c.name)).toEqual([
      "Weekly Show",
      "Weekly Show",
      "Weekly Show",
    ]);
  });

  it("drops dots and brackets from slugs and does not let a title take a reserved slug", async () => {
    const mock = await start();
    expect(keyOf(await upload(mock, [["name", "Mix Vol. 2.5 (Live) [Remastered]"]]))).toBe(
      "/mock-user/mix-vol-25-live-remastered/",
    );
    expect(keyOf(await upload(mock, [["name", "  --Hello,   World!--  "]]))).toBe(
      "/mock-user/hello-world/",
    );
    expect(keyOf(await upload(mock, [["name", "Cloudcasts"]]))).toBe("/mock-user/cloudcasts-2/");
    expect(keyOf(await upload(mock, [["name", "..."]]))).toBe("/mock-user/cloudcast/");
  });

  it("keeps non-ASCII letters: raw in slug, percent-encoded in key and url", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, [["name", "Café Ünïcode — Ça Va"]]));
    expect(key).toBe(`/mock-user/${encodeURIComponent("café-ünïcode-ça-va")}/`);
    const shown = (await call(mock, key)).json();
    expect(shown).toMatchObject({
      slug: "café-ünïcode-ça-va",
      key,
      url: `https://www.mixcloud.com${key}`,
      name: "Café Ünïcode — Ça Va",
    });
    expect(mock.state.cloudcasts[0]!.slug).toBe("café-ünïcode-ça-va");
  });

  it("decodes non-ASCII file names as UTF-8", async () => {
    const mock = await start();
    await upload(mock, [["name", "Show"]], [{ ...AUDIO, filename: "émission.mp3" }]);
    expect(mock.state.uploads[0]!.files[0]!.filename).toBe("émission.mp3");
  });

  it("needs a valid token", async () => {
    const mock = await start();
    const missing = await call(mock, "/upload/", {
      method: "POST",
      body: form([["name", "x"]], [AUDIO]),
    });
    expect(missing.status).toBe(401);
    expect(missing.json()).toMatchObject({ error: { type: "OAuthException" } });
    const wrong = await call(mock, "/upload/?access_token=nope", {
      method: "POST",
      body: form([["name", "x"]], [AUDIO]),
    });
    expect(wrong.status).toBe(401);
    expect(mock.state.cloudcasts).toEqual([]);
    expect(mock.state.uploads).toEqual([]);
  });
});

describe("upload validation", () => {
  const invalid: Array<[string, Array<[string, string]>, TestFile[], string[]]> = [
    ["no mp3", [["name", "x"]], [], ["mp3"]],
    [
      "mp3 sent as text",
      [
        ["name", "x"],
        ["mp3", "not a file"],
      ],
      [],
      ["mp3"],
    ],
    ["no name", [], [AUDIO], ["name"]],
    ["blank name", [["name", "   "]], [AUDIO], ["name"]],
    [
      "long description",
      [
        ["name", "x"],
        ["description", "é".repeat(1001)],
      ],
      [AUDIO],
      ["description"],
    ],
    [
      "tag index 5",
      [
        ["name", "x"],
        ["tags-5-tag", "six"],
      ],
      [AUDIO],
      ["tags-5-tag"],
    ],
    [
      "blank tag",
      [
        ["name", "x"],
        ["tags-0-tag", ""],
      ],
      [AUDIO],
      ["tags-0-tag"],
    ],
    [
      "malformed tag field",
      [
        ["name", "x"],
        ["tags-0", "x"],
      ],
      [AUDIO],
      ["tags-0"],
    ],
    [
      "host index 2",
      [
        ["name", "x"],
        ["hosts-2-username", "h"],
      ],
      [AUDIO],
      ["hosts-2-username"],
    ],
    [
      "section without song",
      [
        ["name", "x"],
        ["sections-0-artist", "A"],
        ["sections-0-start_time", "0"],
      ],
      [AUDIO],
      ["sections-0"],
    ],
    [
      "section with both track and chapter",
      [
        ["name", "x"],
        ["sections-0-artist", "A"],
        ["sections-0-song", "S"],
        ["sections-0-chapter", "C"],
        ["sections-0-start_time", "1"],
      ],
      [AUDIO],
      ["sections-0"],
    ],
    [
      "section without start",
      [
        ["name", "x"],
        ["sections-0-chapter", "C"],
      ],
      [AUDIO],
      ["sections-0-start_time"],
    ],
    [
      "non-integer start",
      [
        ["name", "x"],
        ["sections-0-chapter", "C"],
        ["sections-0-start_time", "1:25"],
      ],
      [AUDIO],
      ["sections-0-start_time"],
    ],
    [
      "bad publish_date",
      [
        ["name", "x"],
        ["publish_date", "2031-02-30T00:00:00Z"],
      ],
      [AUDIO],
      ["publish_date"],
    ],
    [
      "several problems at once",
      [["description", "d".repeat(1001)]],
      [],
      ["description", "mp3", "name"],
    ],
  ];

  it.each(invalid)(
    "refuses %s with 400 UploadValidationException and stores nothing",
    async (_, fields, files, keys) => {
      const mock = await start();
      const answer = await upload(mock, fields, files);
      expect(answer.status).toBe(400);
      expect(answer.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      const body = answer.json() as Details;
      expect(body.error.type).toBe("UploadValidationException");
      expect(Object.keys(body.details).sort()).toEqual(keys);
      for (const key of keys) expect(body.error.message).toContain(key);
      expect(mock.state.cloudcasts).toEqual([]);
      expect(mock.state.uploads).toEqual([]);
    },
  );

  it("accepts a description of exactly 1000 characters (counted as characters, not bytes)", async () => {
    const mock = await start();
    expect(
      (
        await upload(mock, [
          ["name", "x"],
          ["description", "🎵".repeat(1000)],
        ])
      ).status,
    ).toBe(200);
  });

  it("refuses Pro-only fields on a free account", async () => {
    const mock = await start({ isPro: false });
    const answer = await upload(mock, [
      ["name", "x"],
      ["publish_date", "2031-01-02T03:04:05Z"],
      ["disable_comments", "1"],
      ["hide_stats", "1"],
      ["hosts-0-username", "friend"],
    ]);
    expect(answer.status).toBe(400);
    expect(Object.keys(detailsOf(answer)).sort()).toEqual([
      "disable_comments",
      "hide_stats",
      "hosts-0-username",
      "publish_date",
    ]);
    expect(
      (
        await upload(mock, [
          ["name", "x"],
          ["unlisted", "1"],
        ])
      ).status,
    ).toBe(200);
  });

  it("refuses url-encoded and other non-multipart bodies", async () => {
    const mock = await start();
    const urlEncoded = await call(mock, `/upload/?access_token=${TOKEN}`, {
      method: "POST",
      body: new URLSearchParams({ name: "x", mp3: "data" }),
    });
    expect(urlEncoded.status).toBe(400);
    expect(detailsOf(urlEncoded)).toEqual({
      __all__: [expect.stringContaining("multipart/form-data")],
    });
    const json = await call(mock, `/upload/?access_token=${TOKEN}`, {
      method: "POST",
      body: JSON.stringify({ name: "x" }),
      headers: { "content-type": "application/json" },
    });
    expect(json.status).toBe(400);
    expect(mock.state.uploads).toEqual([]);
  });

  it("refuses an mp3 or picture over its limit", async () => {
    const mock = await start({ maxAudioBytes: 1000, maxPictureBytes: 100 });
    const bigAudio = { ...AUDIO, content: new Uint8Array(1001) };
    const bigPicture = { ...PICTURE, content: new Uint8Array(101) };
    const answer = await upload(mock, [["name", "x"]], [bigAudio, bigPicture]);
    expect(answer.status).toBe(400);
    expect(detailsOf(answer)).toEqual({
      mp3: ["The file is larger than the limit of 1000 bytes."],
      picture: ["The file is larger than the limit of 100 bytes."],
    });
    const atLimit = await upload(
      mock,
      [["name", "x"]],
      [
        { ...AUDIO, content: new Uint8Array(1000) },
        { ...PICTURE, content: new Uint8Array(100) },
      ],
    );
    expect(atLimit.status).toBe(200);
    expect(mock.state.uploads).toHaveLength(1);
  });
});

describe("POST /upload/<user>/<slug>/edit/", () => {
  const FULL: Array<[string, string]> = [
    ["name", "Original"],
    ["description", "First description"],
    ["tags-0-tag", "One"],
    ["tags-1-tag", "Two"],
    ["sections-0-chapter", "Intro"],
    ["sections-0-start_time", "0"],
    ["hosts-0-username", "host-a"],
  ];

  it("changes only what is sent, and records the edit", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, FULL, [AUDIO, PICTURE]));
    const before = { ...mock.state.cloudcasts[0]! };
    const answer = await edit(mock, key, [["description", "New description"]]);
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ result: { success: true, key, message: "Updated" } });
    expect(mock.state.cloudcasts[0]).toEqual({
      ...before,
      description: "New description",
      updated_time: expect.any(String),
    });
    expect(mock.state.edits).toEqual([
      { key, fields: [["description", "New description"]], files: [] },
    ]);
  });

  it("replaces the whole list when any tag, section or host is sent", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, FULL));
    await edit(
      mock,
      key,
      [
        ["name", "Renamed"],
        ["tags-0-tag", "Only"],
        ["sections-0-artist", "X"],
        ["sections-0-song", "Y"],
        ["sections-0-start_time", "5"],
        ["hosts-0-username", "host-b"],
      ],
      [PICTURE],
    );
    expect(mock.state.cloudcasts[0]).toMatchObject({
      key,
      name: "Renamed",
      description: "First description",
      tags: ["Only"],
      sections: [{ start_time: 5, artist: "X", song: "Y" }],
      hosts: ["host-b"],
      picture: { sha256: sha256(PICTURE.content) },
    });
    // The slug stays: a rename does not move the cloudcast.
    expect((await call(mock, key)).json()).toMatchObject({
      name: "Renamed",
      tags: [{ name: "Only" }],
    });
  });

  it("never replaces the audio", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, [["name", "x"]]));
    const other = { ...AUDIO, content: "other audio" };
    expect((await edit(mock, key, [["name", "y"]], [other])).status).toBe(200);
    expect(mock.state.cloudcasts[0]!.audio).toEqual({
      size: (AUDIO.content as string).length,
      sha256: sha256(AUDIO.content),
    });
  });

  it("sets visibility with unlisted, publish and unpublish, one at a time", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, [["name", "x"]]));
    await edit(mock, key, [["unpublish", "1"]]);
    expect(mock.state.cloudcasts[0]!.unlisted).toBe(true);
    await edit(mock, key, [["publish", "1"]]);
    expect(mock.state.cloudcasts[0]!.unlisted).toBe(false);
    await edit(mock, key, [["unlisted", "1"]]);
    expect(mock.state.cloudcasts[0]!.unlisted).toBe(true);
    const both = await edit(mock, key, [
      ["unlisted", "0"],
      ["publish", "1"],
    ]);
    expect(both.status).toBe(400);
    expect(Object.keys(detailsOf(both))).toEqual(["__all__"]);
    expect(mock.state.edits).toHaveLength(3);
  });

  it("validates like an upload, and stores nothing when invalid", async () => {
    const mock = await start({ isPro: false });
    const key = keyOf(await upload(mock, [["name", "x"]]));
    const answer = await edit(mock, key, [
      ["name", ""],
      ["tags-9-tag", "t"],
      ["hide_stats", "1"],
    ]);
    expect(answer.status).toBe(400);
    expect(Object.keys(detailsOf(answer)).sort()).toEqual(["hide_stats", "name", "tags-9-tag"]);
    expect(mock.state.cloudcasts[0]!.name).toBe("x");
    expect(mock.state.edits).toEqual([]);
  });

  it("answers 404 for an unknown cloudcast or user, and 401 without a valid token", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, [["name", "x"]]));
    expect((await edit(mock, "/mock-user/unknown/", [["name", "y"]])).status).toBe(404);
    expect((await edit(mock, "/someone/x/", [["name", "y"]])).json()).toMatchObject({
      error: { type: "NotFoundException" },
    });
    const noToken = await call(mock, `/upload${key}edit/`, {
      method: "POST",
      body: form([["name", "y"]]),
    });
    expect(noToken.status).toBe(401);
    expect(mock.state.edits).toEqual([]);
  });

  it("edits a cloudcast with a non-ASCII slug through its percent-encoded key", async () => {
    const mock = await start();
    const key = keyOf(await upload(mock, [["name", "Ünïcode"]]));
    expect((await edit(mock, key, [["description", "ok"]])).status).toBe(200);
    expect(mock.state.cloudcasts[0]!.description).toBe("ok");
  });
});
