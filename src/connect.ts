// Opens the Mixcloud client for a publishing run: loaded only when something is to be published.
import { MixcloudClient } from "./mixcloud/index.js";
import type { LogLevel } from "./mixcloud/index.js";
import type { NetworkTimeouts } from "./settings.js";

export interface ConnectSettings {
  accessToken: string | undefined;
  apiUrl: string;
  retries: number;
  timeouts?: NetworkTimeouts;
}

/** Thrown when publishing is asked for without a token: the message says where to put one. */
export class MissingTokenError extends Error {
  constructor() {
    super(
      "No Mixcloud access token: set `access-token: ${{ secrets.MIXCLOUD_ACCESS_TOKEN }}` (or the MIXCLOUD_ACCESS_TOKEN environment variable) to publish, or `dry-run: true` to only check the files. `mixcloud-publish auth` gets a token.",
    );
    this.name = "MissingTokenError";
  }
}

export function connectMixcloud(
  settings: ConnectSettings,
  log?: (level: LogLevel, message: string) => void,
): MixcloudClient {
  if (settings.accessToken === undefined || settings.accessToken === "")
    throw new MissingTokenError();
  const { listingLagMs, ...timeouts } = settings.timeouts ?? {};
  return new MixcloudClient({
    apiUrl: settings.apiUrl,
    token: settings.accessToken,
    attempts: settings.retries,
    // Only the timeouts that were set: an undefined one must not replace the client's default.
    timeouts: Object.fromEntries(Object.entries(timeouts).filter(([, ms]) => ms !== undefined)),
    ...(listingLagMs === undefined ? {} : { listingLagMs }),
    log,
  });
}
