import {
  EventError,
  eventAction,
  pushInfo,
  releaseInfo,
  type EventContext,
  type ReleaseInfo,
} from "./event.js";

/**
 * Whether the triggering event is one a user expects to publish at all (SPEC §4). GitHub sends
 * several events for one change — `created`, `published`, `released`, `edited`, … for one release;
 * a push of the tag the release makes — and a workflow with a bare `on: release` runs on each of
 * them. Exactly one of them publishes; the others select nothing, with a notice that says why and
 * what to change. This holds with `changed-only: false` too: which files is another question.
 */
export interface GateOptions {
  /** The `prereleases` input: a published prerelease publishes too. */
  prereleases: boolean;
}

/** The one release action that publishes. */
export const PUBLISHING_RELEASE_ACTION = "published";

/** The merge queue's action that asks for checks; `destroyed` only tells a group went away. */
const MERGE_GROUP_CHECK_ACTION = "checks_requested";

/** Why nothing is to be published for this event, or undefined when it may publish. */
export function reasonToSkip(ctx: EventContext, options: GateOptions): string | undefined {
  switch (ctx.eventName) {
    case "release":
      return releaseReason(ctx, options);
    case "push":
      return tagPushReason(ctx);
    case "merge_group":
      return mergeGroupReason(ctx);
    default:
      return undefined;
  }
}

function releaseReason(ctx: EventContext, options: GateOptions): string | undefined {
  const release = releaseOf(ctx);
  if (release === undefined) return undefined;
  const tag = JSON.stringify(release.tagName);
  // GitHub always sends `action`; a hand-written payload (a local run) may not, and is then read
  // as the release it describes, so its draft and prerelease flags still decide.
  if (release.action !== undefined && release.action !== PUBLISHING_RELEASE_ACTION) {
    return (
      `Release ${tag} was ${JSON.stringify(release.action)}: only a release being published ` +
      "publishes, so nothing is selected. Run the workflow on `release: types: [published]` so " +
      "it runs once per release."
    );
  }
  if (release.draft) {
    return `Release ${tag} is a draft: drafts never publish. Publish the release to publish its cloudcasts.`;
  }
  if (release.prerelease && !options.prereleases) {
    return (
      `Release ${tag} is a prerelease: prereleases do not publish. Set the input ` +
      "`prereleases: true` to publish them too."
    );
  }
  return undefined;
}

/**
 * The release, or undefined when the payload has none (outside GitHub): change detection then
 * says what is missing, and `changed-only: false` takes every file as it always has.
 */
function releaseOf(ctx: EventContext): ReleaseInfo | undefined {
  try {
    return releaseInfo(ctx);
  } catch (error) {
    if (error instanceof EventError) return undefined;
    throw error;
  }
}

function tagPushReason(ctx: EventContext): string | undefined {
  const ref = pushRef(ctx);
  if (ref === undefined || !ref.startsWith("refs/tags/")) return undefined;
  return (
    `The push of tag ${JSON.stringify(ref.slice("refs/tags/".length))} publishes nothing: a tag ` +
    "publishes through its release. Run the action on `release: types: [published]` (see the " +
    'README\'s "Release: publish a batch"), and limit `on: push` to branches.'
  );
}

/** The pushed ref; a payload without `before`/`after` still names its ref in GITHUB_REF. */
function pushRef(ctx: EventContext): string | undefined {
  try {
    return pushInfo(ctx).ref;
  } catch (error) {
    if (error instanceof EventError) return ctx.ref;
    throw error;
  }
}

function mergeGroupReason(ctx: EventContext): string | undefined {
  const action = eventAction(ctx);
  if (action === undefined || action === MERGE_GROUP_CHECK_ACTION) return undefined;
  return `The merge group was ${JSON.stringify(action)}: there is nothing to check.`;
}
