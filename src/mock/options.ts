// MockServerOptions with every default filled in and every value checked once, up front.
import type { MockCloudcastInput, MockServerOptions } from "./types.js";

export interface MockSettings {
  port: number;
  host: string;
  token: string;
  username: string;
  isPro: boolean;
  existingCloudcasts: number | Array<Partial<MockCloudcastInput>>;
  clientId: string;
  clientSecret: string;
  maxAudioBytes: number;
  maxPictureBytes: number;
  log: (line: string) => void;
}

export const MOCK_DEFAULTS = {
  host: "127.0.0.1",
  token: "mock-token",
  username: "mock-user",
  clientId: "mock-client-id",
  clientSecret: "mock-client-secret",
  maxAudioBytes: 4_294_967_296,
  maxPictureBytes: 10_485_760,
} as const;

export function resolveOptions(options: MockServerOptions): MockSettings {
  const settings: MockSettings = {
    port: options.port ?? 0,
    host: options.host ?? MOCK_DEFAULTS.host,
    token: options.token ?? MOCK_DEFAULTS.token,
    username: options.username ?? MOCK_DEFAULTS.username,
    isPro: options.isPro ?? true,
    existingCloudcasts: options.existingCloudcasts ?? 0,
    clientId: options.clientId ?? MOCK_DEFAULTS.clientId,
    clientSecret: options.clientSecret ?? MOCK_DEFAULTS.clientSecret,
    maxAudioBytes: options.maxAudioBytes ?? MOCK_DEFAULTS.maxAudioBytes,
    maxPictureBytes: options.maxPictureBytes ?? MOCK_DEFAULTS.maxPictureBytes,
    log: options.log ?? (() => {}),
  };
  checkSettings(settings);
  return settings;
}

function checkSettings(settings: MockSettings): void {
  checkInteger("port", settings.port, 0, 65_535);
  checkInteger("maxAudioBytes", settings.maxAudioBytes, 0, Number.MAX_SAFE_INTEGER);
  checkInteger("maxPictureBytes", settings.maxPictureBytes, 0, Number.MAX_SAFE_INTEGER);
  if (typeof settings.existingCloudcasts === "number") {
    checkInteger("existingCloudcasts", settings.existingCloudcasts, 0, 10_000_000);
  }
  for (const name of ["host", "token", "clientId", "clientSecret"] as const) {
    if (settings[name] === "") throw new TypeError(`startMockServer: ${name} must not be empty.`);
  }
  // The username is a path segment of every key: it cannot be empty or contain "/".
  if (!/^[^/\s]+$/u.test(settings.username)) {
    throw new TypeError(
      `startMockServer: username must be non-empty, without "/" or spaces, got ${JSON.stringify(settings.username)}.`,
    );
  }
}

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `startMockServer: ${name} must be an integer from ${min} to ${max}, got ${value}.`,
    );
  }
}
