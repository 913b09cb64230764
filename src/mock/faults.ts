import type { Fault, MockFaults } from "./types.js";

interface QueuedFault {
  fault: Fault;
  left: number;
}

/**
 * The queue behind `MockServer.faults`. Each request takes at most one fault: the first queued
 * one that matches it; a fault is dropped once it has been taken `times` times.
 */
export class FaultQueue implements MockFaults {
  #queue: QueuedFault[] = [];

  add(fault: Fault): void {
    checkFault(fault);
    this.#queue.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.#queue = [];
  }

  pending(): number {
    return this.#queue.length;
  }

  /** The fault for a request with this method and path (no query), used up by one. */
  take(method: string, path: string): Fault | undefined {
    const index = this.#queue.findIndex(({ fault }) => matches(fault, method, path));
    const queued = this.#queue[index];
    if (queued === undefined) return undefined;
    queued.left -= 1;
    if (queued.left === 0) this.#queue.splice(index, 1);
    return queued.fault;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) {
    return false;
  }
  if (fault.path === undefined) return true;
  if (typeof fault.path === "string") return fault.path === path;
  // A /g or /y RegExp remembers where it stopped; start every test from the beginning.
  fault.path.lastIndex = 0;
  return fault.path.test(path);
}

// Bad faults are the test author's mistake: say so at add() rather than misbehave later.
function checkFault(fault: Fault): void {
  const times = fault.times ?? 1;
  if (!Number.isInteger(times) || times < 1) {
    throw new RangeError(`Fault "${fault.kind}": times must be a positive integer, got ${times}.`);
  }
  switch (fault.kind) {
    case "server-error":
      checkInteger(fault.kind, "status", fault.status ?? 502, 400, 599);
      return;
    case "rate-limit":
      checkInteger(fault.kind, "retryAfter", fault.retryAfter, 0, Number.MAX_SAFE_INTEGER);
      return;
    case "slow":
      checkInteger(fault.kind, "delayMs", fault.delayMs, 0, 2_147_483_647);
      return;
    case "slow-store":
    case "listing-lag":
      checkInteger(fault.kind, "ms", fault.ms, 0, 2_147_483_647);
      return;
    case "reset-before-body":
    case "reset-after-commit":
    case "hang":
      return;
    case "hostile-fields":
      if (fault.key === undefined && fault.url === undefined)
        throw new TypeError('Fault "hostile-fields": give key, url or both.');
      return;
    default:
      throw new TypeError(
        `Unknown fault kind: ${JSON.stringify((fault as { kind: unknown }).kind)}.`,
      );
  }
}

function checkInteger(kind: string, name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `Fault "${kind}": ${name} must be an integer from ${min} to ${max}, got ${value}.`,
    );
  }
}
