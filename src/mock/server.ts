// Starts the HTTP server and owns its connections, so that close() ends even hung requests.
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Account, accountCreationTime, preload } from "./account.js";
import type { MockApp } from "./app.js";
import { exchange } from "./exchange.js";
import { FaultQueue } from "./faults.js";
import { OAuthCodes } from "./oauth.js";
import { resolveOptions } from "./options.js";
import type { MockSettings } from "./options.js";
import type { MockServer, MockServerOptions, MockState } from "./types.js";

/**
 * Starts a mock Mixcloud API on `options.host` (default 127.0.0.1), port `options.port` (default
 * 0: a free port, read it from the returned `url`). Resolves once it is listening; rejects when
 * it cannot listen (port in use) or an option is invalid. Always `await server.close()` when done.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const settings = resolveOptions(options);
  const state: MockState = { cloudcasts: [], uploads: [], edits: [], requests: [] };
  const now = new Date();
  const account = new Account(
    settings.username,
    settings.isPro,
    state.cloudcasts,
    accountCreationTime(settings.existingCloudcasts, now),
  );
  preload(account, settings.existingCloudcasts, now);

  // Uploads of several GiB may take longer than Node's default 5-minute request timeout.
  const server = createServer({ requestTimeout: 0 });
  const sockets = trackSockets(server);
  const port = await listen(server, settings.port, settings.host);
  const url = `http://${settings.host.includes(":") ? `[${settings.host}]` : settings.host}:${port}`;
  const app = createApp(settings, account, state, url);
  const faults = new FaultQueue();
  const closing = new AbortController();
  const hooks = { faults, closing: closing.signal, log: settings.log };
  server.on("request", (req, res) => {
    exchange(app, hooks, req, res).catch(() => res.destroy());
  });

  let closed: Promise<void> | undefined;
  const close = () => (closed ??= stop(server, sockets, closing));
  return { url, oauthUrl: `${url}/oauth`, webUrl: `${url}/web`, state, faults, close };
}

function createApp(
  settings: MockSettings,
  account: Account,
  state: MockState,
  url: string,
): MockApp {
  return {
    account,
    state,
    site: { apiUrl: url },
    token: settings.token,
    oauth: {
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      accessToken: settings.token,
    },
    codes: new OAuthCodes(),
    rules: {
      isPro: settings.isPro,
      maxAudioBytes: settings.maxAudioBytes,
      maxPictureBytes: settings.maxPictureBytes,
    },
  };
}

function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  return sockets;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: Server, sockets: Set<Socket>, closing: AbortController): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    closing.abort();
    for (const socket of sockets) socket.destroy();
  });
}
