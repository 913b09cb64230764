import { describeNetworkError } from "./http.js";
import type { AudioFacts } from "./inspect-audio.js";
import { inspectRemote } from "./remote-check.js";
import { RemoteFetchError } from "./remote-object.js";
import type { MediaCheckOptions, UrlMedia } from "./types.js";
import { UrlObject } from "./url-object.js";

// What URL audio says about itself, read by ranges (the same readers as for a file, through a
// ByteSource over the URL): its length, whether it is cut short, and the defects the readers
// read past. Where the length cannot be read, `lengthUnknown` says why, so the check can say
// out loud that the length rules were skipped, as it does for a file.

/** Facts of URL audio; `wholeReadNeeded` when only a read of all of it would tell its length. */
export interface UrlAudioFacts extends AudioFacts {
  wholeReadNeeded?: boolean;
}

export async function readUrlAudio(
  label: string,
  media: UrlMedia,
  options: MediaCheckOptions,
): Promise<UrlAudioFacts> {
  const object = await UrlObject.open(label, media.url, media.size ?? 0, options);
  const deadline = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  try {
    const {
      head: _head,
      type: _type,
      statesLength,
      ...facts
    } = await inspectRemote("audio", object, { signal, readWhole: false });
    // A stream without a length header would have to be read whole to count its frames: a
    // check does not download a show for that (the README says so); the caller says why.
    return statesLength === false ? { ...facts, wholeReadNeeded: true } : facts;
  } catch (error) {
    options.signal?.throwIfAborted();
    return { lengthUnknown: whyUnread(error, deadline) };
  } finally {
    await object.close();
  }
}

function whyUnread(error: unknown, deadline: AbortSignal): string {
  if (error instanceof RemoteFetchError) return error.message;
  return deadline.aborted ? "the ranged reads took too long" : describeNetworkError(error);
}
