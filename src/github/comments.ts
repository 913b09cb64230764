import type { CommentAuthor, IssueComment } from "./types.js";

/** The login GitHub Actions' own token comments as. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/** Who may own the sticky comment; a person quoting the marker never does. */
export interface CommentOwner {
  /** When set, only this login. */
  botLogin?: string;
  /** The token's own login (a personal access token comments as its user), when known. */
  viewerLogin?: string;
}

export function isOwnComment(author: CommentAuthor | undefined, owner: CommentOwner): boolean {
  if (author === undefined) return false;
  const login = author.login.toLowerCase();
  if (owner.botLogin !== undefined) return login === owner.botLogin.toLowerCase();
  if (author.type === "Bot" || login === ACTIONS_BOT_LOGIN) return true;
  return owner.viewerLogin !== undefined && login === owner.viewerLogin.toLowerCase();
}

/** The first (oldest) comment that holds the marker and is the action's own. */
export function pickStickyComment(
  comments: Iterable<IssueComment>,
  marker: string,
  owner: CommentOwner,
): IssueComment | undefined {
  for (const comment of comments) {
    if (comment.body.includes(marker) && isOwnComment(comment.author, owner)) return comment;
  }
  return undefined;
}

/** The body as posted: the hidden marker first, so the comment is found again next run. */
export function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}
