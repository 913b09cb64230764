import type { Account } from "./account.js";
import type { StoredCloudcast } from "./types.js";
/** Where the mock lives: absolute URLs in answers are built from these. */
export interface Site {
    apiUrl: string;
    webUrl: string;
}
export declare function renderUser(account: Account, site: Site, owner: boolean): {
    is_pro: boolean;
    cloudcast_count: number;
    pictures: {};
    username: string;
    key: string;
    url: string;
    name: string;
};
export declare function renderCloudcast(cloudcast: StoredCloudcast, account: Account, site: Site): {
    key: string;
    url: string;
    slug: string;
    name: string;
    description: string;
    tags: {
        key: string;
        url: string;
        name: string;
    }[];
    sections: ({
        start_time: number;
        section_type: string;
        chapter: string;
        track?: undefined;
    } | {
        start_time: number;
        section_type: string;
        track: {
            name: string;
            artist: {
                name: string;
            };
        };
        chapter?: undefined;
    })[];
    pictures: {};
    created_time: string;
    updated_time: string;
    audio_length: number;
    user: {
        username: string;
        key: string;
        url: string;
        name: string;
    };
};
