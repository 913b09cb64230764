// A safety net for the hostile suites: while installed, every outgoing TCP/TLS connection of
// this test process to anything but loopback is refused before it is made, and recorded. The
// product refuses such URLs itself; should it ever stop doing so, the suite fails on the record
// instead of reaching out to the network (or hanging on a blackholed private address).
import net from "node:net";

export interface NetworkGuard {
  /** Destinations (`host:port`) a connection was attempted to and refused. */
  refused: string[];
  restore(): void;
}

export function guardNetwork(): NetworkGuard {
  const prototype = net.Socket.prototype;
  const original = prototype.connect;
  const refused: string[] = [];
  const guarded = function (this: net.Socket, ...args: unknown[]): net.Socket {
    const target = destinationOf(args);
    if (target !== undefined && !isLoopbackHost(target.host)) {
      refused.push(`${target.host}:${target.port}`);
      const error = new Error(`network guard: no connection to ${target.host} from a test`);
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  };
  prototype.connect = guarded as typeof original;
  return {
    refused,
    restore() {
      prototype.connect = original;
    },
  };
}

interface Destination {
  host: string;
  port: string;
}

/** Host and port from any of the forms `socket.connect` takes (a Unix socket path has none). */
function destinationOf(args: unknown[]): Destination | undefined {
  // net.connect() hands the socket its arguments already normalised into an array.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: unknown; port?: unknown; path?: unknown };
    if (typeof options.path === "string" && options.path !== "") return undefined;
    return { host: String(options.host ?? "localhost"), port: String(options.port ?? "") };
  }
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    return { host: typeof args[1] === "string" ? args[1] : "localhost", port: String(first) };
  }
  return undefined;
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost" || bare === "::1") return true;
  if (net.isIPv4(bare)) return bare.startsWith("127.");
  return /^::ffff:127\./.test(bare);
}
