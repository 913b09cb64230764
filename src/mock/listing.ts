// Which cloudcasts a listing page holds and where its paging links lead, as the API documents:
// `limit` (default 20, at most 100), and either `offset` (offset paging) or the time window
// `since`/`until`. Without `offset`, the links page by time, as real answers show:
// `?limit=20&until=2015-04-29+18%3A59%3A19` for older ones, `?limit=20&since=…` for newer ones.
import type { StoredCloudcast } from "./types.js";

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

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
  paging: { next?: string; previous?: string };
}

/** The query of a listing request, or the problem with it (a bad `since` or `until`). */
export function listingQuery(query: URLSearchParams): ListingQuery | { problem: string } {
  // A limit of 0 would give a `next` link pointing at the same page: treat it as no limit given.
  const limit = Math.min(wholeNumber(query.get("limit")) || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const result: ListingQuery = { limit };
  const offset = wholeNumber(query.get("offset"));
  if (offset !== undefined) result.offset = offset;
  for (const name of ["since", "until"] as const) {
    const text = query.get(name);
    if (text === null || text === "") continue;
    const time = parseTime(text);
    if (time === undefined) {
      return {
        problem: `${name} must be a UNIX time or a date as YYYY-MM-DD HH:MM:SS (UTC), got "${text}".`,
      };
    }
    result[name] = time;
  }
  return result;
}

/**
 * One page of `visible` (oldest first), newest first. `pageUrl` turns the parameters of a link
 * into its absolute URL.
 */
export function listingPage(
  visible: StoredCloudcast[],
  query: ListingQuery,
  pageUrl: (params: Array<[string, string]>) => string,
): ListingPage {
  const inWindow = visible.filter((c) => within(created(c), query));
  if (query.offset !== undefined) return byOffset(inWindow, query, query.offset, pageUrl);
  return byTime(visible, inWindow, query, pageUrl);
}

function byOffset(
  cloudcasts: StoredCloudcast[],
  query: ListingQuery,
  offset: number,
  pageUrl: (params: Array<[string, string]>) => string,
): ListingPage {
  const end = Math.max(cloudcasts.length - offset, 0);
  const items = cloudcasts.slice(Math.max(end - query.limit, 0), end).reverse();
  const link = (at: number) =>
    pageUrl([...windowParams(query), ["limit", `${query.limit}`], ["offset", `${at}`]]);
  const paging: ListingPage["paging"] = {};
  if (offset + query.limit < cloudcasts.length) paging.next = link(offset + query.limit);
  if (offset > 0) paging.previous = link(Math.max(offset - query.limit, 0));
  return { items, paging };
}

/**
 * The newest `limit` of the window; with only `since`, the `limit` nearest to it (the page just
 * after it in time). `next` leads to what is older than the page, `previous` to what is newer.
 */
function byTime(
  visible: StoredCloudcast[],
  inWindow: StoredCloudcast[],
  query: ListingQuery,
  pageUrl: (params: Array<[string, string]>) => string,
): ListingPage {
  const nearSince = query.since !== undefined && query.until === undefined;
  const chosen = nearSince
    ? inWindow.slice(0, query.limit)
    : inWindow.slice(Math.max(inWindow.length - query.limit, 0));
  const items = chosen.reverse();
  const paging: ListingPage["paging"] = {};
  const newest = items[0];
  const oldest = items.at(-1);
  const limit: [string, string] = ["limit", `${query.limit}`];
  if (oldest !== undefined && visible.some((c) => created(c) < created(oldest))) {
    paging.next = pageUrl([limit, ["until", linkTime(oldest.created_time)]]);
  }
  if (newest !== undefined && visible.some((c) => created(c) > created(newest))) {
    paging.previous = pageUrl([limit, ["since", linkTime(newest.created_time)]]);
  }
  return { items, paging };
}

function windowParams(query: ListingQuery): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  if (query.since !== undefined)
    params.push(["since", linkTime(new Date(query.since).toISOString())]);
  if (query.until !== undefined)
    params.push(["until", linkTime(new Date(query.until).toISOString())]);
  return params;
}

function within(time: number, query: ListingQuery): boolean {
  return (
    (query.since === undefined || time > query.since) &&
    (query.until === undefined || time < query.until)
  );
}

function created(cloudcast: StoredCloudcast): number {
  return Date.parse(cloudcast.created_time);
}

/** "2015-04-29T18:59:19Z" → "2015-04-29 18:59:19", the form the API's links carry. */
function linkTime(iso: string): string {
  return iso.slice(0, 19).replace("T", " ");
}

/** A UNIX time in seconds, or "YYYY-MM-DD HH:MM:SS" / "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
function parseTime(text: string): number | undefined {
  if (/^\d{1,12}$/u.test(text)) return Number(text) * 1000;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})Z?$/u.exec(text);
  if (match === null) return undefined;
  const time = Date.parse(
    `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`,
  );
  return Number.isNaN(time) ? undefined : time;
}

/** A whole number ≥ 0 from a query value; anything else is left to the default. */
function wholeNumber(text: string | null): number | undefined {
  if (text === null || !/^\d+$/u.test(text)) return undefined;
  return Number(text);
}
