// POST /upload/ and POST /upload/<user>/<slug>/edit/: streamed multipart bodies, checked, stored.
import { timestamp } from "./account.js";
import type { NewCloudcast } from "./account.js";
import { viewer } from "./app.js";
import type { MockApp, RequestContext } from "./app.js";
import { readEditForm, readUploadForm } from "./form.js";
import type { FormChanges } from "./form.js";
import { isMultipart, readMultipart } from "./multipart.js";
import type { ReceivedForm } from "./multipart.js";
import { jsonReply, notFound, validationFailed } from "./replies.js";
import type { Reply } from "./replies.js";
import type { RecordedUpload, StoredCloudcast } from "./types.js";

export async function upload(app: MockApp, ctx: RequestContext): Promise<Reply> {
  const who = viewer(app, ctx, true);
  if ("reply" in who) return who.reply;
  const form = await receiveForm(app, ctx);
  if ("reply" in form) return form.reply;
  const result = readUploadForm(form, app.rules);
  if (!result.ok) return validationFailed(result.details);
  await ctx.beforeStore?.();
  const now = app.account.creationTime(new Date());
  const stored = app.account.add(newCloudcast(result.changes), { created: now, updated: now });
  if (ctx.listingLagMs !== undefined) app.account.listLater(stored.key, ctx.listingLagMs);
  app.state.uploads.push(record(stored.key, form));
  return success(stored.key, "Uploaded");
}

export async function edit(
  app: MockApp,
  ctx: RequestContext,
  username: string,
  slug: string,
): Promise<Reply> {
  const who = viewer(app, ctx, true);
  if ("reply" in who) return who.reply;
  const found = username === app.account.username ? app.account.find(slug) : undefined;
  if (!found) return notFound(`No cloudcast at /${username}/${slug}/ to edit.`);
  const form = await receiveForm(app, ctx);
  if ("reply" in form) return form.reply;
  const result = readEditForm(form, app.rules);
  if (!result.ok) return validationFailed(result.details);
  await ctx.beforeStore?.();
  applyEdit(found, result.changes, timestamp(new Date()));
  app.state.edits.push(record(found.key, form));
  return success(found.key, "Updated");
}

/** The body as a form, or the 400 to answer (not multipart, malformed, cut off). */
async function receiveForm(
  app: MockApp,
  ctx: RequestContext,
): Promise<ReceivedForm | { reply: Reply }> {
  if (!isMultipart(ctx.req.headers["content-type"])) {
    return formError(
      "Send the form as multipart/form-data (url-encoded and other bodies are not accepted).",
    );
  }
  const outcome = await readMultipart(ctx.req, {
    fileBytes: (field) =>
      field === "picture" ? app.rules.maxPictureBytes : app.rules.maxAudioBytes,
  });
  switch (outcome.kind) {
    case "form":
      return outcome.form;
    case "malformed":
      return formError(`The multipart/form-data body is malformed: ${outcome.message}.`);
    case "aborted":
      // Nobody is left to read this answer; it only keeps the types honest.
      return formError("The body ended before the end of the form.");
  }
}

function formError(message: string): { reply: Reply } {
  return { reply: validationFailed({ __all__: [message] }) };
}

function newCloudcast(changes: FormChanges): NewCloudcast {
  return {
    name: changes.name ?? "",
    description: changes.description ?? "",
    tags: changes.tags ?? [],
    sections: changes.sections ?? [],
    hosts: changes.hosts ?? [],
    unlisted: changes.unlisted ?? false,
    ...(changes.publish_date === undefined ? {} : { publish_date: changes.publish_date }),
    disable_comments: changes.disable_comments ?? false,
    hide_stats: changes.hide_stats ?? false,
    ...(changes.audio === undefined ? {} : { audio: changes.audio }),
    ...(changes.picture === undefined ? {} : { picture: changes.picture }),
  };
}

/** A field changes only when sent; `publish`/`unpublish` set the visibility. */
function applyEdit(cloudcast: StoredCloudcast, changes: FormChanges, now: string): void {
  const { publish, unpublish, audio: _audio, ...fields } = changes;
  Object.assign(cloudcast, fields);
  if (publish) cloudcast.unlisted = false;
  if (unpublish) cloudcast.unlisted = true;
  // A cloudcast dated ahead of the clock (see Account.creationTime) is never updated before it was made.
  cloudcast.updated_time = now > cloudcast.created_time ? now : cloudcast.created_time;
}

function record(key: string, form: ReceivedForm): RecordedUpload {
  return {
    key,
    fields: form.fields,
    files: form.files.map(({ field, filename, contentType, size, sha256 }) => ({
      field,
      filename,
      contentType,
      size,
      sha256: sha256 ?? "",
    })),
  };
}

function success(key: string, message: string): Reply {
  return jsonReply(200, { result: { success: true, key, message } });
}
