// Publishing against a server that answers with Mixcloud answers written by hand in the API's
// documented shapes (not the mock): the URLs reported are the ones the server gave, and what is
// compared with a file is read from the cloudcast itself, since listings leave out its
// description and sections.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publish } from "../../src/commands/publish.js";
import { captureIO } from "../commands/io.js";
import { wav } from "../e2e/world.js";
import {
  changed,
  documented,
  documentedJson,
  startDocumentedApi,
  type DocumentedApi,
  type Served,
} from "../mixcloud/documented.js";

const TOKEN = "remote-5ecret-token";
const CAFE = "/someone/caf%C3%A9-nights-vol-3/";
const CAFE_YAML = `title: Café Nights Vol. 3
desc: |-
  Recorded live at the café.
  Three hours of deep house and disco.
tags: [Deep House, Disco]
tracks:
  - { start: 0, artist: Kerri Chandler, track: Rain }
  - { start: "4:30", artist: Moodymann, track: "I Can't Kick This Feelin When It Hits" }
  - { start: 1805, chapter: Shout-outs }
  - { start: 1930, artist: Röyksopp, track: Eple }
`;

/** Long enough for the last track, which starts at 32:10. */
const AUDIO_SECONDS = 1940;

let dir: string;
let api: DocumentedApi | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mp-remote-"));
  mkdirSync(join(dir, "cloudcasts"));
});
afterEach(async () => {
  await api?.close();
  api = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string): Served => ({ body: documented(name) });

/** Runs `publish --json` against the documented-answers server; its results and everything it printed. */
async function run() {
  const io = captureIO(dir, { HOME: dir });
  const code = await publish(["--token", TOKEN, "--api-url", api!.url, "--json"], io.io);
  const out = io.stdout();
  const results = JSON.parse(out.slice(out.indexOf("\n[") + 1)) as Array<Record<string, unknown>>;
  return { code, results, printed: out + io.stderr() };
}

describe("what the server said", () => {
  it("a new upload's url is read back from the cloudcast, not built from the key", async () => {
    writeFileSync(join(dir, "cloudcasts", "cafe.yml"), CAFE_YAML);
    writeFileSync(join(dir, "cloudcasts", "cafe.wav"), wav(AUDIO_SECONDS));
    api = await startDocumentedApi({
      "/me/": file("me.json"),
      "/someone/cloudcasts/": { body: JSON.stringify({ data: [], paging: {} }) },
      "/upload/": file("upload-success.json"),
      [CAFE]: changed("cloudcast.json", (json) => {
        json["url"] = "https://www.mixcloud.com/someone/as-the-server-says/";
      }),
    });
    const { code, results, printed } = await run();
    expect(code).toBe(0);
    expect(results).toEqual([
      expect.objectContaining({
        status: "published",
        key: CAFE,
        url: "https://www.mixcloud.com/someone/as-the-server-says/",
      }),
    ]);
    expect(api.requests.map((r) => r.replace(/\?.*/u, ""))).toEqual([
      "GET /me/",
      "GET /someone/cloudcasts/",
      // Looked at again right before the upload, right after it, and once the listing has had
      // time to catch up (README, "Exactly once").
      "GET /someone/cloudcasts/",
      "POST /upload/",
      `GET ${CAFE}`,
      "GET /someone/cloudcasts/",
      "GET /someone/cloudcasts/",
    ]);
    expect(printed).not.toContain(TOKEN);
  });

  it("an upload whose cloudcast cannot be read back is published without a url, with a warning", async () => {
    writeFileSync(join(dir, "cloudcasts", "cafe.yml"), CAFE_YAML);
    writeFileSync(join(dir, "cloudcasts", "cafe.wav"), wav(AUDIO_SECONDS));
    api = await startDocumentedApi({
      "/me/": file("me.json"),
      "/someone/cloudcasts/": { body: JSON.stringify({ data: [], paging: {} }) },
      "/upload/": file("upload-success.json"),
    });
    const { code, results, printed } = await run();
    expect(code).toBe(0);
    expect(results).toEqual([
      expect.objectContaining({ status: "published", key: CAFE, url: null, error: null }),
    ]);
    expect(printed).toContain(
      `${CAFE} is on Mixcloud, but its page URL could not be read: Mixcloud does not show it yet`,
    );
  });

  it("compares a file with the cloudcast itself: a listing has no description or sections", async () => {
    writeFileSync(join(dir, "cloudcasts", "cafe.yml"), CAFE_YAML);
    writeFileSync(join(dir, "cloudcasts", "cafe.wav"), wav(AUDIO_SECONDS));
    api = await startDocumentedApi({
      "/me/": file("me.json"),
      "/someone/cloudcasts/": (req) =>
        file(req.url?.includes("until=") ? "cloudcasts-page-2.json" : "cloudcasts-page-1.json"),
      [CAFE]: file("cloudcast.json"),
    });
    const { code, results } = await run();
    expect(code).toBe(0);
    expect(results).toEqual([
      expect.objectContaining({
        status: "unchanged",
        key: CAFE,
        url: documentedJson("cloudcast.json")["url"],
      }),
    ]);
    expect(api.requests.some((r) => r.startsWith("POST"))).toBe(false);
    expect(api.requests.filter((r) => r.startsWith(`GET ${CAFE}?`))).toHaveLength(1);
  });
});
