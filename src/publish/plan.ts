// Matches each file to the cloudcast it describes on the account, before anything is sent:
// by `key`, else by title, else by the title of the file's previous version (so a retitled or
// renamed file edits its upload instead of creating a second one).
import type { Cloudcast } from "../cloudcast/types.js";

export interface AccountListing {
  username: string;
  isPro: boolean;
  /** Every cloudcast of the account (all pages), as listed once at the start of the run. */
  cloudcasts: Array<{ key: string; name: string }>;
  /**
   * The `created_time` of the newest cloudcast at that first listing (undefined when it was
   * empty or gave no times): later looks at the account ask only for what is newer.
   */
  newestCreatedTime?: string;
}

export type Match =
  | { kind: "new" }
  | { kind: "existing"; key: string; by: "key" | "title" | "previous title" }
  | { kind: "error"; error: string };

/**
 * `previousTitle` is the title of the file's previous version: taken even when that version was
 * otherwise invalid (its tracklist file unreadable), since the title alone finds its upload.
 */
export function matchExisting(
  cloudcast: Cloudcast,
  previousTitle: string | undefined,
  account: AccountListing,
): Match {
  if (cloudcast.key !== undefined) return matchByKey(cloudcast.key, account);
  const byTitle = findByName(cloudcast.title, account);
  if (byTitle.kind !== "new") return byTitle;
  if (previousTitle !== undefined && !sameName(previousTitle, cloudcast.title)) {
    const byPrevious = findByName(previousTitle, account);
    if (byPrevious.kind === "existing") return { ...byPrevious, by: "previous title" };
    if (byPrevious.kind === "error") return byPrevious;
  }
  return { kind: "new" };
}

function matchByKey(key: string, account: AccountListing): Match {
  const owner = key.split("/")[1] ?? "";
  if (owner.toLowerCase() !== account.username.toLowerCase()) {
    return {
      kind: "error",
      error: `key ${key} belongs to '${owner}', but the access token is for '${account.username}': use a token of that account or fix \`key\``,
    };
  }
  return { kind: "existing", key, by: "key" };
}

function findByName(title: string, account: AccountListing): Match {
  const found = account.cloudcasts.filter((c) => sameName(c.name, title));
  if (found.length === 0) return { kind: "new" };
  if (found.length > 1) {
    return {
      kind: "error",
      error: `${found.length} cloudcasts on the account are titled "${title}" (${found.map((c) => c.key).join(", ")}): add \`key:\` to the file to say which one it describes`,
    };
  }
  return { kind: "existing", key: (found[0] as { key: string }).key, by: "title" };
}

/** Titles are compared as Mixcloud shows them: white space collapsed, case kept. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

/** The file's keys that only a Mixcloud Pro account may use. */
export function proOnlyKeys(cloudcast: Cloudcast): string[] {
  const keys: string[] = [];
  if (cloudcast.publishDate !== undefined) keys.push("publish_date");
  if (cloudcast.disableComments === true) keys.push("disable_comments");
  if (cloudcast.hideStats === true) keys.push("hide_stats");
  if (cloudcast.hosts.length > 0) keys.push("hosts");
  return keys;
}

/** Problems that would make Mixcloud reject this upload, found before a byte of audio is sent. */
export function uploadBlockers(cloudcast: Cloudcast, account: AccountListing, now: Date): string[] {
  const blockers: string[] = [];
  const pro = proOnlyKeys(cloudcast);
  if (!account.isPro && pro.length > 0) {
    blockers.push(
      `${pro.map((k) => `\`${k}\``).join(", ")} need${pro.length === 1 ? "s" : ""} a Mixcloud Pro account, and '${account.username}' is not Pro: remove ${pro.length === 1 ? "it" : "them"} from the file or upgrade the account`,
    );
  }
  if (cloudcast.publishDate !== undefined && cloudcast.unlisted !== true) {
    if (Date.parse(cloudcast.publishDate) <= now.getTime()) {
      blockers.push(
        `publish_date ${cloudcast.publishDate} is not in the future: Mixcloud only schedules uploads ahead; remove it to publish now, or set a later date`,
      );
    }
  }
  return blockers;
}
