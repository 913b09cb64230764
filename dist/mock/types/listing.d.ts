import type { StoredCloudcast } from "./types.js";
export interface ListingQuery {
    limit: number;
    offset?: number;
    /** Epoch milliseconds: only cloudcasts created after it. */
    since?: number;
    /** Epoch milliseconds: only cloudcasts created before it. */
    until?: number;
}
export interface ListingPage {
    items: StoredCloudcast[];
    paging: {
        next?: string;
        previous?: string;
    };
}
/** The query of a listing request, or the problem with it (a bad `since` or `until`). */
export declare function listingQuery(query: URLSearchParams): ListingQuery | {
    problem: string;
};
/**
 * One page of `visible` (oldest first), newest first. `pageUrl` turns the parameters of a link
 * into its absolute URL.
 */
export declare function listingPage(visible: StoredCloudcast[], query: ListingQuery, pageUrl: (params: Array<[string, string]>) => string): ListingPage;
