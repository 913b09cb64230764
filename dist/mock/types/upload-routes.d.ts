import type { MockApp, RequestContext } from "./app.js";
import type { Reply } from "./replies.js";
export declare function upload(app: MockApp, ctx: RequestContext): Promise<Reply>;
export declare function edit(app: MockApp, ctx: RequestContext, username: string, slug: string): Promise<Reply>;
