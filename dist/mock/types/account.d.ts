import type { MockCloudcastInput, StoredCloudcast } from "./types.js";
/** What an upload (or a preload entry) sets on a new cloudcast. */
export type NewCloudcast = Omit<StoredCloudcast, "key" | "slug" | "created_time" | "updated_time">;
/** The one account the mock serves, and the cloudcasts it holds. */
export declare class Account {
    #private;
    readonly username: string;
    readonly isPro: boolean;
    readonly cloudcasts: StoredCloudcast[];
    /** @param cloudcasts the live list exposed as `state.cloudcasts` (oldest first) */
    constructor(username: string, isPro: boolean, cloudcasts: StoredCloudcast[]);
    /** Stores a new cloudcast under a fresh slug (`preferredSlug` when free, else from its name). */
    add(fields: NewCloudcast, times: {
        created: string;
        updated: string;
    }, preferredSlug?: string): StoredCloudcast;
    find(slug: string): StoredCloudcast | undefined;
    /** How many cloudcasts a viewer sees (unlisted ones only with the owner's token). */
    count(owner: boolean): number;
    /** One page of the cloudcasts a viewer sees, newest first, and how many there are in all. */
    page(owner: boolean, offset: number, limit: number): {
        items: StoredCloudcast[];
        total: number;
    };
}
/** Adds the preloaded cloudcasts, dated one minute apart and ending a minute before `now`. */
export declare function preload(account: Account, spec: number | Array<Partial<MockCloudcastInput>>, now: Date): void;
/** Mixcloud's timestamp form: "YYYY-MM-DDTHH:MM:SSZ" (UTC, no milliseconds). */
export declare function timestamp(date: Date): string;
