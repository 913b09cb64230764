// A fault-injecting TCP proxy on 127.0.0.1, between the Mixcloud client and the mock server.
// Each accepted connection gets one fault, drawn from a seeded PRNG by the configured weights:
//
// - passthrough: bytes flow both ways untouched;
// - cut-up:      after N bytes from the client (the upload direction) the connection is cut;
// - cut-down:    after N bytes from the server (the answer direction) the connection is cut;
// - delay:       every chunk, both ways, waits a random time before it is passed on (in order);
// - silent:      the proxy accepts and reads, but never connects onwards and never answers, until
//                the client gives up.
//
// It works at the TCP level, below HTTP, so it can cut a request anywhere — in its headers, in the
// middle of the multipart body, right after the closing boundary, or in the middle of the answer —
// which is exactly where the client's exactly-once logic has to decide what the server may hold.
import { createConnection, createServer } from "node:net";
import { performance } from "node:perf_hooks";
import type { AddressInfo, Server, Socket } from "node:net";
import type { Random } from "./prng.js";
import { deriveSeed, integerBetween, mulberry32, pickWeighted } from "./prng.js";

export const FAULT_KINDS = ["passthrough", "cut-up", "cut-down", "delay", "silent"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** An inclusive range [min, max]. */
export type Range = readonly [min: number, max: number];

export interface ChaosProxyOptions {
  /** Where connections go on to: an `http://host:port` URL (the mock's `url`). */
  target: string;
  /** Seeds the PRNG that draws each connection's fault and its numbers. */
  seed: number;
  /** Relative weights; a kind left out is never drawn. Default: passthrough only. */
  weights?: Partial<Record<FaultKind, number>>;
  /** The faults of the first connections, in order; later ones are drawn by the weights. */
  first?: readonly FaultKind[];
  /** Where a cut-up falls, in bytes from the client since the connection opened. */
  cutUpBytes?: Range;
  /** Where a cut-down falls, in bytes from the server since the connection opened. */
  cutDownBytes?: Range;
  /** How long each chunk waits on a delayed connection, in ms. */
  delayMs?: Range;
}

/** What the proxy decided for one connection, and whether the fault actually happened. */
export interface ConnectionRecord {
  index: number;
  kind: FaultKind;
  /** The cut's byte offset, for cut-up and cut-down. */
  at?: number;
  /** True once the fault took effect: the cut fell, a chunk was delayed, the client was held. */
  fired: boolean;
  /** When the fault first took effect (performance.now()), to time the recovery from it. */
  firedAt?: number;
  /** The client's end of the connection (its local port), to tell which requests it carried. */
  clientPort?: number;
}

export interface ChaosProxy {
  /** `http://127.0.0.1:PORT`, to use as the client's API root. */
  url: string;
  /** Connections accepted so far, with their faults. */
  connections(): readonly ConnectionRecord[];
  /**
   * Faults that took effect, by kind. A drawn cut that never fell (the connection carried fewer
   * bytes) and a delay that had nothing to delay count as passthrough: nothing was injected.
   */
  injected(): Record<FaultKind, number>;
  /** Sockets (client and server side) not closed yet. */
  openSockets(): number;
  /** Stops accepting, destroys every socket and timer, and resolves once every socket is closed. */
  close(): Promise<void>;
}

const DEFAULT_CUT_UP: Range = [0, 24 * 1024];
const DEFAULT_CUT_DOWN: Range = [0, 2 * 1024];
const DEFAULT_DELAY: Range = [5, 120];
/** A delayed direction stops reading once this many chunks wait, so memory stays bounded. */
const MAX_QUEUED_CHUNKS = 16;

export async function startChaosProxy(options: ChaosProxyOptions): Promise<ChaosProxy> {
  const target = parseTarget(options.target);
  const random = mulberry32(options.seed);
  const weights = checkedWeights(options.weights ?? { passthrough: 1 });
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const records: ConnectionRecord[] = [];
  const server = createServer((client) => {
    const record = drawFault(records.length, random, weights, options);
    record.clientPort = client.remotePort;
    records.push(record);
    const plan: ConnectionPlan = {
      record,
      target,
      // Its own stream: how chunks happen to fall cannot shift the faults of later connections.
      random: mulberry32(deriveSeed(options.seed, record.index)),
      delayMs: options.delayMs ?? DEFAULT_DELAY,
      track: (socket) => trackSocket(socket, sockets),
      timers,
    };
    plan.track(client);
    if (record.kind === "silent") holdSilently(client, record);
    else relay(client, plan);
  });
  const port = await listen(server);
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => records,
    injected: () => countInjected(records),
    openSockets: () => sockets.size,
    close: () => (closing ??= shutDown(server, sockets, timers)),
  };
}

