// Mixcloud's OAuth flow (MIXCLOUD_API.md, "OAuth"), approving every authorization at once: the
// mock has no login page, so `authorize` redirects straight back with a code.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { jsonReply, redirectReply } from "./replies.js";
import type { Reply } from "./replies.js";

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** What a successful exchange hands out: the mock's access token. */
  accessToken: string;
}

interface Grant {
  clientId: string;
  redirectUri: string;
}

/** Codes handed out by `authorize`, each good for one exchange with the same redirect_uri. */
export class OAuthCodes {
  readonly #grants = new Map<string, Grant>();

  issue(grant: Grant): string {
    const code = randomBytes(16).toString("hex");
    this.#grants.set(code, grant);
    return code;
  }

  redeem(code: string, grant: Grant): boolean {
    const issued = this.#grants.get(code);
    if (!issued || issued.clientId !== grant.clientId || issued.redirectUri !== grant.redirectUri)
      return false;
    this.#grants.delete(code);
    return true;
  }
}

/** GET /oauth/authorize?client_id=&redirect_uri= → 302 to redirect_uri?code=CODE. */
export function authorize(client: OAuthClient, codes: OAuthCodes, query: URLSearchParams): Reply {
  const clientId = query.get("client_id");
  const redirectUri = query.get("redirect_uri");
  if (clientId !== client.clientId)
    return oauthError("Unknown client_id: check the application's client id.");
  const target = redirectUri === null ? null : parseRedirect(redirectUri);
  if (redirectUri === null || target === null) {
    return oauthError("redirect_uri is missing or is not an absolute http(s) URL.");
  }
  target.searchParams.set("code", codes.issue({ clientId, redirectUri }));
  return redirectReply(302, target.toString());
}

/** A form body larger than this is no OAuth request. */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * The parameters of an `access_token` request: the query of a GET (as Mixcloud documents it), or
 * the url-encoded form of a POST (as other OAuth libraries send them), its fields over the query's.
 */
export async function exchangeParams(
  req: IncomingMessage,
  method: string,
  query: URLSearchParams,
): Promise<URLSearchParams | { problem: string }> {
  if (method !== "POST") return query;
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return { problem: "Send the parameters as application/x-www-form-urlencoded, or by GET." };
  }
  const body = await readSmallBody(req);
  if (body === undefined) return { problem: `The form is larger than ${MAX_FORM_BYTES} bytes.` };
  const params = new URLSearchParams(query);
  for (const [name, value] of new URLSearchParams(body)) params.set(name, value);
  return params;
}

/** GET or POST /oauth/access_token with client_id, redirect_uri, client_secret, code → {"access_token"}. */
export function exchangeCode(
  client: OAuthClient,
  codes: OAuthCodes,
  query: URLSearchParams,
): Reply {
  const clientId = query.get("client_id") ?? "";
  const redirectUri = query.get("redirect_uri") ?? "";
  if (clientId !== client.clientId || query.get("client_secret") !== client.clientSecret) {
    return oauthError("Invalid client_id or client_secret.");
  }
  if (!codes.redeem(query.get("code") ?? "", { clientId, redirectUri })) {
    return oauthError(
      "Invalid code: it is unknown, already used, or was issued for another redirect_uri.",
    );
  }
  return oauthJson(200, { access_token: client.accessToken });
}

function parseRedirect(uri: string): URL | null {
  try {
    const url = new URL(uri);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export function oauthError(message: string): Reply {
  return oauthJson(400, { error: message });
}

/**
 * The one answer Mixcloud serves as `application/json` (every other is `text/javascript`): a
 * client that checks the type on this call works against the real service.
 */
function oauthJson(status: number, value: unknown): Reply {
  return jsonReply(status, value, { "Content-Type": "application/json" });
}

/** The whole body as text, or undefined once it grows past MAX_FORM_BYTES. */
function readSmallBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    req.once("end", () =>
      resolve(size > MAX_FORM_BYTES ? undefined : Buffer.concat(chunks).toString("utf8")),
    );
    req.once("close", () => resolve(undefined));
  });
}
