/**
 * The Mixcloud API client: see client.ts. It is tested against answers written by hand in the real API's
 * shapes (__tests__/fixtures/mixcloud/) and against the mock server, which answers in those shapes.
 */
export {
  MixcloudClient,
  type LogLevel,
  type MixcloudClientOptions,
  type UploadOptions,
} from "./client.js";
export {
  authorizeUrl,
  exchangeToken,
  type AuthorizeOptions,
  type ExchangeOptions,
} from "./oauth.js";
export {
  AbortError,
  AuthError,
  LocalFileError,
  MixcloudError,
  NotFoundError,
  OutcomeUnknownError,
  RateLimitError,
  TransientError,
  ValidationError,
  isRetryable,
} from "./errors.js";
export { redactUrl, scrubSecrets } from "./redact.js";
export { DEFAULT_TIMEOUTS, type Timeouts, type Progress } from "./transport.js";
export {
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_MAX_MS,
  MAX_RETRY_AFTER_MS,
  formatDuration,
  realSleep,
} from "./retry.js";
export type {
  EditRequest,
  FilePart,
  MixcloudUser,
  RemoteCloudcast,
  UploadRequest,
  UploadResult,
} from "./types.js";
