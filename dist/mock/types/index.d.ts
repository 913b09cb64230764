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
 * - `GET /me/` (token required), `GET /<user>/`, `GET /<user>/cloudcasts/`, `GET /<user>/<slug>/`
 *   — public reads work without a token, but unlisted cloudcasts show only with it. Answers have
 *   the real shapes: every object has its `type`; every `url` is the page on
 *   https://www.mixcloud.com (`url` = that + `key`), whatever host answered; `pictures` maps the
 *   named sizes to URLs; sections nest `track` and `artist`; listings hold summaries without
 *   `description` and `sections`; `?metadata=1` adds `metadata.connections`. Listings take
 *   `limit` (default 20, at most 100) and `offset`, or `since`/`until`: without `offset`, the
 *   `paging` links go by time (`until=2015-04-29+18%3A59%3A19`), as the API's do;
 * - `POST /upload/` and `POST /upload/<user>/<slug>/edit/` — multipart only, streamed: file parts
 *   are counted and hashed (SHA-256) as they arrive, never held in memory; invalid forms get a
 *   400 `UploadValidationException` with `details` by field, and nothing is stored;
 * - `GET /oauth/authorize` (approves at once, redirects with a code) and `/oauth/access_token`
 *   (exchanges the code for the mock's token, by GET with a query or by POST with a form; JSON
 *   served as `application/json`, as Mixcloud serves this one answer);
 * - `GET /web/<user>/<slug>/` — a small HTML page of the mock's own, to see a show in a browser
 *   (`MockServer.webUrl` + key); the API's answers never point there.
 *
 * Everything is kept in memory and lost on close().
 * @module
 */
export { startMockServer } from "./server.js";
export type { Fault, FaultEffect, MockCloudcastInput, MockFaults, MockServer, MockServerOptions, MockState, RecordedEdit, RecordedRequest, RecordedUpload, StoredCloudcast, StoredSection, } from "./types.js";
