// Small, real media for tests: audio and pictures that pass the media checks by content.

/** A real WAV: `seconds` of 8 kHz mono 8-bit silence (8,000 bytes a second, plus a 44-byte header). */
export function wav(seconds = 1): Buffer {
  const dataBytes = 8000 * seconds;
  return Buffer.concat([wavHeader(dataBytes), Buffer.alloc(dataBytes, 0x80)]);
}

/** A 44-byte PCM WAV header (8 kHz mono 8-bit) announcing `dataBytes` of sound. */
export function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** The smallest valid PNG: one transparent pixel. */
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
