// A free Mixcloud account keeps at most 10 public shows (since 1 December 2022): more go to the
// drafts until the account is Pro (MIXCLOUD_API.md, "Free accounts"). What the upload API
// answers for such an upload is unknown, so it is a warning given before the upload is sent.
import type { Diagnostic } from "../../diagnostic.js";
import { FILE_START, warningAt } from "../../diagnostic.js";

/** How many public shows a free account keeps. */
export const FREE_ACCOUNT_PUBLIC_SHOWS = 10;

/** What the account check needs to know of the account behind the token. */
export interface AccountFacts {
  username: string;
  isPro: boolean;
  /**
   * The shows the account holds, as `/me/` counts them. Whether that count includes unlisted
   * uploads is unknown; counting them too errs on the side of warning.
   */
  cloudcastCount: number;
}

/**
 * The warning for a new upload to a free account that is already at its limit of public shows,
 * counting the new uploads of this run before it (`earlierNewUploads`); undefined when none applies.
 */
export function draftsWarning(
  file: string,
  account: AccountFacts,
  earlierNewUploads: number,
): Diagnostic | undefined {
  if (account.isPro) return undefined;
  const shows = account.cloudcastCount + earlierNewUploads;
  if (shows < FREE_ACCOUNT_PUBLIC_SHOWS) return undefined;
  return warningAt(
    file,
    FILE_START,
    "account-drafts",
    `'${account.username}' is not a Pro account and already holds ${shows} shows${earlierNewUploads > 0 ? ` (with the earlier uploads of this run)` : ""}: Mixcloud keeps at most ${FREE_ACCOUNT_PUBLIC_SHOWS} public shows on a free account, so this upload may land in the drafts until the account is Pro or another show is removed`,
  );
}
