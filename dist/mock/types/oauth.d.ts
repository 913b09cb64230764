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
/** GET /oauth/access_token?client_id=&redirect_uri=&client_secret=&code= → {"access_token"}. */
export declare function exchangeCode(client: OAuthClient, codes: OAuthCodes, query: URLSearchParams): Reply;
export {};
