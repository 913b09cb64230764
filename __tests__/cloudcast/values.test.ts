import { describe, expect, it } from "vitest";
import { formatStartTime, parseStartTime } from "../../src/cloudcast/start-time.js";
import { parsePublishDate } from "../../src/cloudcast/publish-date.js";
import { parseMediaRef } from "../../src/cloudcast/media-ref.js";
import { suggestName } from "../../src/cloudcast/suggest.js";
import { editDistance } from "../../src/suggest.js";

describe("start times", () => {
  it.each([
    [0, 0],
    [85, 85],
    ["1:25", 85],
    ["0:00", 0],
    ["09:00", 540],
    ["59:59", 3599],
    ["1:02:03", 3723],
    ["10:00:00", 36000],
    ["0:59:59", 3599],
  ] as const)("%s is %i seconds", (written, seconds) => {
    expect(parseStartTime(written)).toEqual({ seconds });
  });

  it.each([
    [1.5, "start-format", /whole seconds/],
    [-1, "start-format", /negative/],
    [2 ** 60, "start-format", /too large/],
    ["85", "start-format", /without quotes, start: 85/],
    ["1:5", "start-format", /two digits, as in 1:05/],
    ["1:2:03", "start-format", /two digits, as in 1:02:03/],
    ["1:25 ", "start-format", /not "1:25 "/],
    ["1:60", "start-range", /seconds field must be below 60/],
    ["60:00", "start-range", /minutes field must be below 60; write it as 1:00:00/],
    ["1:60:00", "start-range", /minutes field must be below 60; write it as 2:00:00/],
    ["1:00:60", "start-range", /seconds/],
    ["1:25:00:00", "start-format", /m:ss/],
    ["", "start-format", /not ""/],
  ] as const)("refuses %j", (written, rule, message) => {
    const result = parseStartTime(written);
    expect(result).toMatchObject({ rule });
    expect("message" in result ? result.message : "").toMatch(message);
  });

  it.each([
    [0, "0:00"],
    [85, "1:25"],
    [3723, "1:02:03"],
  ])("formats %i seconds as %s", (seconds, text) => {
    expect(formatStartTime(seconds)).toBe(text);
  });
});

describe("publish_date", () => {
  it.each([
    ["2030-06-01T20:00:00Z", "2030-06-01T20:00:00Z"],
    ["2030-06-01t20:00:00z", "2030-06-01T20:00:00Z"],
    ["2030-06-01T22:00:00+02:00", "2030-06-01T20:00:00Z"],
    ["2030-06-01 22:00:00 +02:00", "2030-06-01T20:00:00Z"],
    ["2030-06-01T01:30:00-0530", "2030-06-01T07:00:00Z"],
    ["2030-06-01T00:30:00+01", "2030-05-31T23:30:00Z"],
    ["2030-6-1T9:05:07.999Z", "2030-06-01T09:05:07Z"],
    ["2030-06-01T20:00Z", "2030-06-01T20:00:00Z"],
    ["2032-02-29T12:00:00Z", "2032-02-29T12:00:00Z"],
    ["2030-12-31T23:30:00-01:00", "2031-01-01T00:30:00Z"],
  ])("%s is %s in UTC", (written, utc) => {
    expect(parsePublishDate(written)).toEqual({ utc });
  });

  it.each([
    ["2030-06-01", "publish-date-time"],
    ["2030-06-01T20:00:00", "publish-date-zone"],
    ["2030-06-01 20:00", "publish-date-zone"],
    ["June 1st", "publish-date-format"],
    ["2030-13-01T20:00:00Z", "publish-date-format"],
    ["2031-02-29T20:00:00Z", "publish-date-format"],
    ["2030-04-31T20:00:00Z", "publish-date-format"],
    ["2030-06-01T24:00:00Z", "publish-date-format"],
    ["2030-06-01T20:60:00Z", "publish-date-format"],
    ["2030-06-01T20:00:00+15:00", "publish-date-format"],
    ["2030-06-01T20:00:00 CEST", "publish-date-format"],
  ])("refuses %s (%s)", (written, rule) => {
    expect(parsePublishDate(written)).toMatchObject({ rule });
  });

  it("reads an explicit !!timestamp from its written form", async () => {
    const { parseCloudcast } = await import("../../src/cloudcast/index.js");
    const ok = parseCloudcast(
      "title: x\npublish_date: !!timestamp 2030-06-01 22:00:00+02:00\n",
      "f.yml",
    );
    expect(ok.cloudcast?.publishDate).toBe("2030-06-01T20:00:00Z");
    const noZone = parseCloudcast("title: x\npublish_date: !!timestamp 2030-06-01\n", "f.yml");
    expect(noZone.diagnostics.map((d) => d.rule)).toEqual(["publish-date-time"]);
  });
});

