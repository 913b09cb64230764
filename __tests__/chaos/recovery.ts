// Recovery times for the soak: how long after a fault took effect the work it interrupted
// succeeded again. Which requests a faulty connection carried, and when each failed or was
// answered, comes from undici's diagnostics channels (its documented instrumentation: the soak
// runs the client in this process); the proxy says when each fault fired and on which port.
//
// A fault "interrupted" a request when a request it carried failed after the fault fired (a delay
// the client waited out, or a cut after the last answer, interrupted nothing and is not counted).
// The work is back when a later request of the same kind — method, path and body length, so
// the same file's upload or edit — got a complete 2xx answer; for an upload whose answer was
// lost and which the account look-up then found, when that look-up was answered; failing both,
// at the run's end (counted, and marked as not recovered).
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import type { ConnectionRecord, FaultKind } from "./proxy.js";

/** One request as undici sent it. */
export interface Exchange {
  /** `POST /upload/ 9123`: method, path without the query (it holds the token), body length. */
  kind: string;
  /** The client's port: the proxy's record of the connection has the same. */
  port: number;
  /** The server's port, to keep the proxy's requests apart from media downloads. */
  serverPort: number;
  sentAt: number;
  status?: number;
  failedAt?: number;
  /** When a 2xx answer was complete. */
  okAt?: number;
}

export interface Recovery {
  fault: FaultKind;
  ms: number;
  /** False when nothing succeeded again before the run's end. */
  recovered: boolean;
}

export interface ExchangeWatch {
  /** The exchanges recorded since the last call, and a fresh start. */
  take(): Exchange[];
  stop(): void;
}

interface RequestLike {
  method?: string;
  path?: string;
}

/** Records every undici request of this process until stopped. */
export function watchExchanges(): ExchangeWatch {
  const byRequest = new WeakMap<object, Exchange>();
  let recorded: Exchange[] = [];
  const handlers: Record<string, (message: unknown) => void> = {
    "undici:client:sendHeaders": (message) => {
      const { request, headers, socket } = message as {
        request: RequestLike;
        headers: string;
        socket: Socket;
      };
      const length = /\r\ncontent-length: *(\d+)/i.exec(headers)?.[1];
      const exchange: Exchange = {
        kind: `${request.method ?? "?"} ${(request.path ?? "").split("?")[0]}${length === undefined ? "" : ` ${length}`}`,
        port: socket.localPort ?? -1,
        serverPort: socket.remotePort ?? -1,
        sentAt: performance.now(),
      };
      byRequest.set(request, exchange);
      recorded.push(exchange);
    },
    "undici:request:headers": (message) => {
      const { request, response } = message as {
        request: object;
        response: { statusCode: number };
      };
      const exchange = byRequest.get(request);
      if (exchange !== undefined) exchange.status = response.statusCode;
    },
    "undici:request:trailers": (message) => {
      const exchange = byRequest.get((message as { request: object }).request);
      if (exchange?.status !== undefined && exchange.status >= 200 && exchange.status < 300)
        exchange.okAt = performance.now();
    },
    "undici:request:error": (message) => {
      const exchange = byRequest.get((message as { request: object }).request);
      if (exchange !== undefined) exchange.failedAt ??= performance.now();
    },
  };
  for (const [name, handler] of Object.entries(handlers)) subscribe(name, handler);
  return {
    take() {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    stop() {
      for (const [name, handler] of Object.entries(handlers)) unsubscribe(name, handler);
    },
  };
}

/** The recovery from each fault that interrupted a request, over one soak run. */
export function recoveries(
  connections: readonly ConnectionRecord[],
  recorded: readonly Exchange[],
  proxyPort: number,
  runEndedAt: number,
): Recovery[] {
  const exchanges = recorded.filter((e) => e.serverPort === proxyPort);
  const found: Recovery[] = [];
  for (const connection of connections) {
    const firedAt = connection.firedAt;
    if (connection.kind === "passthrough" || firedAt === undefined) continue;
    const failed = exchanges.find(
      (e) => e.port === connection.clientPort && e.failedAt !== undefined && e.failedAt >= firedAt,
    );
    if (failed === undefined) continue;
    const backAt = recoveredAt(failed, exchanges);
    found.push({
      fault: connection.kind,
      ms: (backAt ?? runEndedAt) - firedAt,
      recovered: backAt !== undefined,
    });
  }
  return found;
}

function recoveredAt(failed: Exchange, exchanges: readonly Exchange[]): number | undefined {
  const since = failed.failedAt ?? failed.sentAt;
  const later = exchanges.filter((e) => e.sentAt >= since);
  const again = later.find((e) => e.kind === failed.kind && e.okAt !== undefined);
  if (again !== undefined) return again.okAt;
  if (!failed.kind.startsWith("POST /upload/ ")) return undefined;
  // An upload not sent again after a look-up: the look-up that found it ended the recovery.
  const lastTry = later.filter((e) => e.kind === failed.kind).at(-1)?.sentAt ?? since;
  const lookUp = later.find(
    (e) =>
      e.sentAt >= lastTry && e.kind.startsWith("GET ") && e.kind.endsWith("/cloudcasts/") && e.okAt,
  );
  return lookUp?.okAt;
}

/** The value below which `share` (0–1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1];
}

/** `recoveries: 41 (1 not recovered) p50=… p95=… max=…; cut-up: 12 p95=… …` */
export function formatRecoveries(all: readonly Recovery[]): string {
  const summary = (list: readonly Recovery[]): string => {
    const ms = list.map((r) => r.ms);
    const show = (v: number | undefined) => (v === undefined ? "-" : `${Math.round(v)}ms`);
    return `${list.length} p50=${show(percentile(ms, 0.5))} p95=${show(percentile(ms, 0.95))} max=${show(percentile(ms, 1))}`;
  };
  const lost = all.filter((r) => !r.recovered).length;
  // Resets are what the client can notice at once; a silent peer only its timeouts can end.
  const resets = all.filter((r) => r.fault === "cut-up" || r.fault === "cut-down");
  const kinds = (["cut-up", "cut-down", "delay", "silent"] as const)
    .map((kind) => ({ kind, list: all.filter((r) => r.fault === kind) }))
    .filter(({ list }) => list.length > 0)
    .map(({ kind, list }) => `${kind}: ${summary(list)}`);
  return (
    `recoveries: ${summary(all)}${lost > 0 ? ` (${lost} only at the run's end)` : ""}; ` +
    `after resets (cut-up, cut-down): ${summary(resets)}; ${kinds.join("; ")}`
  );
}

/** Every recovery time, by fault, for the record: `cut-up 12 15 …`. */
export function listRecoveries(all: readonly Recovery[]): string[] {
  return (["cut-up", "cut-down", "delay", "silent"] as const)
    .map((kind) => ({
      kind,
      ms: all
        .filter((r) => r.fault === kind)
        .map((r) => Math.round(r.ms))
        .sort((a, b) => a - b),
    }))
    .filter(({ ms }) => ms.length > 0)
    .map(({ kind, ms }) => `recovery times (ms) after ${kind}: ${ms.join(" ")}`);
}
