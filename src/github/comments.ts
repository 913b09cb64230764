import type { CommentAuthor, IssueComment } from "./types.js";

// Which comment is the action's sticky one. Its body starts with the marker, and its author is
// the token's own identity: a person or another bot that quotes the marker (or another workflow
// whose comment merely holds it) is never taken, so its comment is never overwritten.

/** The login GitHub Actions' own token (`GITHUB_TOKEN`) comments as. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

export function isOwnComment(author: CommentAuthor | undefined, ownLogin: string): boolean {
  if (author === undefined) return false;
  const login = author.login.toLowerCase();
  const own = ownLogin.toLowerCase();
  if (login === own) return true;
  // REST names an app's comments `<app>[bot]`; GraphQL has been seen to name a bot with and
  // without that suffix. Which one `viewer` gives for every kind of app token is not documented,
  // so both are taken — the suffixed form only for an author that is a bot.
  return author.type === "Bot" && login === `${own}[bot]`;
}

/** A body that is the action's report: the marker first, as {@link withMarker} writes it. */
export function startsWithMarker(body: string, marker: string): boolean {
  return body.trimStart().startsWith(marker);
}

/** The first (oldest) comment that starts with the marker and is the token's own. */
export function pickStickyComment(
  comments: Iterable<IssueComment>,
  marker: string,
  ownLogin: string,
): IssueComment | undefined {
  for (const comment of comments) {
    if (startsWithMarker(comment.body, marker) && isOwnComment(comment.author, ownLogin))
      return comment;
  }
  return undefined;
}

/** The body as posted: the hidden marker first, so the comment is found again next run. */
export function withMarker(body: string, marker: string): string {
  return body.startsWith(marker) ? body : `${marker}\n${body}`;
}