interface ConnectionPlan {
  record: ConnectionRecord;
  target: { host: string; port: number };
  /** Draws this connection's delays. */
  random: Random;
  delayMs: Range;
  track: (socket: Socket) => void;
  timers: Set<NodeJS.Timeout>;
}

function drawFault(
  index: number,
  random: Random,
  weights: ReadonlyArray<readonly [FaultKind, number]>,
  options: ChaosProxyOptions,
): ConnectionRecord {
  const kind = options.first?.[index] ?? pickWeighted(random, weights);
  const record: ConnectionRecord = { index, kind, fired: false };
  if (kind === "cut-up") record.at = between(random, options.cutUpBytes ?? DEFAULT_CUT_UP);
  if (kind === "cut-down") record.at = between(random, options.cutDownBytes ?? DEFAULT_CUT_DOWN);
  return record;
}

/** Marks the connection's fault as having taken effect, the first time it does. */
function fire(record: ConnectionRecord): void {
  if (record.fired) return;
  record.fired = true;
  record.firedAt = performance.now();
}

function between(random: Random, [min, max]: Range): number {
  return integerBetween(random, min, max);
}

/** Reads and drops whatever the client sends; never answers. The client's own timeout ends it. */
function holdSilently(client: Socket, record: ConnectionRecord): void {
  fire(record);
  client.on("error", () => client.destroy());
  client.on("end", () => client.destroy());
  client.resume();
}

/** Connects on to the target and passes bytes both ways through the connection's fault. */
function relay(client: Socket, plan: ConnectionPlan): void {
  const server = createConnection(plan.target);
  plan.track(server);
  const both = { client, server };
  const destroyBoth = (): void => {
    client.destroy();
    server.destroy();
  };
  client.on("error", destroyBoth);
  server.on("error", destroyBoth);
  const { record } = plan;
  pipeDirection(client, server, record.kind === "cut-up" ? record.at : undefined, plan, both);
  pipeDirection(server, client, record.kind === "cut-down" ? record.at : undefined, plan, both);
}

/**
 * Passes `from`'s bytes to `to`: all of them, or the first `cutAt` and then the connection is cut
 * (the cut side's peer gets those bytes and an end; the other peer, a destroyed socket).
 * On a delayed connection each chunk waits its turn in a queue.
 */
function pipeDirection(
  from: Socket,
  to: Socket,
  cutAt: number | undefined,
  plan: ConnectionPlan,
  both: { client: Socket; server: Socket },
): void {
  let passed = 0;
  const forward =
    plan.record.kind === "delay" ? delayedWriter(from, to, plan) : directWriter(from, to);
  from.on("data", (chunk: Buffer) => {
    if (cutAt === undefined || passed + chunk.length < cutAt) {
      passed += chunk.length;
      forward.write(chunk);
      return;
    }
    fire(plan.record);
    const last = chunk.subarray(0, cutAt - passed);
    passed = cutAt;
    from.removeAllListeners("data");
    cut(from, to, last, both);
  });
  from.on("end", () => forward.end());
  // A peer that went away takes the whole connection with it (as a router dropping it would).
  from.on("close", () => forward.afterClose());
}

