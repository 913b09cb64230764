// The read endpoints: /me/, /<user>/, /<user>/cloudcasts/, /<user>/<slug>/, and the mock's own
// web page for a cloudcast (which the API's answers never point at: their `url`s are Mixcloud's).
import { viewer } from "./app.js";
import type { MockApp, RequestContext } from "./app.js";
import { listingPage, listingQuery } from "./listing.js";
import { apiError, escapeHtml, htmlReply, jsonReply, notFound } from "./replies.js";
import type { Reply } from "./replies.js";
import { renderCloudcast, renderCloudcastSummary, renderUser, withConnections } from "./render.js";

export function me(app: MockApp, ctx: RequestContext): Reply {
  const who = viewer(app, ctx, true);
  if ("reply" in who) return who.reply;
  return jsonReply(200, withMetadata(app, ctx, renderUser(app.account, true)));
}

export function user(app: MockApp, ctx: RequestContext, username: string): Reply {
  const who = viewer(app, ctx, false);
  if ("reply" in who) return who.reply;
  if (username !== app.account.username) return unknownUser(username);
  return jsonReply(200, withMetadata(app, ctx, renderUser(app.account, who.owner)));
}

/** Newest first: summaries (no description, no sections), with absolute paging links. */
export function cloudcasts(app: MockApp, ctx: RequestContext, username: string): Reply {
  const who = viewer(app, ctx, false);
  if ("reply" in who) return who.reply;
  if (username !== app.account.username) return unknownUser(username);
  const query = listingQuery(ctx.query);
  // What the API answers to a malformed since/until is unknown; a 400 tells a client at once.
  if ("problem" in query) return apiError(400, "InvalidParameterException", query.problem);
  const pageUrl = (params: Array<[string, string]>) =>
    `${app.site.apiUrl}${ctx.pathname}?${new URLSearchParams(params).toString()}`;
  const { items, paging } = listingPage(app.account.listed(who.owner), query, pageUrl);
  return jsonReply(200, {
    data: items.map((cloudcast) => renderCloudcastSummary(cloudcast, app.account)),
    paging,
    name: `${app.account.username}'s Cloudcasts`,
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
  return jsonReply(200, withMetadata(app, ctx, renderCloudcast(found, app.account)));
}

/**
 * A page for a cloudcast on the mock itself (`/web/<user>/<slug>/`), for the demo and for people
 * trying the mock in a browser. The API never links to it: a cloudcast's `url` is Mixcloud's.
 */
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

/** `?metadata=1` adds `metadata.connections`, the URLs of the object's lists. */
function withMetadata<T extends { key: string; type: string }>(
  app: MockApp,
  ctx: RequestContext,
  object: T,
): T | ReturnType<typeof withConnections<T>> {
  return ctx.query.get("metadata") === "1" ? withConnections(object, app.site) : object;
}
