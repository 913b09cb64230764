/**
 * Mixcloud's JSON answers → the client's typed values. Fields the client relies on are checked;
 * an answer without them is an error that names the request, not a crash further down.
 */
import type { Section } from "../cloudcast/types.js";
import { errorFromAnswer, type Answer } from "./answer-errors.js";
import { MixcloudError, OutcomeUnknownError } from "./errors.js";
import { outcomeUnknownMessage } from "./failures.js";
import type { MixcloudUser, RemoteCloudcast, UploadResult } from "./types.js";

type Json = Record<string, unknown>;

export interface ParseContext {
  what: string;
  secrets: readonly string[];
  /** Base of cloudcast page URLs, without a trailing slash. */
  webUrl: string;
}

export interface CloudcastPage {
  items: RemoteCloudcast[];
  /** `paging.next`, absolute, when there is a next page. */
  next?: string;
}

export function parseUser(answer: Answer, context: ParseContext): MixcloudUser {
  const json = jsonObject(answer, context);
  return {
    username: requiredString(json, "username", context),
    name: optionalString(json["name"]) ?? "",
    key: optionalString(json["key"]) ?? "",
    url: optionalString(json["url"]) ?? "",
    isPro: json["is_pro"] === true,
    cloudcastCount: typeof json["cloudcast_count"] === "number" ? json["cloudcast_count"] : 0,
  };
}

export function parseCloudcast(answer: Answer, context: ParseContext): RemoteCloudcast {
  return toCloudcast(jsonObject(answer, context), context);
}

export function parseCloudcastPage(answer: Answer, context: ParseContext): CloudcastPage {
  const json = jsonObject(answer, context);
  const data = json["data"];
  if (!Array.isArray(data)) throw unexpected(context, 'no "data" list');
  const items = data.map((item: unknown) => {
    if (!isJson(item)) throw unexpected(context, "a list entry that is not an object");
    return toCloudcast(item, context);
  });
  const paging = json["paging"];
  const next = isJson(paging) ? optionalString(paging["next"]) : undefined;
  return next === undefined || next === "" ? { items } : { items, next };
}

/**
 * An upload's or edit's 2xx answer. Mixcloud said yes, so the cloudcast may well be stored: an
 * answer we cannot read is an OutcomeUnknownError, never a reason to send it again.
 */
export function parseUploadResult(answer: Answer, context: ParseContext): UploadResult {
  const json = tryJson(answer.body);
  if (isJson(json) && json["error"] !== undefined) throw errorFromAnswer(answer, context);
  const result = isJson(json) ? json["result"] : undefined;
  if (!isJson(result) || result["success"] !== true || typeof result["key"] !== "string") {
    throw new OutcomeUnknownError(
      outcomeUnknownMessage(
        context.what,
        `Mixcloud answered ${answer.status} without the expected result`,
      ),
      { status: answer.status },
    );
  }
  const key = result["key"];
  const message = optionalString(result["message"]);
  return { key, url: `${context.webUrl}${key}`, ...(message === undefined ? {} : { message }) };
}

function toCloudcast(json: Json, context: ParseContext): RemoteCloudcast {
  const key = requiredString(json, "key", context);
  const user = json["user"];
  const cloudcast: RemoteCloudcast = {
    key,
    url: optionalString(json["url"]) ?? `${context.webUrl}${key}`,
    slug: optionalString(json["slug"]) ?? slugOf(key),
    name: requiredString(json, "name", context),
    tags: Array.isArray(json["tags"]) ? json["tags"].map(tagName).filter((tag) => tag !== "") : [],
  };
  const description = optionalString(json["description"]);
  if (description !== undefined) cloudcast.description = description;
  if (Array.isArray(json["sections"])) cloudcast.sections = json["sections"].flatMap(toSection);
  const created = optionalString(json["created_time"]);
  if (created !== undefined) cloudcast.createdTime = created;
  const updated = optionalString(json["updated_time"]);
  if (updated !== undefined) cloudcast.updatedTime = updated;
  if (typeof json["audio_length"] === "number") cloudcast.audioLength = json["audio_length"];
  const username = isJson(user) ? optionalString(user["username"]) : undefined;
  if (username !== undefined) cloudcast.username = username;
  return cloudcast;
}

/** The slug from a key, decoded: "/user/caf%C3%A9/" → "café". */
function slugOf(key: string): string {
  const last =
    key
      .split("/")
      .filter((part) => part !== "")
      .pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function tagName(tag: unknown): string {
  if (typeof tag === "string") return tag;
  return isJson(tag) ? (optionalString(tag["name"]) ?? "") : "";
}

/** A section of Mixcloud's shape → ours; a kind we do not know is left out. */
function toSection(value: unknown): Section[] {
  if (!isJson(value)) return [];
  const start = typeof value["start_time"] === "number" ? value["start_time"] : 0;
  const track = value["track"];
  if (isJson(track)) {
    const artist = track["artist"];
    const artistName = isJson(artist) ? optionalString(artist["name"]) : optionalString(artist);
    return [
      { kind: "track", start, artist: artistName ?? "", song: optionalString(track["name"]) ?? "" },
    ];
  }
  const chapter = optionalString(value["chapter"]);
  return chapter === undefined ? [] : [{ kind: "chapter", start, chapter }];
}

function jsonObject(answer: Answer, context: ParseContext): Json {
  const json = tryJson(answer.body);
  if (!isJson(json)) throw unexpected(context, "not a JSON object");
  return json;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function requiredString(json: Json, field: string, context: ParseContext): string {
  const value = json[field];
  if (typeof value !== "string") throw unexpected(context, `no "${field}"`);
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unexpected(context: ParseContext, problem: string): MixcloudError {
  return new MixcloudError(
    `${context.what}: Mixcloud's answer is not what this client expects (${problem}): check the api-url setting`,
  );
}
