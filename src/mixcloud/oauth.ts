/**
 * Mixcloud's OAuth flow (MIXCLOUD_API.md § OAuth): send the user to authorizeUrl(), receive
 * `?code=` on the redirect URI, trade the code for a token with exchangeToken(). There are no
 * refresh tokens. The client secret and the code are secrets too: they never reach a message.
 */
import { Agent, request } from "undici";
import { DEFAULT_OAUTH_URL } from "../constants.js";
import { errorFromAnswer, summariseBody, type Answer } from "./answer-errors.js";
import { AuthError, MixcloudError } from "./errors.js";
import { classifyFailure } from "./failures.js";
import { redactUrl } from "./redact.js";
import { DEFAULT_TIMEOUTS, type Timeouts } from "./transport.js";

export interface AuthorizeOptions {
  /** Default https://www.mixcloud.com/oauth (without a trailing slash). */
  oauthUrl?: string;
  clientId: string;
  redirectUri: string;
}

export interface ExchangeOptions extends AuthorizeOptions {
  clientSecret: string;
  code: string;
  timeouts?: Partial<Timeouts>;
}

/** Same-origin redirects followed (a server may add the trailing slash, as the API does). */
const MAX_REDIRECTS = 3;

/** The page to send the user to, to grant this application access. */
export function authorizeUrl(options: AuthorizeOptions): string {
  return oauthEndpoint(options.oauthUrl, "authorize", {
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
  });
}

/**
 * Trades an authorization code for an access token. Tried once: a code can be used only once, so
 * a retry after a lost answer would fail anyway. Accepts `{"access_token": …}` and the
 * query-string form `access_token=…` the docs once showed; `{"error": …}` is an AuthError.
 */
export async function exchangeToken(options: ExchangeOptions): Promise<string> {
  const secrets = [options.clientSecret, options.code];
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  let url = oauthEndpoint(options.oauthUrl, "access_token", {
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    client_secret: options.clientSecret,
    code: options.code,
  });
  const what = `GET ${redactUrl(new URL(url).pathname)}`;
  const agent = new Agent({
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
  });
  try {
    for (let redirects = 0; ; redirects++) {
      const answer = await fetchAnswer(agent, url, { what, secrets, timeouts });
      const location = redirectTarget(answer, url);
      if (location === undefined || redirects >= MAX_REDIRECTS)
        return tokenFrom(answer, { what, secrets });
      url = location;
    }
  } finally {
    await agent.close();
  }
}

function oauthEndpoint(
  oauthUrl: string | undefined,
  name: string,
  params: Record<string, string>,
): string {
  const url = new URL(`${(oauthUrl ?? DEFAULT_OAUTH_URL).replace(/\/+$/, "")}/${name}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

interface Context {
  what: string;
  secrets: readonly string[];
  timeouts: Timeouts;
}

async function fetchAnswer(agent: Agent, url: string, context: Context): Promise<Answer> {
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: "GET",
      headers: { accept: "application/json" },
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: await response.body.text(),
    };
  } catch (error) {
    throw classifyFailure(error, { ...context, idempotent: true, bodyFullySent: true });
  }
}

/** A same-origin redirect's absolute target; a redirect elsewhere is not followed (it would carry the secret). */
function redirectTarget(answer: Answer, from: string): string | undefined {
  const location = answer.headers["location"];
  if (![301, 302, 307, 308].includes(answer.status) || typeof location !== "string")
    return undefined;
  const target = new URL(location, from);
  return target.origin === new URL(from).origin ? target.toString() : undefined;
}

function tokenFrom(answer: Answer, context: Omit<Context, "timeouts">): string {
  const body = answer.body.trim();
  const json = parseObject(body);
  if (
    json !== undefined &&
    typeof json["access_token"] === "string" &&
    json["access_token"] !== ""
  ) {
    return json["access_token"];
  }
  if (json !== undefined && json["error"] !== undefined) throw refused(answer, context);
  const fromQuery = json === undefined ? new URLSearchParams(body).get("access_token") : null;
  if (answer.status >= 200 && answer.status < 300 && fromQuery !== null && fromQuery !== "")
    return fromQuery;
  if (answer.status >= 500 || answer.status === 429) throw errorFromAnswer(answer, context);
  if (answer.status >= 400) throw refused(answer, context);
  throw new MixcloudError(
    `${context.what}: Mixcloud's answer (${answer.status}) holds no access_token: check the oauth URL and try again`,
    { status: answer.status },
  );
}

function refused(answer: Answer, context: Omit<Context, "timeouts">): AuthError {
  const said = summariseBody(answer.body, context.secrets).text;
  return new AuthError(
    `${context.what}: Mixcloud refused to issue a token (${answer.status}: ${said || "no reason given"}): ` +
      `check the client id, client secret and redirect URI, and authorize again (a code can be used only once)`,
    { status: answer.status },
  );
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
