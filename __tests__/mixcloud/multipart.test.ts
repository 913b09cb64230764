import { createHash } from "node:crypto";
import {
  mkdtemp,
  open,
  readFile,
  readlink,
  readdir,
  rm,
  truncate,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import busboy from "busboy";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalFileError } from "../../src/mixcloud/errors.js";
import {
  createMultipartBody,
  escapeParameter,
  type MultipartBody,
} from "../../src/mixcloud/multipart.js";

interface Parsed {
  fields: Array<[string, string]>;
  files: Array<{ field: string; filename: string; mimeType: string; size: number; sha256: string }>;
}

/** Parses a body with busboy, as the mock server (and any real server) would. */
async function parse(body: MultipartBody): Promise<Parsed> {
  const parsed: Parsed = { fields: [], files: [] };
  const parser = busboy({
    headers: { "content-type": body.contentType, "content-length": String(body.contentLength) },
    defParamCharset: "utf8",
  });
  parser.on("field", (name, value) => parsed.fields.push([name, value]));
  parser.on("file", (field, stream, info) => {
    const hash = createHash("sha256");
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    stream.on("end", () =>
      parsed.files.push({
        field,
        filename: info.filename ?? "",
        mimeType: info.mimeType,
        size,
        sha256: hash.digest("hex"),
      }),
    );
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", reject);
  });
  Readable.from(copies(body)).pipe(parser);
  await done;
  return parsed;
}

/** File chunks are views into reused buffers: a consumer that keeps them copies them. */
async function* copies(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of body) yield Buffer.from(chunk);
}

