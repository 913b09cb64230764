// Which handler answers a request: the API's paths, its trailing-slash redirects, 404s and 405s.
import type { MockApp, RequestContext } from "./app.js";
import { authorize, exchangeCode, exchangeParams, oauthError } from "./oauth.js";
import { cloudcast, cloudcasts, me, user, webPage } from "./read-routes.js";
import { methodNotAllowed, notFound, redirectReply } from "./replies.js";
import type { Reply } from "./replies.js";
import { edit, upload } from "./upload-routes.js";

interface Route {
  /** Methods the route answers (HEAD is served as GET). */
  allow: readonly string[];
  run: (app: MockApp, ctx: RequestContext) => Reply | Promise<Reply>;
  /** Mixcloud documents the OAuth endpoints without a trailing slash: they are not redirected. */
  slashOptional?: boolean;
}

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST"]);
const GET = ["GET"] as const;
const POST = ["POST"] as const;
const GET_OR_POST = ["GET", "POST"] as const;

export async function dispatch(app: MockApp, ctx: RequestContext): Promise<Reply> {
  const segments = ctx.pathname.startsWith("/") ? pathSegments(ctx.pathname) : null;
  const route = segments === null ? undefined : findRoute(segments);
  if (!KNOWN_METHODS.has(ctx.method)) {
    return methodNotAllowed(ctx.method, ctx.pathname, route?.allow ?? ["GET", "POST"]);
  }
  if (!ctx.pathname.startsWith("/")) return notFound(`Nothing at ${ctx.pathname}.`);
  if (!ctx.pathname.endsWith("/") && !route?.slashOptional) {
    // Like the API, a missing trailing slash is a permanent redirect, query included.
    return redirectReply(301, `${ctx.pathname}/${ctx.rawQuery === "" ? "" : `?${ctx.rawQuery}`}`);
  }
  if (!route) return notFound(`Nothing at ${ctx.pathname}.`);
  const method = ctx.method === "HEAD" ? "GET" : ctx.method;
  if (!route.allow.includes(method)) return methodNotAllowed(ctx.method, ctx.pathname, route.allow);
  return route.run(app, ctx);
}

function findRoute(segments: string[]): Route | undefined {
  const [first, second, third, fourth] = segments;
  if (first === undefined) return undefined;
  switch (segments.length) {
    case 1:
      if (first === "me") return { allow: GET, run: me };
      if (first === "upload") return { allow: POST, run: upload };
      return { allow: GET, run: (app, ctx) => user(app, ctx, first) };
    case 2:
      if (second === undefined) return undefined;
      if (first === "oauth" && second === "authorize") {
        return {
          allow: GET,
          run: (app, ctx) => authorize(app.oauth, app.codes, ctx.query),
          slashOptional: true,
        };
      }
      if (first === "oauth" && second === "access_token") {
        return { allow: GET_OR_POST, run: accessToken, slashOptional: true };
      }
      if (second === "cloudcasts")
        return { allow: GET, run: (app, ctx) => cloudcasts(app, ctx, first) };
      return { allow: GET, run: (app, ctx) => cloudcast(app, ctx, first, second) };
    case 3:
      if (first !== "web" || second === undefined || third === undefined) return undefined;
      return { allow: GET, run: (app) => webPage(app, second, third) };
    case 4:
      if (first !== "upload" || fourth !== "edit" || second === undefined || third === undefined)
        return undefined;
      return { allow: POST, run: (app, ctx) => edit(app, ctx, second, third) };
    default:
      return undefined;
  }
}

async function accessToken(app: MockApp, ctx: RequestContext): Promise<Reply> {
  const params = await exchangeParams(ctx.req, ctx.method, ctx.query);
  if ("problem" in params) return oauthError(params.problem);
  return exchangeCode(app.oauth, app.codes, params);
}

/** "/a/b%C3%A9/" → ["a", "bé"]; null for a path the API could not have (empty or bad segments). */
function pathSegments(pathname: string): string[] | null {
  const raw = pathname.slice(1).replace(/\/$/u, "").split("/");
  const segments = raw.map(decodeSegment);
  return segments.every((segment): segment is string => segment !== null && segment !== "")
    ? segments
    : null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