describe("audio and picture", () => {
  it.each([
    ["show.mp3", { kind: "path", path: "show.mp3" }],
    ["./audio/show.mp3", { kind: "path", path: "audio/show.mp3" }],
    ["audio//show.mp3", { kind: "path", path: "audio/show.mp3" }],
    ["a/b/../show.mp3", { kind: "path", path: "a/show.mp3" }],
    ["audio/My Show (live).mp3", { kind: "path", path: "audio/My Show (live).mp3" }],
    ["https://example.com/a b.mp3", { kind: "url", url: "https://example.com/a%20b.mp3" }],
    ["HTTPS://Example.com/x.mp3", { kind: "url", url: "https://example.com/x.mp3" }],
    ["http://127.0.0.1:8080/x.mp3", { kind: "url", url: "http://127.0.0.1:8080/x.mp3" }],
    ["http://127.1.2.3/x.mp3", { kind: "url", url: "http://127.1.2.3/x.mp3" }],
    ["http://localhost/x.mp3", { kind: "url", url: "http://localhost/x.mp3" }],
    ["http://[::1]:9/x.mp3", { kind: "url", url: "http://[::1]:9/x.mp3" }],
    // Plain http:// anywhere: the URL policy decides whether it is fetched, not the format.
    ["http://10.0.0.5/show.mp3", { kind: "url", url: "http://10.0.0.5/show.mp3" }],
    ["http://media.lan/show.mp3", { kind: "url", url: "http://media.lan/show.mp3" }],
    ["http://example.com/x.mp3", { kind: "url", url: "http://example.com/x.mp3" }],
  ])("takes %s", (written, ref) => {
    expect(parseMediaRef("audio", written)).toEqual({ ref });
  });

  it.each([
    ["../show.mp3", "media-path", /leads out of the repository/],
    ["a/../../show.mp3", "media-path", /leads out/],
    ["..", "media-path", /leads out/],
    ["/srv/show.mp3", "media-path", /absolute path/],
    ["C:\\music\\show.mp3", "media-path", /absolute path/],
    ["C:/music/show.mp3", "media-path", /absolute path/],
    ["audio\\show.mp3", "media-path", /backslash/],
    ["..\\..\\etc\\passwd", "media-path", /backslash/],
    ["~/show.mp3", "media-path", /~ is not expanded/],
    ["audio/show.mp3\0.png", "media-path", /control character/],
    ["audio/", "media-path", /folder/],
    [".", "media-path", /folder/],
    ["http://user:secret@10.0.0.5/x.mp3", "media-url", /password/],
    ["ftp://example.com/x.mp3", "media-url", /not ftp:/],
    ["file:///etc/passwd", "media-url", /not file:/],
    ["https://user:secret@example.com/x.mp3", "media-url", /password/],
    ["https://", "media-url", /not a valid URL/],
  ])("refuses %j", (written, rule, message) => {
    const result = parseMediaRef("picture", written);
    expect(result).toMatchObject({ rule });
    expect("message" in result ? result.message : "").toMatch(/^picture /);
    expect("message" in result ? result.message : "").toMatch(message);
  });
});

describe("suggestions", () => {
  const known = ["title", "desc", "tags", "tracks", "publish_date"] as const;

  it.each([
    ["titel", "title"],
    ["Tags", "tags"],
    ["trakcs", "tracks"],
    ["publish date", "publish_date"],
    ["description", "desc"],
  ])("%s → %s", (typo, meant) => {
    expect(suggestName(typo, known, { description: "desc" })).toBe(meant);
  });

  it("suggests nothing far off", () => {
    expect(suggestName("artwork_credits", known, {})).toBeUndefined();
    expect(suggestName("x", known, {})).toBeUndefined();
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("tilte", "title")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
