export interface Reply {
    status: number;
    headers: Record<string, string>;
    body: string;
}
/** Field name → messages, as in Mixcloud's `details`; "__all__" holds errors of the whole form. */
export type Details = Record<string, string[]>;
/** Mixcloud serves JSON as text/javascript (clients must parse by body, not by type). */
export declare const JSON_CONTENT_TYPE = "text/javascript; charset=utf-8";
export declare function jsonReply(status: number, value: unknown, headers?: Record<string, string>): Reply;
export declare function htmlReply(status: number, html: string): Reply;
export declare function redirectReply(status: 301 | 302, location: string): Reply;
/** `{"error": {"type", "message", …extra}}`, Mixcloud's error shape. */
export declare function apiError(status: number, type: string, message: string, extra?: object): Reply;
export declare function notFound(message: string): Reply;
export declare function methodNotAllowed(method: string, path: string, allowed: readonly string[]): Reply;
export declare function validationFailed(details: Details): Reply;
export declare function rateLimited(retryAfter: number): Reply;
/** What a gateway in front of the API answers when it fails: HTML, never JSON. */
export declare function gatewayError(status: number): Reply;
export declare function escapeHtml(text: string): string;
