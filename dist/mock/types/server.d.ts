import type { MockServer, MockServerOptions } from "./types.js";
/**
 * Starts a mock Mixcloud API on `options.host` (default 127.0.0.1), port `options.port` (default
 * 0: a free port, read it from the returned `url`). Resolves once it is listening; rejects when
 * it cannot listen (port in use) or an option is invalid. Always `await server.close()` when done.
 */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;
