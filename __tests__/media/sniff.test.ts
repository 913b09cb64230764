import { describe, expect, it } from "vitest";
import type { ByteSource } from "../../src/media/bytes.js";
import { describeContent, sniffAudio, sniffPicture } from "../../src/media/index.js";
import { sniffSource } from "../../src/media/sniff.js";
import {
  ADTS,
  GIF,
  HTML,
  JPEG,
  PNG,
  WEBP,
  aiff,
  bytes,
  flac,
  id3,
  m4a,
  mp3Frames,
  ogg,
  wav,
} from "./fixtures.js";

describe("sniffAudio", () => {
  it.each([
    ["bare MP3 frames", mp3Frames(3), "mp3", "audio/mpeg"],
    ["MP3 behind an ID3v2 tag", bytes(id3(200), mp3Frames(2)), "mp3", "audio/mpeg"],
    [
      "MP3 behind an ID3 tag and zero padding",
      bytes(id3(20), Buffer.alloc(50), mp3Frames(1)),
      "mp3",
      "audio/mpeg",
    ],
    [
      "an ID3 tag larger than the bytes at hand (cover art)",
      id3(100, 500_000),
      "mp3",
      "audio/mpeg",
    ],
    ["FLAC", flac(44100, 441000), "flac", "audio/flac"],
    ["FLAC behind an ID3 tag", bytes(id3(30), flac(44100, 1)), "flac", "audio/flac"],
    ["Ogg Vorbis", ogg(false), "ogg", "audio/ogg"],
    ["Ogg Opus", ogg(true), "opus", "audio/ogg"],
    ["WAV", wav(100), "wav", "audio/wav"],
    ["RF64 WAV", bytes("RF64", [0xff, 0xff, 0xff, 0xff], "WAVEds64"), "wav", "audio/wav"],
    ["AIFF", aiff(10, 40), "aiff", "audio/aiff"],
    ["AIFF-C", bytes("FORM", [0, 0, 0, 4], "AIFC"), "aiff", "audio/aiff"],
    ["M4A (brand M4A)", m4a(1000, 5000), "m4a", "audio/mp4"],
    ["MP4 audio (brand mp42)", m4a(1000, 5000, 8, "mp42"), "m4a", "audio/mp4"],
    ["raw AAC (ADTS, MPEG-4)", ADTS, "aac", "audio/aac"],
    ["raw AAC (ADTS, MPEG-2)", bytes([0xff, 0xf9, 0x50, 0x80, 0, 0, 0]), "aac", "audio/aac"],
  ])("recognises %s", (_name, head, type, contentType) => {
    expect(sniffAudio(head)).toEqual({ type, contentType });
  });

  it.each([
    ["a PNG picture", PNG],
    ["an HTML page", HTML],
    ["text", bytes("hello\n")],
    ["nothing", bytes()],
    ["a frame sync with a reserved version", bytes([0xff, 0xeb, 0x90, 0x00])],
    ["a frame sync with a reserved bitrate", bytes([0xff, 0xfb, 0xf0, 0x00])],
    ["a QuickTime movie", m4a(1, 1, 8, "qt  ")],
  ])("rejects %s", (_name, head) => {
    expect(sniffAudio(head)).toBeUndefined();
  });
});

describe("sniffPicture", () => {
  it.each([
    ["JPEG", JPEG, "jpeg", "image/jpeg"],
    ["PNG", PNG, "png", "image/png"],
    ["GIF89a", GIF, "gif", "image/gif"],
    ["GIF87a", bytes("GIF87a", Buffer.alloc(8)), "gif", "image/gif"],
    ["WebP", WEBP, "webp", "image/webp"],
  ])("recognises %s", (_name, head, type, contentType) => {
    expect(sniffPicture(head)).toEqual({ type, contentType });
  });

  it("rejects audio and almost-signatures", () => {
    expect(sniffPicture(mp3Frames(1))).toBeUndefined();
    expect(sniffPicture(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]))).toBeUndefined();
    expect(sniffPicture(wav(10))).toBeUndefined();
    expect(sniffPicture(bytes("GIF90a"))).toBeUndefined();
  });
});

describe("describeContent", () => {
  it.each([
    [PNG, "a PNG picture"],
    [mp3Frames(1), "MP3 audio"],
    [HTML, "an HTML page"],
    [
      Buffer.from("\ufeff<?xml version='1.0'?><Error><Code>AccessDenied</Code></Error>", "utf8"),
      "an XML document",
    ],
    [bytes('{"error": "not found"}'), "JSON text"],
    [bytes("just some notes\nabout the show\n"), "text"],
    [bytes("%PDF-1.7\n"), "a PDF document"],
    [bytes([0x50, 0x4b, 0x03, 0x04, 0, 0]), "a ZIP archive"],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0, 0]), "Matroska (MKA/MKV) audio or video"],
    [m4a(1, 1, 8, "qt  "), "a QuickTime video"],
    [m4a(1, 1, 8, "avif"), "a HEIF/AVIF picture"],
    [bytes("RIFF", [0, 0, 0, 0], "AVI LIST"), "an AVI video"],
    [
      bytes([0x00, 0x01, 0x02, 0x03, 0xfe]),
      "unrecognised data (it starts with bytes 00 01 02 03 fe)",
    ],
  ])("says what the bytes look like (%#)", (head, expected) => {
    expect(describeContent(head)).toContain(expected);
  });

  it("treats UTF-8 cut in the middle of a character as text", () => {
    const text = Buffer.from("café ".repeat(10), "utf8");
    expect(describeContent(text.subarray(0, text.length - 3))).toBe("text");
  });
});

describe("sniffSource", () => {
  /** A ByteSource of `total` bytes starting with `head` that records every read. */
  function countingSource(head: Buffer, total: number): ByteSource & { reads: number[][] } {
    const reads: number[][] = [];
    return {
      size: total,
      reads,
      read(at, length) {
        reads.push([at, length]);
        return Promise.resolve(new Uint8Array(Math.max(0, Math.min(length, total - at))));
      },
    };
  }

  it.each([
    ["a WavPack behind a small ID3 tag", bytes(id3(30), "wvpk", Buffer.alloc(60)), /WavPack/],
    [
      "an Ogg Speex stream",
      bytes("OggS", Buffer.alloc(22), [1, 8], "Speex   ", Buffer.alloc(60)),
      /Speex/,
    ],
  ])("refuses %s from the first bytes, without a frame search", async (_, head, name) => {
    const source = countingSource(head, 4 * 1024 * 1024);
    const content = await sniffSource("audio", head, source);
    expect(content).toEqual({ evidence: head });
    expect(describeContent(head)).toMatch(name);
    expect(source.reads).toEqual([]);
  });
});
