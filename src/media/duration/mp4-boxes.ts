import type { ByteSource } from "../bytes.js";
import { ascii, u32be, u64be } from "../bytes.js";
import { MAX_CHUNKS } from "./facts.js";

// The ISO BMFF box walk the MP4 readers share: headers only, never the media.

export interface Box {
  type: string;
  at: number;
  size: number;
  headerSize: number;
}

/** The boxes between `from` and `to`, at most `max` of them, each read by its header only. */
export async function* boxes(
  source: ByteSource,
  from: number,
  to: number,
  max = MAX_CHUNKS,
): AsyncGenerator<Box> {
  let at = from;
  for (let i = 0; i < max && at < to; i++) {
    const header = await source.read(at, 16);
    const size32 = u32be(header, 0);
    const type = ascii(header, 4, 4);
    if (size32 === undefined || type === "") return;
    // 1: a 64-bit size follows; 0: the box runs to the end of its parent.
    const size = size32 === 1 ? u64be(header, 8) : size32 === 0 ? to - at : size32;
    const headerSize = size32 === 1 ? 16 : 8;
    if (size === undefined || size < headerSize) return;
    yield { type, at, size, headerSize };
    at += size;
  }
}

export async function child(
  source: ByteSource,
  parent: Box,
  type: string,
): Promise<Box | undefined> {
  for await (const box of boxes(source, parent.at + parent.headerSize, parent.at + parent.size)) {
    if (box.type === type) return box;
  }
  return undefined;
}

export async function descend(
  source: ByteSource,
  from: Box,
  path: string[],
): Promise<Box | undefined> {
  let box: Box | undefined = from;
  for (const type of path) box = box && (await child(source, box, type));
  return box;
}

/** A full box's body: version (1 byte), flags (3), then the fields. */
export async function body(source: ByteSource, box: Box, length: number): Promise<Uint8Array> {
  return source.read(box.at + box.headerSize, Math.min(length, box.size - box.headerSize));
}
