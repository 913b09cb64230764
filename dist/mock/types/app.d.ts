import type { IncomingMessage } from "node:http";
import type { Account } from "./account.js";
import type { FormRules } from "./form.js";
import type { OAuthClient, OAuthCodes } from "./oauth.js";
import type { Reply } from "./replies.js";
import type { Site } from "./render.js";
import type { MockState } from "./types.js";
export interface MockApp {
    account: Account;
    state: MockState;
    site: Site;
    /** The one valid access token. */
    token: string;
    oauth: OAuthClient;
    codes: OAuthCodes;
    rules: FormRules;
}
export interface RequestContext {
    req: IncomingMessage;
    /** Upper-case; HEAD is served as GET. */
    method: string;
    /** The path as sent (percent-encoded), without the query. */
    pathname: string;
    query: URLSearchParams;
    /** The query as sent, without "?" ("" when there is none). */
    rawQuery: string;
    /** Waited for once a form is read and checked, before what it changes is stored (`slow-store`). */
    beforeStore?: () => Promise<void>;
    /** How long a cloudcast this request stores stays out of the account's listing (`listing-lag`). */
    listingLagMs?: number;
}
/** Who is asking: the owner (valid token), anyone (no token), or a 401 to send back. */
export type Viewer = {
    owner: boolean;
} | {
    reply: Reply;
};
/**
 * Checks the `access_token` query parameter. A wrong token is refused everywhere; a missing one
 * only where the resource needs it (`required`).
 */
export declare function viewer(app: MockApp, ctx: RequestContext, required: boolean): Viewer;
