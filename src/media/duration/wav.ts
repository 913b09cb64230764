import type { ByteSource } from "../bytes.js";
import { ascii, u16le, u32le, u64le } from "../bytes.js";
import type { AudioFacts } from "./facts.js";
import { MAX_CHUNKS, cutShort, oddityList } from "./facts.js";
import { formatBytePair } from "../formats.js";

// WAV and RF64: chunks are walked (8-byte headers, odd sizes padded to even) up to `data`.
// PCM plays data size / byte rate; other encodings (float, ADPCM, GSM) carry their length in
// sample frames in a `fact` chunk, which is exact where the byte rate is only rounded.
// RF64 keeps the sizes that outgrow 32 bits in a `ds64` chunk. A WAV written to a pipe could
// not go back to fill in its sizes (0, 0xFFFFFFFF, 0x7FFFFFFF): its data then runs to the end of
// the file, and the placeholder is named in a warning.

interface WavHeader {
  format?: number;
  sampleRate?: number;
  byteRate?: number;
  blockAlign?: number;
  /** From `fact`: sample frames, for encodings other than PCM. */
  factFrames?: number;
  /** From `ds64` (RF64): the real data size. */
  ds64Data?: number;
  /** The RIFF (or RF64's `ds64`) size: the bytes after the first 8, as the writer counted them. */
  riffSize?: number;
}

const PCM = 1;
/** WAVE_FORMAT_EXTENSIBLE: the real format is in the sub-format GUID, PCM or not. */
const EXTENSIBLE = 0xfffe;
const UNKNOWN_SIZE = 0xffffffff;

export async function inspectWav(source: ByteSource): Promise<AudioFacts> {
  const header: WavHeader = { riffSize: u32le(await source.read(0, 8), 4) };
  let at = 12;
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const chunk = await source.read(at, 8);
    const id = ascii(chunk, 0, 4);
    const size = u32le(chunk, 4);
    if (size === undefined) return {};
    if (id === "data") return wavData(source.size, at + 8, size, header);
    await readChunk(source, id, at + 8, header);
    at += 8 + size + (size % 2);
  }
  return {};
}

async function readChunk(
  source: ByteSource,
  id: string,
  body: number,
  header: WavHeader,
): Promise<void> {
  if (id === "fmt ") {
    const fmt = await source.read(body, 16);
    header.format = u16le(fmt, 0);
    header.sampleRate = u32le(fmt, 4);
    header.byteRate = u32le(fmt, 8);
    header.blockAlign = u16le(fmt, 12);
  } else if (id === "fact") {
    header.factFrames = u32le(await source.read(body, 4), 0);
  } else if (id === "ds64") {
    // RIFF size (8), data size (8), sample count (8), then a table.
    const ds64 = await source.read(body, 16);
    header.riffSize = u64le(ds64, 0);
    header.ds64Data = u64le(ds64, 8);
  }
}

function wavData(fileSize: number, dataStart: number, size32: number, h: WavHeader): AudioFacts {
  // RF64 says 0xFFFFFFFF here by design: its `ds64` holds the real size.
  const rf64 = size32 === UNKNOWN_SIZE && h.ds64Data !== undefined;
  const declared = rf64 ? (h.ds64Data ?? 0) : size32;
  const available = fileSize - dataStart;
  const fits = dataStart + declared <= fileSize;
  if (fits && !(declared === 0 && available > 0)) {
    return { durationSeconds: wavSeconds(declared, h) };
  }
  if (!fits && isCount(declared, h) && !isPlaceholder(h.riffSize)) {
    const riffEnd = 8 + (h.riffSize ?? 0);
    // Both sizes agree that the file should go on: it was cut short.
    if (dataStart + declared <= riffEnd + 1) {
      return {
        durationSeconds: wavSeconds(declared, h),
        truncated: cutShort("its WAV header promises sound data of", declared, available),
      };
    }
  }
  return {
    durationSeconds: wavSeconds(available, h),
    ...oddityList({ rule: "wav-data-size", what: bogusDataSize(declared, available, h) }),
  };
}

/**
 * Nothing after the last byte tells a WAV cut short from one whose writer never filled in its
 * sizes: both simply end. The header's values decide. A size a writer really counted is a
 * whole number of sample frames and none of the values left by writers that stream (to a pipe,
 * a socket, a recorder's card): 0, 0xFFFFFFxx, and INT32_MAX or just under it from writers
 * that keep sizes signed. A data size that is such a count, backed by a RIFF size that is one
 * too, says the file once held that much: the copy lost its end. Any other size past the end
 * of the file is a placeholder, and what the file holds is what plays, as ffmpeg plays it.
 */
function isCount(size: number, h: WavHeader): boolean {
  return !isPlaceholder(size) && (h.blockAlign === undefined || size % (h.blockAlign || 1) === 0);
}

function isPlaceholder(size: number | undefined): boolean {
  return (
    size === undefined ||
    size === 0 ||
    (size >= 0x7fffff00 && size <= 0x7fffffff) ||
    (size >= 0xffffff00 && size <= UNKNOWN_SIZE)
  );
}

function bogusDataSize(declared: number, available: number, h: WavHeader): string {
  const [stated, held] = formatBytePair(declared, available);
  const riffKnown = !isPlaceholder(h.riffSize);
  const given = isPlaceholder(declared)
    ? `${declared === 0 ? "0" : `0x${declared.toString(16).toUpperCase()}`}, a placeholder that streaming writers leave`
    : `${stated}, ${
        !isCount(declared, h)
          ? "not a whole number of sample frames"
          : riffKnown
            ? "more than its RIFF header counts"
            : "with no RIFF size to back it"
      }`;
  return `has a WAV data size of ${given}; the file holds ${held} of sound, and the length is read from that`;
}

function wavSeconds(dataSize: number, h: WavHeader): number | undefined {
  const pcm = h.format === PCM || h.format === EXTENSIBLE;
  // A `fact` of 0 or 0xFFFFFFFF was never filled in (a streamed file): the data size decides.
  const fact = h.factFrames !== undefined && h.factFrames > 0 && h.factFrames < UNKNOWN_SIZE;
  if (!pcm && fact && h.sampleRate) return (h.factFrames ?? 0) / h.sampleRate;
  if (!h.byteRate) return undefined;
  // Whole blocks only: a cut-off last sample frame does not play.
  const blocks = h.blockAlign ? Math.floor(dataSize / h.blockAlign) * h.blockAlign : dataSize;
  return blocks / h.byteRate;
}
