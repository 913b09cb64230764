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
  decodedSeconds: number | null;
  /** Damaged after the encoder: the rule of the warning the check must give. */
  warning?: string;
  /** Samples ffmpeg is known to drop from this damaged file. */
  decoderLoses?: number;
  /** Why ffmpeg does not decode this damaged file at all. */
  decoderRefuses?: string;
  /** A format Mixcloud does not take, by the name the message must give. */
  unsupported?: string;
}

const manifest = JSON.parse(readFileSync(`${CORPUS}manifest.json`, "utf8")) as {
  files: CorpusFile[];
};
const readable = manifest.files.filter((f) => f.unsupported === undefined);
const unsupported = manifest.files.filter((f) => f.unsupported !== undefined);

describe("the encoder corpus", () => {
  it("covers every audio format the project accepts, damaged files, and formats it does not", () => {
    const formats = new Set(readable.map((f) => f.format));
    expect([...formats].sort()).toEqual(
      ["aac", "aiff", "flac", "m4a", "mp3", "ogg", "opus", "wav"].sort(),
    );
    expect(readable.filter((f) => f.warning !== undefined).length).toBeGreaterThanOrEqual(17);
    expect(unsupported.length).toBeGreaterThanOrEqual(9);
  });

  it("states each true duration as samples / rate, which a full decode by ffmpeg confirmed", () => {
    for (const f of manifest.files) {
      expect(f.seconds, f.file).toBeCloseTo(f.samples / f.sampleRate, 5);
      if (f.decoderRefuses !== undefined) {
        expect(f.decodedSeconds, f.file).toBeNull();
        continue;
      }
      const lost = (f.decoderLoses ?? 0) / f.sampleRate;
      expect(Math.abs((f.decodedSeconds ?? 0) + lost - f.seconds), f.file).toBeLessThan(0.1);
    }
  });

  it.each(readable)("$file ($mode) reads within 0.1 s of $seconds s", async (entry) => {
    const root = await realpath(CORPUS);
    const check = await checkLocalFile("audio", entry.file, root);
    expect(check.problems).toEqual([]);
    expect(check.media?.type).toBe(entry.format === "ogg" ? "ogg" : entry.format);
    const seconds = check.media?.durationSeconds;
    expect(seconds, "a duration").toBeDefined();
    expect(Math.abs((seconds ?? 0) - entry.seconds)).toBeLessThan(0.1);
    const warnings = (check.warnings ?? []).map((w) => `audio-${w.rule}`);
    expect(warnings).toEqual(entry.warning === undefined ? [] : [entry.warning]);
  });

  it.each(unsupported)("$file is named as $unsupported, with a conversion line", async (entry) => {
    const root = await realpath(CORPUS);
    const check = await checkLocalFile("audio", entry.file, root);
    expect(check.media).toBeUndefined();
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]?.rule).toBe("unsupported-format");
    const message = check.problems[0]?.message ?? "";
    expect(message).toContain(
      `the audio \`${entry.file}\` is ${entry.unsupported ?? ""}, which Mixcloud does not take`,
    );
    expect(message).toContain("MP3, M4A/AAC, FLAC, Ogg/Opus, WAV or AIFF");
    const stem = entry.file.slice(0, entry.file.lastIndexOf("."));
    expect(message).toContain(`\`ffmpeg -i ${entry.file} -c:a libmp3lame -b:a 320k ${stem}.mp3\``);
  });
});
