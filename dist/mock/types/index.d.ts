/**
 * A mock of the Mixcloud API for tests: a real HTTP server on loopback with the API's paths,
 * answer shapes, errors and quirks (trailing-slash redirects, JSON served as text/javascript,
 * the access token in the query string), streamed multipart uploads, and faults you switch on
 * per request.
 *
 * ```ts
 * import { startMockServer } from "mixcloud-publish/mock";
 *
 * const mock = await startMockServer({ existingCloudcasts: 3 });
 * try {
 *   // Point your client at mock.url with the token "mock-token".
 *   mock.faults.add({ kind: "rate-limit", retryAfter: 1, path: "/upload/" });
 *   // … run the code under test …
 *   expect(mock.state.uploads).toHaveLength(1);
 * } finally {
 *   await mock.close();
 * }
 * ```
 *
 * Endpoints, as documented at https://www.mixcloud.com/developers/ and observed by real clients:
 * - `GET /me/` (token required), `GET /<user>/`, `GET /<user>/cloudcasts/?limit=&offset=`,
 *   `GET /<user>/<slug>/` — public reads work without a token, but unlisted cloudcasts show only
 *   with it;
 * - `POST /upload/` and `POST /upload/<user>/<slug>/edit/` — multipart only, streamed: file parts
 *   are counted and hashed (SHA-256) as they arrive, never held in memory; invalid forms get a
 *   400 `UploadValidationException` with `details` by field, and nothing is stored;
 * - `GET /oauth/authorize` (approves at once, redirects with a code) and
 *   `GET /oauth/access_token` (exchanges the code for the mock's token);
 * - `GET /web/<user>/<slug>/` — a small HTML page, so each cloudcast's `url` leads somewhere.
 *
 * Everything is kept in memory and lost on close().
 * @module
 */
export { startMockServer } from "./server.js";
export type { Fault, FaultEffect, MockCloudcastInput, MockFaults, MockServer, MockServerOptions, MockState, RecordedEdit, RecordedRequest, RecordedUpload, StoredCloudcast, StoredSection, } from "./types.js";