async function collect(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of copies(body)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Paths of this process's open file descriptors (Linux). */
async function openFiles(): Promise<string[]> {
  const fds = await readdir("/proc/self/fd");
  const targets = await Promise.all(
    fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => "")),
  );
  return targets;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "multipart-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("createMultipartBody", () => {
  it("writes exactly the RFC 7578 bytes for text fields, and announces their length", async () => {
    const body = await createMultipartBody(
      [
        ["name", "Show"],
        ["description", "Zwei\r\nZeilen – ü"],
      ],
      [],
      { boundary: "B" },
    );
    const expected =
      '--B\r\nContent-Disposition: form-data; name="name"\r\n\r\nShow\r\n' +
      '--B\r\nContent-Disposition: form-data; name="description"\r\n\r\nZwei\r\nZeilen – ü\r\n' +
      "--B--\r\n";
    const bytes = await collect(body);
    expect(bytes.toString("utf8")).toBe(expected);
    expect(body.contentLength).toBe(Buffer.byteLength(expected));
    expect(body.contentType).toBe("multipart/form-data; boundary=B");
  });

  it("streams files after the text fields, in order, byte for byte, with an exact Content-Length", async () => {
    const audio = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < audio.length; i++) audio[i] = (i * 31) % 251;
    const picture = Buffer.from("\x89PNG\r\n\x1a\nrest");
    await writeFile(join(dir, "a.mp3"), audio);
    await writeFile(join(dir, "p.png"), picture);
    const body = await createMultipartBody(
      [
        ["name", "Show"],
        ["tags-0-tag", "house"],
        ["sections-0-start_time", "0"],
      ],
      [
        { name: "mp3", path: join(dir, "a.mp3"), filename: "a.mp3", contentType: "audio/mpeg" },
        { name: "picture", path: join(dir, "p.png"), filename: "p.png", contentType: "image/png" },
      ],
      { chunkBytes: 256 * 1024 },
    );
    const bytes = await collect(body);
    expect(bytes.length).toBe(body.contentLength);
    const parsed = await parse(
      await createMultipartBody(
        [
          ["name", "Show"],
          ["tags-0-tag", "house"],
          ["sections-0-start_time", "0"],
        ],
        [
          { name: "mp3", path: join(dir, "a.mp3"), filename: "a.mp3", contentType: "audio/mpeg" },
          {
            name: "picture",
            path: join(dir, "p.png"),
            filename: "p.png",
            contentType: "image/png",
          },
        ],
      ),
    );
    expect(parsed.fields).toEqual([
      ["name", "Show"],
      ["tags-0-tag", "house"],
      ["sections-0-start_time", "0"],
    ]);
    expect(parsed.files).toEqual([
      {
        field: "mp3",
        filename: "a.mp3",
        mimeType: "audio/mpeg",
        size: audio.length,
        sha256: sha256(audio),
      },
      {
        field: "picture",
        filename: "p.png",
        mimeType: "image/png",
        size: picture.length,
        sha256: sha256(picture),
      },
    ]);
  });

  it("reads files in chunks no bigger than chunkBytes, so memory does not grow with the file", async () => {
    await writeFile(join(dir, "big.mp3"), Buffer.alloc(2 * 1024 * 1024 + 5));
    const body = await createMultipartBody(
      [],
      [{ name: "mp3", path: join(dir, "big.mp3"), filename: "big.mp3", contentType: "audio/mpeg" }],
      { chunkBytes: 64 * 1024 },
    );
    let largest = 0;
    let total = 0;
    for await (const chunk of body) {
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
    }
    expect(largest).toBeLessThanOrEqual(64 * 1024);
    expect(total).toBe(body.contentLength);
  });

  it("reads a file of any size through the same few buffers", async () => {
    await writeFile(join(dir, "ring.mp3"), Buffer.alloc(10 * 1024 * 1024 + 1));
    const body = await createMultipartBody(
      [],
      [{ name: "mp3", path: join(dir, "ring.mp3"), filename: "r", contentType: "audio/mpeg" }],
      { chunkBytes: 256 * 1024 },
    );
    const backing = new Set<ArrayBufferLike>();
    let chunks = 0;
    for await (const chunk of body) {
      if (chunk.length > 1000) backing.add(chunk.buffer);
      chunks++;
    }
    expect(chunks).toBeGreaterThan(40);
    expect(backing.size).toBeLessThanOrEqual(4);
  });

  it("escapes quotes and line breaks in names and file names, and sends non-ASCII as UTF-8", async () => {
    await writeFile(join(dir, "x"), "abc");
    const filename = 'Dä "Mix"\r\nContent-Type: evil.mp3';
    const body = await createMultipartBody(
      [['na"me', "v"]],
      [{ name: "mp3", path: join(dir, "x"), filename, contentType: "audio/mpeg\r\nX-Evil: 1" }],
      { boundary: "B" },
    );
    const text = (await collect(body)).toString("utf8");
    expect(text).toContain('name="na%22me"');
    expect(text).toContain('filename="Dä %22Mix%22%0D%0AContent-Type: evil.mp3"');
    expect(text).toContain("Content-Type: audio/mpegX-Evil: 1\r\n");
    expect(text.split("\r\n").filter((line) => line.startsWith("Content-Type:"))).toHaveLength(1);
    const parsed = await parse(
      await createMultipartBody(
        [],
        [{ name: "mp3", path: join(dir, "x"), filename, contentType: "audio/mpeg" }],
      ),
    );
    expect(parsed.files[0]?.filename).toBe(escapeParameter(filename));
    expect(parsed.files[0]?.size).toBe(3);
  });

  it("round-trips any text fields through a real multipart parser (property)", async () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,15}$/);
    const value = fc.string({ unit: "grapheme", maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, value), { maxLength: 8 }), async (fields) => {
        const body = await createMultipartBody(fields, []);
        const bytes = await collect(body);
        expect(bytes.length).toBe(body.contentLength);
        const parsed = await parse(
          await createMultipartBody(fields, [], { boundary: body.boundary }),
        );
        expect(parsed.fields).toEqual(fields);
      }),
      { numRuns: 60 },
    );
  });

  it("uses a fresh random boundary for every body", async () => {
    const a = await createMultipartBody([], []);
    const b = await createMultipartBody([], []);
    expect(a.boundary).not.toBe(b.boundary);
    expect(a.boundary).toMatch(/^[-a-z0-9]{20,70}$/);
  });

  it("fails clearly when a file is missing or is not a regular file", async () => {
    const missing = createMultipartBody(
      [],
      [
        {
          name: "mp3",
          path: join(dir, "nope.mp3"),
          filename: "nope.mp3",
          contentType: "audio/mpeg",
        },
      ],
    );
    await expect(missing).rejects.toBeInstanceOf(LocalFileError);
    await expect(missing).rejects.toThrow(
      /Cannot read the mp3 file ".*nope\.mp3" to upload \(ENOENT\)/,
    );
    const folder = createMultipartBody(
      [],
      [{ name: "mp3", path: dir, filename: "d", contentType: "audio/mpeg" }],
    );
    await expect(folder).rejects.toThrow(/not a regular file/);
  });

  it("fails when a file grows while it is streamed", async () => {
    const path = join(dir, "grow.mp3");
    await writeFile(path, Buffer.alloc(1024 * 1024));
    const body = await createMultipartBody(
      [],
      [{ name: "mp3", path, filename: "g", contentType: "audio/mpeg" }],
      {
        chunkBytes: 64 * 1024,
      },
    );
    const handle = await open(path, "a");
    await handle.write(Buffer.alloc(10));
    await handle.close();
    await expect(collect(body)).rejects.toThrow(
      /The mp3 file ".*grow\.mp3" changed while it was being uploaded \(1048576 bytes when the upload started, at least 1048586 bytes read\): leave it unchanged/,
    );
  });

  it("fails when a file shrinks while it is streamed", async () => {
    const path = join(dir, "shrink.mp3");
    await writeFile(path, Buffer.alloc(1024 * 1024));
    const body = await createMultipartBody(
      [],
      [{ name: "mp3", path, filename: "s", contentType: "audio/mpeg" }],
    );
    await truncate(path, 1000);
    const error = await collect(body).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalFileError);
    expect((error as Error).message).toContain(
      "1048576 bytes when the upload started, 1000 bytes read",
    );
  });

  it("closes the file when destroyed in the middle of the stream", async () => {
    const path = join(dir, "open.mp3");
    await writeFile(path, Buffer.alloc(4 * 1024 * 1024));
    const body = await createMultipartBody(
      [],
      [{ name: "mp3", path, filename: "o", contentType: "audio/mpeg" }],
      {
        chunkBytes: 64 * 1024,
      },
    );
    const iterator = body[Symbol.asyncIterator]();
    await iterator.next(); // the part header
    await iterator.next(); // the first file chunk: the file is open now
    expect((await openFiles()).filter((target) => target === path)).toHaveLength(1);
    body.destroy();
    await expect(iterator.next()).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await openFiles()).filter((target) => target === path)).toHaveLength(0);
  });

  it("keeps the bytes of a file it has not touched", async () => {
    const path = join(dir, "same.mp3");
    await writeFile(path, "payload");
    await collect(
      await createMultipartBody(
        [],
        [{ name: "mp3", path, filename: "s", contentType: "audio/mpeg" }],
      ),
    );
    expect(await readFile(path, "utf8")).toBe("payload");
  });
});
