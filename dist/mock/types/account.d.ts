import type { MockCloudcastInput, StoredCloudcast } from "./types.js";
/** What an upload (or a preload entry) sets on a new cloudcast. */
export type NewCloudcast = Omit<StoredCloudcast, "key" | "slug" | "created_time" | "updated_time">;
/** The one account the mock serves, and the cloudcasts it holds. */
export declare class Account {
    #private;
    readonly username: string;
    readonly isPro: boolean;
    readonly cloudcasts: StoredCloudcast[];
    readonly createdTime: string;
    /**
     * @param cloudcasts the live list exposed as `state.cloudcasts` (oldest first)
     * @param createdTime when the account was made, "YYYY-MM-DDTHH:MM:SSZ"
     */
    constructor(username: string, isPro: boolean, cloudcasts: StoredCloudcast[], createdTime: string);
    /** Stores a new cloudcast under a fresh slug (`preferredSlug` when free, else from its name). */
    add(fields: NewCloudcast, times: {
        created: string;
        updated: string;
    }, preferredSlug?: string): StoredCloudcast;
    find(slug: string): StoredCloudcast | undefined;
    /** How many cloudcasts a viewer sees (unlisted ones only with the owner's token). */
    count(owner: boolean): number;
    /** The cloudcasts a viewer sees, oldest first. */
    visible(owner: boolean): StoredCloudcast[];
    /**
     * The cloudcasts a viewer finds in the account's listing, oldest first: those it sees, less
     * those whose listing still lags (`listing-lag`).
     */
    listed(owner: boolean, now?: number): StoredCloudcast[];
    /** Leaves a cloudcast out of the listing for `ms` from now. */
    listLater(key: string, ms: number): void;
    /**
     * The creation time of a cloudcast made at `now`. Mixcloud dates by the whole second and pages
     * listings by those dates (`until=`), and how it splits cloudcasts of the same second between
     * two pages is unknown; so the mock never gives two uploads the same second: one that comes in
     * the second of the newest is dated a second after it.
     */
    creationTime(now: Date): string;
}
/** Adds the preloaded cloudcasts, dated one minute apart and ending a minute before `now`. */
export declare function preload(account: Account, spec: number | Array<Partial<MockCloudcastInput>>, now: Date): void;
/** The account was made a minute before the first of its preloaded cloudcasts. */
export declare function accountCreationTime(spec: number | unknown[], now: Date): string;
/** Mixcloud's timestamp form: "YYYY-MM-DDTHH:MM:SSZ" (UTC, no milliseconds). */
export declare function timestamp(date: Date): string;
