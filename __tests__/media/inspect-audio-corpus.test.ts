// The duration readers against files made by real encoders (scripts/make-audio-corpus.mjs):
// every format and mode the project accepts, each within 0.1 s of the number of samples that
// went into the encoder. The files go through the same check a cloudcast's audio does.
import { readFileSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkLocalFile } from "../../src/media/local-file.js";

const CORPUS = fileURLToPath(new URL("../fixtures/audio/", import.meta.url));

interface CorpusFile {
  file: string;
  format: string;
  mode: string;
  samples: number;
  sampleRate: number;
  seconds: number;
  decodedSeconds: number;
}

const manifest = JSON.parse(readFileSync(`${CORPUS}manifest.json`, "utf8")) as {
  files: CorpusFile[];
};

describe("the encoder corpus", () => {
  it("covers every audio format the project accepts", () => {
    const formats = new Set(manifest.files.map((f) => f.format));
    expect([...formats].sort()).toEqual(
      ["aac", "aiff", "flac", "m4a", "mp3", "ogg", "opus", "wav"].sort(),
    );
  });

  it("states each true duration as samples / rate, which a full decode by ffmpeg confirmed", () => {
    for (const f of manifest.files) {
      expect(f.seconds, f.file).toBeCloseTo(f.samples / f.sampleRate, 5);
      expect(Math.abs(f.decodedSeconds - f.seconds), f.file).toBeLessThan(0.1);
    }
  });

  it.each(manifest.files)("$file ($mode) reads within 0.1 s of $seconds s", async (entry) => {
    const root = await realpath(CORPUS);
    const check = await checkLocalFile("audio", entry.file, root);
    expect(check.problems).toEqual([]);
    expect(check.media?.type).toBe(entry.format);
    const seconds = check.media?.durationSeconds;
    expect(seconds, "a duration").toBeDefined();
    expect(Math.abs((seconds ?? 0) - entry.seconds)).toBeLessThan(0.1);
  });
});
