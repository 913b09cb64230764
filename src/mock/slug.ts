// How the mock turns a cloudcast's name into a slug, mimicking what real clients observe of
// Mixcloud: dots and brackets dropped, letters of any script kept (lowercased), every other run of
// characters turned into "-", and a taken slug de-duplicated with "-2", "-3", …

/** A user's lists, at `/<user>/<list>/` (and named in `metadata.connections`). */
export const USER_LISTS = [
  "cloudcasts",
  "comments",
  "favorites",
  "feed",
  "followers",
  "following",
  "listens",
  "playlists",
] as const;

/** Slugs the API uses for sub-resources of a user: a cloudcast may not take them. */
const RESERVED_SLUGS: ReadonlySet<string> = new Set(USER_LISTS);

/** Used when a name has nothing a slug can keep (e.g. "..."). */
const FALLBACK_SLUG = "cloudcast";

export function slugify(name: string): string {
  const slug = name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[.()[\]{}]/gu, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  return slug === "" ? FALLBACK_SLUG : slug;
}

/**
 * Hands out unique slugs. Remembers the last suffix used per base so that preloading thousands
 * of cloudcasts with the same name stays linear.
 */
export class SlugRegistry {
  readonly #taken = new Set<string>();
  readonly #nextSuffix = new Map<string, number>();

  /** The first free slug of `base`, `base-2`, `base-3`, …, now marked as taken. */
  claim(base: string): string {
    let slug = base;
    let suffix = this.#nextSuffix.get(base) ?? 2;
    while (this.#taken.has(slug) || RESERVED_SLUGS.has(slug)) {
      slug = `${base}-${suffix}`;
      suffix += 1;
    }
    this.#nextSuffix.set(base, suffix);
    this.#taken.add(slug);
    return slug;
  }
}

/** The object key "/user/slug/": non-ASCII characters percent-encoded, as Mixcloud does. */
export function cloudcastKey(username: string, slug: string): string {
  return `${userKey(username)}${encodeURIComponent(slug)}/`;
}

export function userKey(username: string): string {
  return `/${encodeURIComponent(username)}/`;
}
