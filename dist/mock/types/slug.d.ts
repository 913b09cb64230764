/** A user's lists, at `/<user>/<list>/` (and named in `metadata.connections`). */
export declare const USER_LISTS: readonly ["cloudcasts", "comments", "favorites", "feed", "followers", "following", "listens", "playlists"];
export declare function slugify(name: string): string;
/**
 * Hands out unique slugs. Remembers the last suffix used per base so that preloading thousands
 * of cloudcasts with the same name stays linear.
 */
export declare class SlugRegistry {
    #private;
    /** The first free slug of `base`, `base-2`, `base-3`, …, now marked as taken. */
    claim(base: string): string;
}
/** The object key "/user/slug/": non-ASCII characters percent-encoded, as Mixcloud does. */
export declare function cloudcastKey(username: string, slug: string): string;
export declare function userKey(username: string): string;
