// The read endpoints: /me/, /<user>/, /<user>/cloudcasts/, /<user>/<slug>/, and the web page
// behind a cloudcast's `url`.
import { viewer } from "./app.js";
import type { MockApp, RequestContext } from "./app.js";
import { escapeHtml, htmlReply, jsonReply, notFound } from "./replies.js";
import type { Reply } from "./replies.js";
import { renderCloudcast, renderUser } from "./render.js";

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export function me(app: MockApp, ctx: RequestContext): Reply {
  const who = viewer(app, ctx, true);
  if ("reply" in who) return who.reply;
  return jsonReply(200, renderUser(app.account, app.site, true));
}

export function user(app: MockApp, ctx: RequestContext, username: string): Reply {
  const who = viewer(app, ctx, false);
  if ("reply" in who) return who.reply;
  if (username !== app.account.username) return unknownUser(username);
  return jsonReply(200, renderUser(app.account, app.site, who.owner));
}

/** Newest first, `limit` (default 20, at most 100) from `offset`, with absolute paging links. */
export function cloudcasts(app: MockApp, ctx: RequestContext, username: string): Reply {
  const who = viewer(app, ctx, false);
  if ("reply" in who) return who.reply;
  if (username !== app.account.username) return unknownUser(username);
  // A limit of 0 would give a `next` link pointing at the same page: treat it as no limit given.
  const limit = Math.min(wholeNumber(ctx.query.get("limit")) || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const offset = wholeNumber(ctx.query.get("offset")) ?? 0;
  const { items, total } = app.account.page(who.owner, offset, limit);
  const pageUrl = (at: number) => `${app.site.apiUrl}${ctx.pathname}?limit=${limit}&offset=${at}`;
  const paging: { next?: string; previous?: string } = {};
  if (offset + limit < total) paging.next = pageUrl(offset + limit);
  if (offset > 0) paging.previous = pageUrl(Math.max(offset - limit, 0));
  return jsonReply(200, {
    data: items.map((cloudcast) => renderCloudcast(cloudcast, app.account, app.site)),
    paging,
  });
}

export function cloudcast(
  app: MockApp,
  ctx: RequestContext,
  username: string,
  slug: string,
): Reply {
  const who = viewer(app, ctx, false);
  if ("reply" in who) return who.reply;
  const found = username === app.account.username ? app.account.find(slug) : undefined;
  if (!found || (found.unlisted && !who.owner))
    return notFound(`No cloudcast at /${username}/${slug}/.`);
  return jsonReply(200, renderCloudcast(found, app.account, app.site));
}

/** The page a cloudcast's `url` points at, so that links the mock hands out lead somewhere. */
export function webPage(app: MockApp, username: string, slug: string): Reply {
  const found = username === app.account.username ? app.account.find(slug) : undefined;
  if (!found) return notFound(`No cloudcast at /${username}/${slug}/.`);
  const name = escapeHtml(found.name);
  return htmlReply(
    200,
    `<!doctype html>\n<html><head><meta charset="utf-8"><title>${name}</title></head>` +
      `<body><h1>${name}</h1><p>by ${escapeHtml(username)}, on the mock Mixcloud</p></body></html>\n`,
  );
}

function unknownUser(username: string): Reply {
  return notFound(`No user named "${username}".`);
}

/** A whole number ≥ 0 from a query value; anything else is left to the default. */
function wholeNumber(text: string | null): number | undefined {
  if (text === null || !/^\d+$/u.test(text)) return undefined;
  return Number(text);
}
