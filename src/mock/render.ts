// The JSON shapes of the API's read endpoints (MIXCLOUD_API.md, "Reading").
import type { Account } from "./account.js";
import { slugify, userKey } from "./slug.js";
import type { StoredCloudcast, StoredSection } from "./types.js";

/** Where the mock lives: absolute URLs in answers are built from these. */
export interface Site {
  apiUrl: string;
  webUrl: string;
}

/** The mock knows sizes, not durations: it assumes 128 kbit/s audio (16000 bytes a second). */
const BYTES_PER_SECOND = 16_000;

export function renderUser(account: Account, site: Site, owner: boolean) {
  return {
    ...userSummary(account, site),
    is_pro: account.isPro,
    cloudcast_count: account.count(owner),
    pictures: {},
  };
}

export function renderCloudcast(cloudcast: StoredCloudcast, account: Account, site: Site) {
  return {
    key: cloudcast.key,
    url: site.webUrl + cloudcast.key,
    slug: cloudcast.slug,
    name: cloudcast.name,
    description: cloudcast.description,
    tags: cloudcast.tags.map((tag) => renderTag(tag, site)),
    sections: cloudcast.sections.map(renderSection),
    pictures: {},
    created_time: cloudcast.created_time,
    updated_time: cloudcast.updated_time,
    audio_length: cloudcast.audio ? Math.round(cloudcast.audio.size / BYTES_PER_SECOND) : 0,
    user: userSummary(account, site),
  };
}

function userSummary(account: Account, site: Site) {
  const key = userKey(account.username);
  return { username: account.username, key, url: site.webUrl + key, name: account.username };
}

function renderTag(name: string, site: Site) {
  const key = `/discover/${encodeURIComponent(slugify(name))}/`;
  return { key, url: site.webUrl + key, name };
}

function renderSection(section: StoredSection) {
  if ("chapter" in section) {
    return { start_time: section.start_time, section_type: "chapter", chapter: section.chapter };
  }
  return {
    start_time: section.start_time,
    section_type: "track",
    track: { name: section.song, artist: { name: section.artist } },
  };
}
