import { SlugRegistry, cloudcastKey, slugify } from "./slug.js";
import type { MockCloudcastInput, StoredCloudcast } from "./types.js";

/** What an upload (or a preload entry) sets on a new cloudcast. */
export type NewCloudcast = Omit<StoredCloudcast, "key" | "slug" | "created_time" | "updated_time">;

/** The one account the mock serves, and the cloudcasts it holds. */
export class Account {
  readonly #slugs = new SlugRegistry();
  readonly #bySlug = new Map<string, StoredCloudcast>();
  /** Keys that the listing leaves out until a time (epoch ms): the `listing-lag` fault. */
  readonly #listedFrom = new Map<string, number>();

  /**
   * @param cloudcasts the live list exposed as `state.cloudcasts` (oldest first)
   * @param createdTime when the account was made, "YYYY-MM-DDTHH:MM:SSZ"
   */
  constructor(
    readonly username: string,
    readonly isPro: boolean,
    readonly cloudcasts: StoredCloudcast[],
    readonly createdTime: string,
  ) {}

  /** Stores a new cloudcast under a fresh slug (`preferredSlug` when free, else from its name). */
  add(fields: NewCloudcast, times: { created: string; updated: string }, preferredSlug?: string) {
    const slug = this.#slugs.claim(preferredSlug || slugify(fields.name));
    const cloudcast: StoredCloudcast = {
      key: cloudcastKey(this.username, slug),
      slug,
      ...fields,
      created_time: times.created,
      updated_time: times.updated,
    };
    this.cloudcasts.push(cloudcast);
    this.#bySlug.set(slug, cloudcast);
    return cloudcast;
  }

  find(slug: string): StoredCloudcast | undefined {
    return this.#bySlug.get(slug);
  }

  /** How many cloudcasts a viewer sees (unlisted ones only with the owner's token). */
  count(owner: boolean): number {
    return this.visible(owner).length;
  }

  /** The cloudcasts a viewer sees, oldest first. */
  visible(owner: boolean): StoredCloudcast[] {
    return owner ? this.cloudcasts : this.#publicCloudcasts();
  }

  /**
   * The cloudcasts a viewer finds in the account's listing, oldest first: those it sees, less
   * those whose listing still lags (`listing-lag`).
   */
  listed(owner: boolean, now = Date.now()): StoredCloudcast[] {
    const visible = this.visible(owner);
    if (this.#listedFrom.size === 0) return visible;
    return visible.filter((c) => (this.#listedFrom.get(c.key) ?? 0) <= now);
  }

  /** Leaves a cloudcast out of the listing for `ms` from now. */
  listLater(key: string, ms: number): void {
    this.#listedFrom.set(key, Date.now() + ms);
  }

  /**
   * The creation time of a cloudcast made at `now`. Mixcloud dates by the whole second and pages
   * listings by those dates (`until=`), and how it splits cloudcasts of the same second between
   * two pages is unknown; so the mock never gives two uploads the same second: one that comes in
   * the second of the newest is dated a second after it.
   */
  creationTime(now: Date): string {
    const newest = this.cloudcasts.reduce(
      (latest, cloudcast) => Math.max(latest, Date.parse(cloudcast.created_time)),
      Number.NEGATIVE_INFINITY,
    );
    const at = Math.max(Math.floor(now.getTime() / 1000) * 1000, newest + 1000);
    return timestamp(new Date(at));
  }

  // Whether Mixcloud shows unlisted uploads without the owner's token is unknown; the mock
  // assumes it does not, which is the cautious side for a client looking for its uploads.
  #publicCloudcasts(): StoredCloudcast[] {
    return this.cloudcasts.filter((cloudcast) => !cloudcast.unlisted);
  }
}

/** Adds the preloaded cloudcasts, dated one minute apart and ending a minute before `now`. */
export function preload(
  account: Account,
  spec: number | Array<Partial<MockCloudcastInput>>,
  now: Date,
): void {
  const entries: Array<Partial<MockCloudcastInput>> =
    typeof spec === "number" ? Array.from({ length: spec }, () => ({})) : spec;
  entries.forEach((entry, index) => {
    const created = timestamp(new Date(now.getTime() - (entries.length - index) * 60_000));
    const { slug, created_time, updated_time, ...fields } = entry;
    const times = {
      created: created_time ?? created,
      updated: updated_time ?? created_time ?? created,
    };
    account.add({ ...defaultFields(index), ...fields }, times, slug);
  });
}

function defaultFields(index: number): NewCloudcast {
  return {
    name: `Existing cloudcast ${index + 1}`,
    description: "",
    tags: [],
    sections: [],
    hosts: [],
    unlisted: false,
    disable_comments: false,
    hide_stats: false,
  };
}

/** The account was made a minute before the first of its preloaded cloudcasts. */
export function accountCreationTime(spec: number | unknown[], now: Date): string {
  const entries = typeof spec === "number" ? spec : spec.length;
  return timestamp(new Date(now.getTime() - (entries + 1) * 60_000));
}

/** Mixcloud's timestamp form: "YYYY-MM-DDTHH:MM:SSZ" (UTC, no milliseconds). */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, "Z");
}
