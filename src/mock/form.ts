// Checks an upload or edit form the way Mixcloud documents it (MIXCLOUD_API.md, "Upload") and
// turns it into the changes to store. Every problem is reported at once, by field.
import type { ReceivedFile, ReceivedForm } from "./multipart.js";
import type { Details } from "./replies.js";
import type { StoredSection } from "./types.js";

export interface FileDigest {
  size: number;
  sha256: string;
}

/** What a valid form sets; a field left out of the form is left out here. */
export interface FormChanges {
  name?: string;
  description?: string;
  tags?: string[];
  sections?: StoredSection[];
  hosts?: string[];
  unlisted?: boolean;
  publish_date?: string;
  disable_comments?: boolean;
  hide_stats?: boolean;
  /** Edit only: make the cloudcast public. */
  publish?: boolean;
  /** Edit only: make the cloudcast private. */
  unpublish?: boolean;
  audio?: FileDigest;
  picture?: FileDigest;
}

export type FormResult = { ok: true; changes: FormChanges } | { ok: false; details: Details };

export interface FormRules {
  isPro: boolean;
  maxAudioBytes: number;
  maxPictureBytes: number;
}

const MAX_DESCRIPTION_CHARS = 1000;
const MAX_TAGS = 5;
const MAX_HOSTS = 2;
const PRO_ONLY = ["publish_date", "disable_comments", "hide_stats"];
const TAG_FIELD = /^tags-(\d+)-tag$/u;
const SECTION_FIELD = /^sections-(\d+)-(artist|song|chapter|start_time)$/u;
const HOST_FIELD = /^hosts-(\d+)-username$/u;
const PUBLISH_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/u;

/** A new upload: `mp3` and `name` are required. */
export function readUploadForm(form: ReceivedForm, rules: FormRules): FormResult {
  return readForm(form, rules, "upload");
}

/** An edit: every field is optional, `publish`/`unpublish` are allowed, `mp3` is ignored. */
export function readEditForm(form: ReceivedForm, rules: FormRules): FormResult {
  return readForm(form, rules, "edit");
}

function readForm(form: ReceivedForm, rules: FormRules, mode: "upload" | "edit"): FormResult {
  const details: Details = structuredClone(form.problems);
  const report = (field: string, message: string) => (details[field] ??= []).push(message);
  const values = lastValues(form.fields);
  const changes: FormChanges = {
    ...readText(values, mode, report),
    ...readFlags(values, mode, report),
    ...readLists(form.fields, report),
    ...readFiles(form.files, rules, mode, report),
  };
  if (!rules.isPro) checkProOnly(form.fields, report);
  return Object.keys(details).length === 0 ? { ok: true, changes } : { ok: false, details };
}

type Report = (field: string, message: string) => void;

/** A field sent twice counts once, with its last value (as Django's forms read it). */
function lastValues(fields: Array<[string, string]>): Map<string, string> {
  return new Map(fields);
}

function readText(values: Map<string, string>, mode: "upload" | "edit", report: Report) {
  const changes: Pick<FormChanges, "name" | "description" | "publish_date"> = {};
  const name = values.get("name")?.trim();
  if (name) changes.name = name;
  else if (mode === "upload" || name !== undefined) report("name", "This field is required.");
  const description = values.get("description");
  if (description !== undefined) {
    const length = [...description].length;
    if (length > MAX_DESCRIPTION_CHARS) {
      report(
        "description",
        `Ensure this value has at most ${MAX_DESCRIPTION_CHARS} characters (it has ${length}).`,
      );
    }
    changes.description = description;
  }
  const publishDate = values.get("publish_date");
  if (publishDate !== undefined) {
    if (isPublishDate(publishDate)) changes.publish_date = publishDate;
    else report("publish_date", "Enter a UTC date and time as YYYY-MM-DDTHH:MM:SSZ.");
  }
  return changes;
}

function isPublishDate(text: string): boolean {
  const match = PUBLISH_DATE.exec(text);
  if (!match) return false;
  const date = new Date(text);
  // Date accepts 2024-02-30 by rolling over; a real calendar date survives the round trip.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text.slice(0, 19));
}

function readFlags(values: Map<string, string>, mode: "upload" | "edit", report: Report) {
  const names = ["unlisted", "disable_comments", "hide_stats"];
  if (mode === "edit") names.push("publish", "unpublish");
  const flags: Record<string, boolean> = {};
  for (const name of names) {
    const value = values.get(name);
    if (value !== undefined) flags[name] = isTrue(value);
  }
  if (mode === "edit") {
    const visibility = ["unlisted", "publish", "unpublish"].filter((name) => values.has(name));
    if (visibility.length > 1)
      report(
        "__all__",
        `Send at most one of unlisted, publish and unpublish (got ${visibility.join(", ")}).`,
      );
  }
  return flags as Pick<
    FormChanges,
    "unlisted" | "disable_comments" | "hide_stats" | "publish" | "unpublish"
  >;
}

/** Django's BooleanField: "", "0" and "false" are false, anything else is true. */
function isTrue(value: string): boolean {
  return !["", "0", "false"].includes(value.trim().toLowerCase());
}

