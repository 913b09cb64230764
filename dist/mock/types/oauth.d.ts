import type { IncomingMessage } from "node:http";
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
export declare class OAuthCodes {
    #private;
    issue(grant: Grant): string;
    redeem(code: string, grant: Grant): boolean;
}
/** GET /oauth/authorize?client_id=&redirect_uri= → 302 to redirect_uri?code=CODE. */
export declare function authorize(client: OAuthClient, codes: OAuthCodes, query: URLSearchParams): Reply;
/**
 * The parameters of an `access_token` request: the query of a GET (as Mixcloud documents it), or
 * the url-encoded form of a POST (as other OAuth libraries send them), its fields over the query's.
 */
export declare function exchangeParams(req: IncomingMessage, method: string, query: URLSearchParams): Promise<URLSearchParams | {
    problem: string;
}>;
/** GET or POST /oauth/access_token with client_id, redirect_uri, client_secret, code → {"access_token"}. */
export declare function exchangeCode(client: OAuthClient, codes: OAuthCodes, query: URLSearchParams): Reply;
export declare function oauthError(message: string): Reply;
export {};
