import type { MockApp, RequestContext } from "./app.js";
import type { Reply } from "./replies.js";
export declare function dispatch(app: MockApp, ctx: RequestContext): Promise<Reply>;
