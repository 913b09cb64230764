// The JSON shapes of the API's read endpoints, as captured answers of api.mixcloud.com show them
// (MIXCLOUD_API.md, "Shapes of real answers"): every object has its `type`, every `url` is the
// page on www.mixcloud.com whatever host answered, listings hold summaries without `description`
// and `sections`, and `?metadata=1` adds the URLs of an object's lists.
import { createHash } from "node:crypto";
import type { Account } from "./account.js";
import { USER_LISTS, slugify, userKey } from "./slug.js";
import type { StoredCloudcast, StoredSection } from "./types.js";

/** Where every object's `url` points, as on the real API (a key is the path from the first `/`). */
export const MIXCLOUD_SITE = "https://www.mixcloud.com";

/** Mixcloud serves every picture size from its thumbnailer. */
const THUMBNAILER = "https://thumbnailer.mixcloud.com/unsafe";

/** The named sizes of `pictures`, in the order the API lists them; users lack the last two. */
const PICTURE_SIZES: ReadonlyArray<readonly [name: string, pixels: number]> = [
  ["small", 25],
  ["thumbnail", 50],
  ["medium_mobile", 80],
  ["medium", 100],
  ["large", 300],
  ["320wx320h", 320],
  ["extra_large", 600],
  ["640wx640h", 640],
  ["768wx768h", 768],
  ["1024wx1024h", 1024],
];
const USER_PICTURE_SIZES = PICTURE_SIZES.slice(0, -2);

/** The lists `metadata.connections` names for a cloudcast (a user's are USER_LISTS). */
const CLOUDCAST_CONNECTIONS = ["comments", "favorites", "listeners", "similar"];

/** Where the mock's API lives: `metadata.connections` point at it, so that they can be followed. */
export interface Site {
  apiUrl: string;
}

/** The mock knows sizes, not durations: it assumes 128 kbit/s audio (16000 bytes a second). */
const BYTES_PER_SECOND = 16_000;

/** The user object of `/me/` and `/<user>/`. */
export function renderUser(account: Account, owner: boolean) {
  return {
    ...userSummary(account),
    biog: "",
    city: "",
    country: "",
    created_time: account.createdTime,
    updated_time: account.createdTime,
    cloudcast_count: account.count(owner),
    favorite_count: 0,
    follower_count: 0,
    following_count: 0,
    listen_count: 0,
    is_pro: account.isPro,
    is_premium: false,
  };
}

/** A listing item: the summary real listings hold, without `description` and `sections`. */
export function renderCloudcastSummary(cloudcast: StoredCloudcast, account: Account) {
  return {
    key: cloudcast.key,
    url: MIXCLOUD_SITE + cloudcast.key,
    name: cloudcast.name,
    slug: cloudcast.slug,
    tags: cloudcast.tags.map(renderTag),
    user: userSummary(account),
    // What Mixcloud shows for a cloudcast without a picture of its own is unknown: the mock
    // gives no sizes at all, so a client that counts on a picture fails in tests, not in use.
    pictures: cloudcast.picture ? pictures(`extaudio/${hashPath(cloudcast.picture.sha256)}`) : {},
    created_time: cloudcast.created_time,
    updated_time: cloudcast.updated_time,
    audio_length: cloudcast.audio ? Math.round(cloudcast.audio.size / BYTES_PER_SECOND) : 0,
    play_count: 0,
    favorite_count: 0,
    listener_count: 0,
    repost_count: 0,
    comment_count: 0,
    type: "cloudcast",
  };
}

/** The cloudcast itself (`/<user>/<slug>/`): the summary, its description and its sections. */
export function renderCloudcast(cloudcast: StoredCloudcast, account: Account) {
  return {
    ...renderCloudcastSummary(cloudcast, account),
    description: cloudcast.description,
    sections: cloudcast.sections.map(renderSection),
  };
}

/** `object` with `metadata.connections`: the API URLs of its lists under `key`. */
export function withConnections<T extends { key: string; type: string }>(object: T, site: Site) {
  const names = object.type === "user" ? USER_LISTS : CLOUDCAST_CONNECTIONS;
  const connections = Object.fromEntries(
    names.map((name) => [name, `${site.apiUrl}${object.key}${name}/`]),
  );
  return { ...object, metadata: { connections } };
}

function userSummary(account: Account) {
  const key = userKey(account.username);
  return {
    key,
    url: MIXCLOUD_SITE + key,
    name: account.username,
    username: account.username,
    pictures: pictures(`profile/${hashPath(sha256(account.username))}`, USER_PICTURE_SIZES),
    type: "user",
  };
}

function renderTag(name: string) {
  const key = `/discover/${encodeURIComponent(slugify(name))}/`;
  return { key, url: MIXCLOUD_SITE + key, name, type: "tag" };
}

/** A track nests its track and artist objects; a chapter has only its text. */
function renderSection(section: StoredSection, index: number) {
  const head = { position: index + 1, start_time: section.start_time };
  if ("chapter" in section) return { ...head, section_type: "chapter", chapter: section.chapter };
  const artistSlug = slugify(section.artist);
  const trackSlug = slugify(section.song);
  const artistKey = `/artist/${encodeURIComponent(artistSlug)}/`;
  const trackKey = `/track/${encodeURIComponent(artistSlug)}/${encodeURIComponent(trackSlug)}/`;
  return {
    ...head,
    section_type: "track",
    track: {
      name: section.song,
      slug: trackSlug,
      key: trackKey,
      url: MIXCLOUD_SITE + trackKey,
      artist: {
        name: section.artist,
        slug: artistSlug,
        key: artistKey,
        url: MIXCLOUD_SITE + artistKey,
        type: "artist",
      },
      type: "track",
    },
  };
}

/** Every named size of one image, as thumbnailer URLs. */
function pictures(
  image: string,
  sizes: ReadonlyArray<readonly [string, number]> = PICTURE_SIZES,
): Record<string, string> {
  return Object.fromEntries(
    sizes.map(([name, px]) => [name, `${THUMBNAILER}/${px}x${px}/${image}`]),
  );
}

/** "c9f08d7f…" → "c/9/f/0/8d7f…", the layout of Mixcloud's image paths. */
function hashPath(hex: string): string {
  return `${hex.slice(0, 1)}/${hex.slice(1, 2)}/${hex.slice(2, 3)}/${hex.slice(3, 4)}/${hex.slice(4, 36)}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
