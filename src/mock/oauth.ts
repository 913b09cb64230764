// Mixcloud's OAuth flow (MIXCLOUD_API.md, "OAuth"), approving every authorization at once: the
// mock has no login page, so `authorize` redirects straight back with a code.
import { randomBytes } from "node:crypto";
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

/** GET /oauth/access_token?client_id=&redirect_uri=&client_secret=&code= → {"access_token"}. */
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
  return jsonReply(200, { access_token: client.accessToken });
}

function parseRedirect(uri: string): URL | null {
  try {
    const url = new URL(uri);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function oauthError(message: string): Reply {
  return jsonReply(400, { error: message });
}
