import type { MockApp, RequestContext } from "./app.js";
import type { Reply } from "./replies.js";
export declare function me(app: MockApp, ctx: RequestContext): Reply;
export declare function user(app: MockApp, ctx: RequestContext, username: string): Reply;
/** Newest first: summaries (no description, no sections), with absolute paging links. */
export declare function cloudcasts(app: MockApp, ctx: RequestContext, username: string): Reply;
export declare function cloudcast(app: MockApp, ctx: RequestContext, username: string, slug: string): Reply;
/**
 * A page for a cloudcast on the mock itself (`/web/<user>/<slug>/`), for the demo and for people
 * trying the mock in a browser. The API never links to it: a cloudcast's `url` is Mixcloud's.
 */
export declare function webPage(app: MockApp, username: string, slug: string): Reply;