/** The cut: `to` gets `last` and an end, then both sockets are destroyed. */
function cut(
  from: Socket,
  to: Socket,
  last: Buffer,
  both: { client: Socket; server: Socket },
): void {
  from.destroy();
  if (to.destroyed) return;
  to.end(last, () => {
    both.client.destroy();
    both.server.destroy();
  });
}

interface Writer {
  write(chunk: Buffer): void;
  /** `from` ended: end `to` once what is queued has gone. */
  end(): void;
  /** `from` closed: once what is queued has gone, `to` is destroyed if still open. */
  afterClose(): void;
}

/** Writes at once, pausing `from` while `to` pushes back. */
function directWriter(from: Socket, to: Socket): Writer {
  return {
    write(chunk) {
      if (to.destroyed) return;
      if (!to.write(chunk)) {
        from.pause();
        to.once("drain", () => from.resume());
      }
    },
    end() {
      if (!to.destroyed) to.end();
    },
    afterClose() {
      if (!to.destroyed && !to.writableEnded) to.destroy();
    },
  };
}

/** Writes each chunk after its own random delay, in order; `from` is paused while many wait. */
function delayedWriter(from: Socket, to: Socket, plan: ConnectionPlan): Writer {
  const queue: Buffer[] = [];
  let busy = false;
  let ending: "end" | "destroy" | undefined;
  const finishIfIdle = (): void => {
    if (busy || queue.length > 0 || ending === undefined || to.destroyed) return;
    if (ending === "end") to.end();
    else to.destroy();
  };
  const next = (): void => {
    const chunk = queue.shift();
    if (chunk === undefined || to.destroyed) {
      busy = false;
      finishIfIdle();
      return;
    }
    busy = true;
    fire(plan.record);
    const timer = setTimeout(
      () => {
        plan.timers.delete(timer);
        if (!to.destroyed) to.write(chunk);
        if (queue.length < MAX_QUEUED_CHUNKS && from.isPaused()) from.resume();
        next();
      },
      between(plan.random, plan.delayMs),
    );
    plan.timers.add(timer);
  };
  return {
    write(chunk) {
      queue.push(chunk);
      if (queue.length >= MAX_QUEUED_CHUNKS) from.pause();
      if (!busy) next();
    },
    end() {
      ending ??= "end";
      finishIfIdle();
    },
    afterClose() {
      if (to.writableEnded) return;
      ending = ending === "end" ? "end" : "destroy";
      finishIfIdle();
    },
  };
}

function trackSocket(socket: Socket, sockets: Set<Socket>): void {
  sockets.add(socket);
  socket.once("close", () => sockets.delete(socket));
}

function countInjected(records: readonly ConnectionRecord[]): Record<FaultKind, number> {
  const counts = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<
    FaultKind,
    number
  >;
  for (const record of records) counts[record.fired ? record.kind : "passthrough"] += 1;
  return counts;
}

async function shutDown(
  server: Server,
  sockets: Set<Socket>,
  timers: Set<NodeJS.Timeout>,
): Promise<void> {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
  const closed = [...sockets].map(
    (socket) =>
      new Promise<void>((resolve) =>
        socket.closed ? resolve() : socket.once("close", () => resolve()),
      ),
  );
  for (const socket of sockets) socket.destroy();
  await Promise.all([stopped, ...closed]);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function parseTarget(target: string): { host: string; port: number } {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (url.port === "" || !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host)) {
    throw new TypeError(
      `startChaosProxy: target must be a loopback URL with a port, like the mock's url; got ${target}`,
    );
  }
  return { host, port: Number(url.port) };
}

function checkedWeights(
  weights: Partial<Record<FaultKind, number>>,
): Array<readonly [FaultKind, number]> {
  const entries = FAULT_KINDS.map((kind) => [kind, weights[kind] ?? 0] as const);
  for (const [kind, weight] of entries) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(
        `startChaosProxy: the weight of ${kind} must be 0 or more, got ${weight}`,
      );
    }
  }
  return entries;
}
