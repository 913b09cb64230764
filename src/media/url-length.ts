import { describeNetworkError } from "./http.js";
import { inspectRemote } from "./remote-check.js";
import { RemoteFetchError } from "./remote-object.js";
import type { MediaCheckOptions, UrlMedia } from "./types.js";
import { UrlObject } from "./url-object.js";

// How long URL audio plays, read by ranges (the same readers as for a file, through a
// ByteSource over the URL). A string says why it could not be read: the checks then go on
// without it, as they did before ranged reads.

export async function readUrlAudioLength(
  label: string,
  media: UrlMedia,
  options: MediaCheckOptions,
): Promise<{ durationSeconds?: number; truncated?: string } | string> {
  const object = await UrlObject.open(label, media.url, media.size ?? 0, options);
  const deadline = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  try {
    const facts = await inspectRemote("audio", object, { signal, readWhole: false });
    if (facts.statesLength === false) return "it has no header that states its length";
    return {
      ...(facts.durationSeconds === undefined ? {} : { durationSeconds: facts.durationSeconds }),
      ...(facts.truncated === undefined ? {} : { truncated: facts.truncated }),
    };
  } catch (error) {
    options.signal?.throwIfAborted();
    if (error instanceof RemoteFetchError) return error.message;
    return deadline.aborted ? "the ranged reads took too long" : describeNetworkError(error);
  } finally {
    await object.close();
  }
}