/** tags-N-tag, sections-N-*, hosts-N-username: any of a kind sent replaces the whole list. */
function readLists(fields: Array<[string, string]>, report: Report) {
  const tags = new Map<number, string>();
  const sections = new Map<number, Map<string, string>>();
  const hosts = new Map<number, string>();
  for (const [name, value] of fields) {
    readListField(name, value, { tags, sections, hosts }, report);
  }
  const changes: Pick<FormChanges, "tags" | "sections" | "hosts"> = {};
  if (tags.size > 0) changes.tags = inIndexOrder(tags);
  if (sections.size > 0) changes.sections = readSections(sections, report);
  if (hosts.size > 0) changes.hosts = inIndexOrder(hosts);
  return changes;
}

interface Lists {
  tags: Map<number, string>;
  sections: Map<number, Map<string, string>>;
  hosts: Map<number, string>;
}

function readListField(name: string, value: string, lists: Lists, report: Report): void {
  const tag = TAG_FIELD.exec(name);
  const section = SECTION_FIELD.exec(name);
  const host = HOST_FIELD.exec(name);
  if (tag) {
    const index = Number(tag[1]);
    if (index >= MAX_TAGS)
      report(name, `At most ${MAX_TAGS} tags: use tags-0-tag to tags-${MAX_TAGS - 1}-tag.`);
    else if (value.trim() === "") report(name, "This field may not be blank.");
    else lists.tags.set(index, value.trim());
  } else if (section) {
    const index = Number(section[1]);
    const parts = lists.sections.get(index) ?? new Map<string, string>();
    parts.set(section[2] ?? "", value);
    lists.sections.set(index, parts);
  } else if (host) {
    const index = Number(host[1]);
    if (index >= MAX_HOSTS)
      report(name, `At most ${MAX_HOSTS} hosts: use hosts-0-username or hosts-1-username.`);
    else if (value.trim() === "") report(name, "This field may not be blank.");
    else lists.hosts.set(index, value.trim());
  } else if (/^(tags|sections|hosts)-/u.test(name)) {
    report(
      name,
      "Unknown field: expected tags-N-tag, sections-N-(artist|song|chapter|start_time) or hosts-N-username.",
    );
  }
}

function readSections(sections: Map<number, Map<string, string>>, report: Report): StoredSection[] {
  const result: StoredSection[] = [];
  for (const [index, parts] of [...sections].sort(([a], [b]) => a - b)) {
    const section = readSection(`sections-${index}`, parts, report);
    if (section) result.push(section);
  }
  return result;
}

function readSection(
  prefix: string,
  parts: Map<string, string>,
  report: Report,
): StoredSection | undefined {
  const startText = parts.get("start_time")?.trim();
  const start = startText !== undefined && /^\d+$/u.test(startText) ? Number(startText) : undefined;
  if (start === undefined) {
    report(
      `${prefix}-start_time`,
      startText === undefined ? "This field is required." : "Enter a whole number of seconds.",
    );
  }
  const chapter = parts.get("chapter")?.trim();
  const artist = parts.get("artist")?.trim();
  const song = parts.get("song")?.trim();
  if (chapter && (artist || song)) {
    report(
      prefix,
      `A section is a track (${prefix}-artist and ${prefix}-song) or a chapter (${prefix}-chapter), not both.`,
    );
    return undefined;
  }
  if (chapter) return start === undefined ? undefined : { start_time: start, chapter };
  if (artist && song) return start === undefined ? undefined : { start_time: start, artist, song };
  report(prefix, `A section needs ${prefix}-artist and ${prefix}-song, or ${prefix}-chapter.`);
  return undefined;
}

function inIndexOrder(values: Map<number, string>): string[] {
  return [...values].sort(([a], [b]) => a - b).map(([, value]) => value);
}

function readFiles(
  files: ReceivedFile[],
  rules: FormRules,
  mode: "upload" | "edit",
  report: Report,
) {
  const changes: Pick<FormChanges, "audio" | "picture"> = {};
  const audio = mode === "upload" ? lastFile(files, "mp3") : undefined;
  const picture = lastFile(files, "picture");
  if (mode === "upload" && !audio)
    report("mp3", "This field is required: send the audio as a file part.");
  if (audio) changes.audio = checkSize(audio, rules.maxAudioBytes, report);
  if (picture) changes.picture = checkSize(picture, rules.maxPictureBytes, report);
  return changes;
}

function lastFile(files: ReceivedFile[], field: string): ReceivedFile | undefined {
  return files.filter((file) => file.field === field).at(-1);
}

function checkSize(file: ReceivedFile, maxBytes: number, report: Report): FileDigest | undefined {
  if (file.sha256 === null || file.size > maxBytes) {
    report(file.field, `The file is larger than the limit of ${maxBytes} bytes.`);
    return undefined;
  }
  return { size: file.size, sha256: file.sha256 };
}

function checkProOnly(fields: Array<[string, string]>, report: Report): void {
  const sent = new Set(fields.map(([name]) => name));
  for (const name of [...sent].filter(
    (field) => PRO_ONLY.includes(field) || HOST_FIELD.test(field),
  )) {
    report(name, "Only Pro accounts can set this field.");
  }
}
