import type { Account } from "./account.js";
import type { StoredCloudcast } from "./types.js";
/** Where every object's `url` points, as on the real API (a key is the path from the first `/`). */
export declare const MIXCLOUD_SITE = "https://www.mixcloud.com";
/** Where the mock's API lives: `metadata.connections` point at it, so that they can be followed. */
export interface Site {
    apiUrl: string;
}
/** The user object of `/me/` and `/<user>/`. */
export declare function renderUser(account: Account, owner: boolean): {
    biog: string;
    city: string;
    country: string;
    created_time: string;
    updated_time: string;
    cloudcast_count: number;
    favorite_count: number;
    follower_count: number;
    following_count: number;
    listen_count: number;
    is_pro: boolean;
    is_premium: boolean;
    key: string;
    url: string;
    name: string;
    username: string;
    pictures: Record<string, string>;
    type: string;
};
/** A listing item: the summary real listings hold, without `description` and `sections`. */
export declare function renderCloudcastSummary(cloudcast: StoredCloudcast, account: Account): {
    key: string;
    url: string;
    name: string;
    slug: string;
    tags: {
        key: string;
        url: string;
        name: string;
        type: string;
    }[];
    user: {
        key: string;
        url: string;
        name: string;
        username: string;
        pictures: Record<string, string>;
        type: string;
    };
    pictures: Record<string, string>;
    created_time: string;
    updated_time: string;
    audio_length: number;
    play_count: number;
    favorite_count: number;
    listener_count: number;
    repost_count: number;
    comment_count: number;
    type: string;
};
/** The cloudcast itself (`/<user>/<slug>/`): the summary, its description and its sections. */
export declare function renderCloudcast(cloudcast: StoredCloudcast, account: Account): {
    description: string;
    sections: ({
        section_type: string;
        chapter: string;
        position: number;
        start_time: number;
    } | {
        section_type: string;
        track: {
            name: string;
            slug: string;
            key: string;
            url: string;
            artist: {
                name: string;
                slug: string;
                key: string;
                url: string;
                type: string;
            };
            type: string;
        };
        position: number;
        start_time: number;
    })[];
    key: string;
    url: string;
    name: string;
    slug: string;
    tags: {
        key: string;
        url: string;
        name: string;
        type: string;
    }[];
    user: {
        key: string;
        url: string;
        name: string;
        username: string;
        pictures: Record<string, string>;
        type: string;
    };
    pictures: Record<string, string>;
    created_time: string;
    updated_time: string;
    audio_length: number;
    play_count: number;
    favorite_count: number;
    listener_count: number;
    repost_count: number;
    comment_count: number;
    type: string;
};
/** `object` with `metadata.connections`: the API URLs of its lists under `key`. */
export declare function withConnections<T extends {
    key: string;
    type: string;
}>(object: T, site: Site): T & {
    metadata: {
        connections: {
            [k: string]: string;
        };
    };
};
