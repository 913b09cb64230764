import { describeNetworkError } from "./http.js";
import type { AudioFacts } from "./inspect-audio.js";
import { inspectRemote } from "./remote-check.js";
import type { KeptBlocks } from "./remote-object.js";
import { REMOTE_BLOCK_BYTES, RemoteFetchError, rangedSource } from "./remote-object.js";
import type { SniffedContent } from "./sniff.js";
import { contentOf, sniffAudio, sniffSource } from "./sniff.js";
import type { MediaCheckOptions, UrlMedia } from "./types.js";
import { UrlObject } from "./url-object.js";

// What URL audio says about itself, read by ranges (the same readers as for a file, through a
// ByteSource over the URL): its length, whether it is cut short, and the defects the readers
// read past. Where the length cannot be read, `lengthUnknown` says why, so the check can say
// out loud that the length rules were skipped, as it does for a file.

/**
 * Facts of URL audio. `content` is what its bytes are (read past a large ID3v2 tag), when they
 * could be read: a type Mixcloud takes, or the bytes that tell what it is instead.
 */
export interface UrlAudioFacts extends AudioFacts {
  content?: SniffedContent;
}

/** The run's time for URL checks, and what to say when it runs out. */
export interface UrlBudget {
  signal: AbortSignal;
  spent: string;
}

export async function readUrlAudio(
  label: string,
  media: UrlMedia,
  options: MediaCheckOptions & { budget?: UrlBudget; notReadWhole: string; blocks?: KeptBlocks },
): Promise<UrlAudioFacts> {
  const object = await UrlObject.open(label, media.url, media.size ?? 0, options);
  const deadline = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = AbortSignal.any(
    [options.signal, deadline, options.budget?.signal].filter((s) => s !== undefined),
  );
  try {
    // A stream without a length header would have to be read whole to count its frames: a
    // check does not download a show for that (the README says so); the caller says why.
    const { head, type, ...facts } = await inspectRemote("audio", object, {
      signal,
      notReadWhole: options.notReadWhole,
      blocks: options.blocks,
    });
    return { ...facts, content: contentOf(type, head) };
  } catch (error) {
    options.signal?.throwIfAborted();
    if (options.budget?.signal.aborted && !deadline.aborted)
      return { lengthUnknown: options.budget.spent };
    return { lengthUnknown: whyUnread(error, deadline) };
  } finally {
    await object.close();
  }
}

function whyUnread(error: unknown, deadline: AbortSignal): string {
  if (error instanceof RemoteFetchError) return error.message;
  return deadline.aborted ? "the ranged reads took too long" : describeNetworkError(error);
}

/** What URL audio is, and the blocks read to tell it, for its length read to start from. */
export interface UrlAudioSniff {
  content: SniffedContent;
  blocks: KeptBlocks;
}

/**
 * What audio at a URL that takes ranges is, from its first bytes and, past a leading ID3v2 tag
 * that outgrows them (cover art of a few hundred KiB), a ranged read after the tag: a FLAC behind
 * a big tag is not taken for an MP3, nor a WavPack let through as one. A server that then refuses
 * the range leaves the first bytes to decide, as before. The reads go through rangedSource, so
 * the windows of a frame search share 64 KiB blocks, which the length read then reuses.
 */
export async function sniffUrlAudio(
  label: string,
  url: string,
  size: number,
  head: Uint8Array,
  options: MediaCheckOptions,
  signal: AbortSignal,
): Promise<UrlAudioSniff> {
  // The probe's head is the first block when it is a whole one (a server may send less).
  const blocks: KeptBlocks = new Map(head.length === REMOTE_BLOCK_BYTES ? [[0, head]] : []);
  const object = await UrlObject.open(label, url, size, options);
  try {
    return {
      content: await sniffSource("audio", head, rangedSource(object, signal, blocks)),
      blocks,
    };
  } catch (error) {
    if (!(error instanceof RemoteFetchError)) throw error;
    return { content: contentOf(sniffAudio(head), head), blocks };
  } finally {
    await object.close();
  }
}
