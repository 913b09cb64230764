import type { Cloudcast } from "./types.js";

/**
 * The text fields of a Mixcloud upload or edit for a cloudcast, in the order they are sent
 * (MIXCLOUD_API.md). The files (`mp3`, `picture`) are not among them: they are streamed apart.
 * Booleans are sent as "1" when true and left out when false, the form every client agrees on.
 * A track's `album` is never sent: Mixcloud's sections have no such field, and it is in the file
 * only for the licensing check (src/cloudcast/mixcloud-rules/).
 */
export function toFormFields(c: Cloudcast): Array<[string, string]> {
  const fields: Array<[string, string]> = [["name", c.title]];
  if (c.description !== undefined) fields.push(["description", c.description]);
  c.tags.forEach((tag, i) => fields.push([`tags-${i}-tag`, tag]));
  c.sections.forEach((section, i) => {
    if (section.kind === "track") {
      fields.push([`sections-${i}-artist`, section.artist], [`sections-${i}-song`, section.song]);
    } else {
      fields.push([`sections-${i}-chapter`, section.chapter]);
    }
    fields.push([`sections-${i}-start_time`, String(section.start)]);
  });
  c.hosts.forEach((host, i) => fields.push([`hosts-${i}-username`, host]));
  if (c.publishDate !== undefined) fields.push(["publish_date", c.publishDate]);
  const flags: Array<[string, boolean | undefined]> = [
    ["unlisted", c.unlisted],
    ["disable_comments", c.disableComments],
    ["hide_stats", c.hideStats],
  ];
  for (const [name, on] of flags) if (on) fields.push([name, "1"]);
  return fields;
}
