import { lookup as dnsLookup } from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import { isIP } from "node:net";
import type { Socket } from "node:net";
import ipaddr from "ipaddr.js";
import type { Agent, buildConnector } from "undici";
import type { MediaProblem } from "./types.js";

// Which URLs the action fetches for a cloudcast's media, and where it may connect for them.
//
// A pull request from a fork names its own media URLs, so without a rule it could make the
// runner request its own network: the cloud metadata service (169.254.169.254), a database on
// 10.0.0.5, an admin page on 127.0.0.1. So by default only public internet addresses are
// contacted, over https. `allow-private-urls: true` (a self-hosted media server; the tests; the
// CLI, run on the user's own files) allows private addresses, and plain http to them.
//
// The rule is applied twice: to the URL's text before anything is sent (scheme, an address
// literal), and to the address each connection is actually made to, after DNS and for every
// redirect hop — so a name that resolves to a private address, or starts to between the check
// and the connection (DNS rebinding), is refused too. What the workflow itself names (api-url,
// the GitHub API, the LFS endpoint of GITHUB_SERVER_URL) is trusted and does not come here.

export interface UrlPolicy {
  /** Private, loopback and link-local addresses (and plain http to them) may be contacted. */
  allowPrivateAddresses: boolean;
}

/** The action's default: public https only. */
export const PUBLIC_ONLY: UrlPolicy = { allowPrivateAddresses: false };
/** `allow-private-urls: true`, and the CLI. */
export const PRIVATE_ALLOWED: UrlPolicy = { allowPrivateAddresses: true };

/** The error a refused connection fails with; its message never names the address. */
export class AddressRefusedError extends Error {
  readonly code = REFUSED_CODE;
  constructor(readonly reason: "private" | "plain-http-public") {
    super(
      reason === "private"
        ? "the address is not a public internet address"
        : "plain http:// is only allowed to the runner's own network",
    );
    this.name = "AddressRefusedError";
  }
}

export const REFUSED_CODE = "ERR_MIXCLOUD_PUBLISH_ADDRESS_REFUSED";

const RANGE_NAMES: Record<string, string> = {
  loopback: "a loopback address (this machine)",
  private: "a private network address",
  linkLocal: "a link-local address (such as a cloud metadata service)",
  uniqueLocal: "a private network address",
  carrierGradeNat: "a carrier-grade NAT address",
  unspecified: "the unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
};

/**
 * The kind of an IP address ("unicast" for a public one), after unwrapping IPv4-mapped IPv6
 * (`::ffff:127.0.0.1` is loopback). Anything ipaddr.js does not call "unicast" — reserved,
 * documentation, NAT64 and 6to4 ranges that can embed a private IPv4 — counts as not public.
 */
export function addressRange(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return "invalid";
  return ipaddr.process(bare).range();
}

export function isPublicAddress(address: string): boolean {
  return addressRange(address) === "unicast";
}

/** Whether a connection to `address` for a URL of `protocol` may be made, else why not. */
export function addressRefusal(
  address: string,
  protocol: string,
  policy: UrlPolicy,
): AddressRefusedError | undefined {
  const isPublic = isPublicAddress(address);
  if (!isPublic && !policy.allowPrivateAddresses) return new AddressRefusedError("private");
  if (isPublic && protocol === "http:") return new AddressRefusedError("plain-http-public");
  return undefined;
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`, by the URL's text. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return isIP(host) !== 0 && addressRange(host) === "loopback";
}

export function isLoopbackUrl(url: URL): boolean {
  return isLoopbackHost(url.hostname);
}

const PRIVATE_HINT =
  "media must be on the public internet (a self-hosted runner that serves media on its own network can set `allow-private-urls: true`)";

/** Why the action will not fetch `url` at all, judged by its text before any connection. */
export function urlProblem(url: URL, label: string, policy: UrlPolicy): MediaProblem | undefined {
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return {
      rule: "url-insecure",
      message: `${label} is a ${url.protocol} URL: use an https:// URL`,
    };
  }
  if (url.protocol === "http:" && !policy.allowPrivateAddresses) {
    return {
      rule: "url-insecure",
      message: `${label} is a plain http:// URL: use an https:// URL (plain http is only allowed with \`allow-private-urls: true\`, to the runner's own network)`,
    };
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) === 0) {
    if (!policy.allowPrivateAddresses && isLoopbackHost(host))
      return privateProblem(label, "loopback");
    return undefined;
  }
  const refusal = addressRefusal(host, url.protocol, policy);
  if (refusal === undefined) return undefined;
  return refusal.reason === "private"
    ? privateProblem(label, addressRange(host))
    : plainHttpProblem(label);
}

function privateProblem(label: string, range: string): MediaProblem {
  const what = RANGE_NAMES[range] ?? "an address that is not a public internet address";
  return {
    rule: "url-private-address",
    message: `${label} points to ${what}, which is not fetched: ${PRIVATE_HINT}`,
  };
}

