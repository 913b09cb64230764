import type { MockApp, RequestContext } from "./app.js";
import type { Reply } from "./replies.js";
export declare function me(app: MockApp, ctx: RequestContext): Reply;
export declare function user(app: MockApp, ctx: RequestContext, username: string): Reply;
/** Newest first, `limit` (default 20, at most 100) from `offset`, with absolute paging links. */
export declare function cloudcasts(app: MockApp, ctx: RequestContext, username: string): Reply;
export declare function cloudcast(app: MockApp, ctx: RequestContext, username: string, slug: string): Reply;
/** The page a cloudcast's `url` points at, so that links the mock hands out lead somewhere. */
export declare function webPage(app: MockApp, username: string, slug: string): Reply;
