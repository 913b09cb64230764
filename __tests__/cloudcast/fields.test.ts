import { describe, expect, it } from "vitest";
import { parseCloudcast, toFormFields } from "../../src/cloudcast/index.js";
import type { Cloudcast } from "../../src/cloudcast/index.js";
import { readFixture } from "./support.js";

describe("toFormFields", () => {
  it("lists the text fields in Mixcloud's order, booleans as 1, files left out", () => {
    const cloudcast: Cloudcast = {
      title: "Show",
      description: "About it",
      tags: ["House", "Disco"],
      sections: [
        { kind: "chapter", start: 0, chapter: "Intro" },
        { kind: "track", start: 85, artist: "Deee-Lite", song: "Groove is in the heart" },
      ],
      audio: { kind: "path", path: "show.mp3" },
      picture: { kind: "url", url: "https://example.com/p.png" },
      unlisted: true,
      publishDate: "2030-06-01T20:00:00Z",
      disableComments: true,
      hideStats: true,
      hosts: ["one", "two"],
      key: "/one/show/",
    };
    expect(toFormFields(cloudcast)).toEqual([
      ["name", "Show"],
      ["description", "About it"],
      ["tags-0-tag", "House"],
      ["tags-1-tag", "Disco"],
      ["sections-0-chapter", "Intro"],
      ["sections-0-start_time", "0"],
      ["sections-1-artist", "Deee-Lite"],
      ["sections-1-song", "Groove is in the heart"],
      ["sections-1-start_time", "85"],
      ["hosts-0-username", "one"],
      ["hosts-1-username", "two"],
      ["publish_date", "2030-06-01T20:00:00Z"],
      ["unlisted", "1"],
      ["disable_comments", "1"],
      ["hide_stats", "1"],
    ]);
  });

  it("leaves out what is absent or false", () => {
    const fields = toFormFields({
      title: "Only a title",
      tags: [],
      sections: [],
      hosts: [],
      unlisted: false,
      hideStats: false,
    });
    expect(fields).toEqual([["name", "Only a title"]]);
  });

  it("sends an empty description (it clears the one on Mixcloud)", () => {
    expect(
      toFormFields({ title: "t", description: "", tags: [], sections: [], hosts: [] }),
    ).toContainEqual(["description", ""]);
  });
});

describe("the seed's example.yml", () => {
  const parsed = parseCloudcast(readFixture("valid", "seed-example.yml"), "example.yml");

  it("is valid", () => {
    expect(parsed.diagnostics).toEqual([]);
  });

  it("gives exactly the seed's upload fields", () => {
    const fields = toFormFields(parsed.cloudcast as Cloudcast);
    const get = (name: string) => fields.find(([n]) => n === name)?.[1];
    expect(fields.slice(0, 6)).toEqual([
      ["name", "Sample & Funky"],
      [
        "description",
        "Artists love sampling other tracks. In this mix we jump from one track to another through a sample in common.",
      ],
      ["tags-0-tag", "Sample chain"],
      ["tags-1-tag", "Samples"],
      ["tags-2-tag", "Hip hop"],
      ["tags-3-tag", "Pop"],
    ]);
    expect(fields.filter(([n]) => n.endsWith("-start_time"))).toHaveLength(16);
    expect(fields).toHaveLength(2 + 4 + 16 * 3);
    expect(get("sections-0-artist")).toBe("Bel-Sha-Zaar");
    expect(get("sections-1-start_time")).toBe("85");
    expect(get("sections-6-start_time")).toBe("688");
    expect(get("sections-6-artist")).toBe("Menelik & No Se");
    expect(get("sections-4-song")).toBe("Don't call me baby");
    expect(get("sections-15-song")).toBe("Da Funk");
    expect(get("sections-15-start_time")).toBe(String(21 * 60 + 30));
    expect(fields.map(([n]) => n)).not.toContain("mp3");
  });

  it("places spans on every top-level key's value", () => {
    expect(parsed.spans).toEqual({
      title: { line: 1, column: 8, endLine: 1, endColumn: 22 },
      desc: { line: 2, column: 7, endLine: 3, endColumn: 80 },
      tags: { line: 5, column: 2, endLine: 8, endColumn: 7 },
      tracks: { line: 10, column: 3, endLine: 57, endColumn: 19 },
    });
  });
});

describe("spans", () => {
  it("cover every key present, on the value, or on the key when it has none", () => {
    const text = "title: x\naudio: show.mp3\npicture:\nunlisted: true\n";
    const { spans } = parseCloudcast(text, "f.yml");
    expect(spans).toEqual({
      title: { line: 1, column: 8, endLine: 1, endColumn: 9 },
      audio: { line: 2, column: 8, endLine: 2, endColumn: 16 },
      picture: { line: 3, column: 1, endLine: 3, endColumn: 8 },
      unlisted: { line: 4, column: 11, endLine: 4, endColumn: 15 },
    });
  });
});

describe("the Cloudcast", () => {
  it("carries every key, normalised", () => {
    const text = [
      "title: '  Padded  '",
      "desc: >",
      "  Folded",
      "  text",
      "tags: [' House ']",
      "tracks:",
      "  - start: 1:02:03",
      "    chapter: Late",
      "audio: ./audio/../show.mp3",
      "picture: https://example.com/p.png",
      "unlisted: false",
      "publish_date: 2030-06-01 22:00:00+02:00",
      "disable_comments: true",
      "hide_stats: false",
      "hosts: [dj]",
      "key: /dj/show/",
      "",
    ].join("\n");
    expect(parseCloudcast(text, "f.yml").cloudcast).toEqual({
      title: "Padded",
      description: "Folded text",
      tags: ["House"],
      sections: [{ kind: "chapter", start: 3723, chapter: "Late" }],
      audio: { kind: "path", path: "show.mp3" },
      picture: { kind: "url", url: "https://example.com/p.png" },
      unlisted: false,
      publishDate: "2030-06-01T20:00:00Z",
      disableComments: true,
      hideStats: false,
      hosts: ["dj"],
      key: "/dj/show/",
    });
  });

  it("leaves optional keys out when the file has none", () => {
    expect(parseCloudcast("title: x\n", "f.yml").cloudcast).toEqual({
      title: "x",
      tags: [],
      sections: [],
      hosts: [],
    });
  });
});