function plainHttpProblem(label: string): MediaProblem {
  return {
    rule: "url-insecure",
    message: `${label} is a plain http:// URL to a public address: use an https:// URL (plain http is only for the runner's own network)`,
  };
}

/**
 * The problem for a connection the dispatcher refused. It does not name the address, nor tell a
 * name that resolves to a private address from one that does not resolve: either would let a
 * pull request map the runner's network and its DNS.
 */
export function refusedConnectionProblem(
  label: string,
  error: Pick<AddressRefusedError, "reason">,
): MediaProblem {
  if (error.reason === "plain-http-public") return plainHttpProblem(label);
  return {
    rule: "url-private-address",
    message: `${label} does not lead to a public internet address: check the host name; ${PRIVATE_HINT}`,
  };
}

/** Why a redirect from `from` to `to` is not followed, or undefined when it is. */
export function redirectProblem(
  from: URL,
  to: URL,
  label: string,
  policy: UrlPolicy,
): MediaProblem | undefined {
  const target = redactUrl(to);
  if (isLoopbackUrl(from) && !isLoopbackUrl(to)) {
    // A server on this machine (a test double) must not send the action out to the network.
    return {
      rule: "url-redirect-refused",
      message: `${label} redirects from this machine to another host (${target}); such redirects are not followed`,
    };
  }
  if (
    from.protocol === "https:" &&
    to.protocol !== "https:" &&
    !(isLoopbackUrl(from) && isLoopbackUrl(to))
  ) {
    return {
      rule: "url-redirect-downgrade",
      message: `${label} redirects from https to ${to.protocol}// (${target}); such downgrades are refused: link to an https URL that stays https`,
    };
  }
  const problem = urlProblem(to, label, policy);
  return problem === undefined
    ? undefined
    : { ...problem, message: `${problem.message} (it redirects to ${target})` };
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net/tls.connect that resolves as usual and refuses every answer in which any
 * address breaks the policy (a name resolving to both a public and a private address is refused:
 * which one is used is not ours to choose).
 */
export function guardedLookup(policy: UrlPolicy, protocol: string) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses
        .map((a) => addressRefusal(a.address, protocol, policy))
        .find((r) => r !== undefined);
      if (refused !== undefined || addresses.length === 0)
        return callback(refused ?? new AddressRefusedError("private"), []);
      if (options.all === true) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

export interface DispatcherTimeouts {
  connectMs: number;
  headersMs: number;
  bodyMs: number;
}

/**
 * An undici Agent that enforces the policy on every connection it opens: an address literal is
 * judged before connecting, a host name through {@link guardedLookup}, and the socket's remote
 * address once more after connecting. Use it for every request to a URL a cloudcast names (and an
 * `.lfsconfig` endpoint). undici is imported on first use.
 */
export async function createPolicyDispatcher(
  policy: UrlPolicy,
  timeouts: DispatcherTimeouts,
): Promise<Agent> {
  const { Agent, buildConnector } = await import("undici");
  const connectorFor = (protocol: string) =>
    buildConnector({
      timeout: timeouts.connectMs,
      lookup: guardedLookup(policy, protocol),
    } as buildConnector.BuildOptions);
  const connectors: Record<string, buildConnector.connector> = {
    "https:": connectorFor("https:"),
    "http:": connectorFor("http:"),
  };
  const connect: buildConnector.connector = (options, callback) => {
    const base = connectors[options.protocol] ?? (connectors["https:"] as buildConnector.connector);
    const host = options.hostname.replace(/^\[|\]$/g, "");
    // An address literal never goes through the lookup: it is judged here.
    const early = isIP(host) === 0 ? undefined : addressRefusal(host, options.protocol, policy);
    if (early !== undefined) return callback(early, null);
    base(options, (error, socket) => {
      if (error !== null) return callback(error, null);
      const late = remoteRefusal(socket, options.protocol, policy);
      if (late === undefined) return callback(null, socket);
      socket.destroy();
      callback(late, null);
    });
  };
  return new Agent({
    connect,
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
  });
}

function remoteRefusal(
  socket: Socket,
  protocol: string,
  policy: UrlPolicy,
): AddressRefusedError | undefined {
  const remote = socket.remoteAddress;
  // A socket that is already closed has no address; the request on it fails by itself.
  return remote === undefined ? undefined : addressRefusal(remote, protocol, policy);
}

/** The refusal inside `error` (undici may wrap it), if any. */
export function findAddressRefusal(error: unknown): AddressRefusedError | undefined {
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 4; depth++) {
    if (e instanceof AddressRefusedError) return e;
    e = typeof e === "object" && e !== null && "cause" in e ? e.cause : undefined;
  }
  return undefined;
}

/**
 * A URL fit for messages and logs: no user name or password, no fragment, and the query
 * replaced by `?…` because signed download links carry their credentials there.
 */
export function redactUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return "(an invalid URL)";
  }
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search === "" ? "" : "?…"}`;
}
