import type { ByteSource } from "../bytes.js";
import { ascii, u16be, u32be, u64be } from "../bytes.js";
import type { AudioFacts } from "./facts.js";
import { MAX_CHUNKS, cutShort } from "./facts.js";

// AIFF and AIFF-C: the COMM chunk gives sample frames and the sample rate (an 80-bit extended
// float); AIFF-C only appends the compression type after them.

export async function inspectAiff(source: ByteSource): Promise<AudioFacts> {
  let durationSeconds: number | undefined;
  let at = 12;
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const header = await source.read(at, 8);
    const id = ascii(header, 0, 4);
    const size = u32be(header, 4);
    if (size === undefined) break;
    if (id === "COMM") durationSeconds = commSeconds(await source.read(at + 8, 18));
    if (id === "SSND" && at + 8 + size > source.size) {
      const available = source.size - at - 8;
      return {
        durationSeconds,
        truncated: cutShort("its AIFF header promises sound data of", size, available),
      };
    }
    at += 8 + size + (size % 2);
  }
  return { durationSeconds };
}

/** COMM: channels (2), sample frames (4), sample size (2), sample rate (80-bit extended float). */
function commSeconds(comm: Uint8Array): number | undefined {
  const frames = u32be(comm, 2);
  const rate = extendedFloat(comm, 8);
  return frames !== undefined && rate !== undefined && rate > 0 ? frames / rate : undefined;
}

function extendedFloat(b: Uint8Array, at: number): number | undefined {
  const exponent = u16be(b, at);
  const mantissa = u64be(b, at + 2);
  if (exponent === undefined || mantissa === undefined) return undefined;
  return mantissa * 2 ** ((exponent & 0x7fff) - 16383 - 63);
}
