/**
 * Mixcloud's JSON answers → the client's typed values, read tolerantly: fields the client does
 * not use are ignored, a missing optional field (or `null`) is simply absent, and a field of the
 * wrong type is an error that names the request and the field ("data[2].sections[0].track.name"),
 * not a crash further down. Nothing here builds a URL: every `url` is the one Mixcloud gave.
 */
import type { Section } from "../cloudcast/types.js";
import { clean, errorFromAnswer, type Answer } from "./answer-errors.js";
import { MixcloudError, OutcomeUnknownError } from "./errors.js";
import { outcomeUnknownMessage } from "./failures.js";
import type { MixcloudUser, RemoteCloudcast, UploadResult } from "./types.js";

type Json = Record<string, unknown>;

/**
 * A cloudcast's key as Mixcloud gives it: `/user/slug/`, each part as encodeURIComponent writes
 * it (letters of any script allowed in the slug, should Mixcloud not encode them). A key goes into
 * the `results` output, log lines and the next request's path, so anything else — a line break,
 * a space, `::`, `?`, a second slash — is an answer this client does not take.
 */
const CLOUDCAST_KEY = /^\/[A-Za-z0-9_.!~*'()%-]+\/[\p{L}\p{M}\p{N}_.!~*'()%-]+\/$/u;
/** A title of 100 letters of a script that encodes each in 9 characters, with room to spare. */
export const MAX_KEY_LENGTH = 1_000;
/** A cloudcast's page: `https://www.mixcloud.com` and its key, so a little longer. */
export const MAX_URL_LENGTH = 1_100;
// eslint-disable-next-line no-control-regex -- a URL with a control character is what is refused
const URL_UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029"'<>`\\]/u;
/** How much of an odd value a message quotes. */
const MAX_QUOTED = 80;

export interface ParseContext {
  what: string;
  secrets: readonly string[];
}

export interface CloudcastPage {
  items: RemoteCloudcast[];
  /** `paging.next` exactly as Mixcloud gave it, when there is a next page. */
  next?: string;
  /** `paging.previous` as given: newer cloudcasts, where a listing pages by time. */
  previous?: string;
}

/** One object of an answer and where it sits in it ("" for the top level), for messages. */
interface Node {
  json: Json;
  path: string;
  context: ParseContext;
}

export function parseUser(answer: Answer, context: ParseContext): MixcloudUser {
  const node = topObject(answer, context);
  const user: MixcloudUser = {
    username: requiredText(node, "username"),
    name: optionalText(node, "name") ?? "",
    key: optionalText(node, "key") ?? "",
    isPro: optionalBoolean(node, "is_pro") ?? false,
    // A count Mixcloud leaves out is taken as none: the free-account check then stays silent.
    cloudcastCount: optionalNumber(node, "cloudcast_count") ?? 0,
  };
  const url = optionalText(node, "url");
  if (url !== undefined) user.url = url;
  return user;
}

/** A cloudcast itself (`GET /<user>/<slug>/`): the only answer with `description` and `sections`. */
export function parseCloudcast(answer: Answer, context: ParseContext): RemoteCloudcast {
  return toCloudcast(topObject(answer, context));
}

/**
 * A listing page (`GET /<user>/cloudcasts/`). Its items are summaries: Mixcloud leaves out
 * `description` and `sections` there, so nothing read from a listing may rely on them.
 */
export function parseCloudcastPage(answer: Answer, context: ParseContext): CloudcastPage {
  const node = topObject(answer, context);
  const data = optionalList(node, "data");
  if (data === undefined) throw unexpected(context, 'no "data" list');
  const items = data.map((_item, index) => toCloudcast(objectAt(node, "data", index)));
  const paging = optionalObject(node, "paging");
  const link = (name: string) => {
    const text = paging === undefined ? undefined : optionalText(paging, name);
    return text === undefined || text === "" ? undefined : text;
  };
  const page: CloudcastPage = { items };
  const next = link("next");
  const previous = link("previous");
  if (next !== undefined) page.next = next;
  if (previous !== undefined) page.previous = previous;
  return page;
}

/**
 * An upload's or edit's 2xx answer: `{"result": {"success": true, "key", "message"}}`, no URL.
 * Mixcloud said yes, so the cloudcast may well be stored: an answer we cannot read is an
 * OutcomeUnknownError, never a reason to send it again.
 */
export function parseUploadResult(answer: Answer, context: ParseContext): UploadResult {
  const json = tryJson(answer.body);
  if (isJson(json) && json["error"] !== undefined) throw errorFromAnswer(answer, context);
  const read = readUploadResult(json, context.secrets);
  if (typeof read === "string") {
    throw new OutcomeUnknownError(
      outcomeUnknownMessage(
        context.what,
        `Mixcloud answered ${answer.status} without the expected result (${read})`,
      ),
      { status: answer.status },
    );
  }
  return read;
}

/** `{"result": {"success": true, "key": "…"}}` read, or what keeps the answer from being it. */
function readUploadResult(json: unknown, secrets: readonly string[]): UploadResult | string {
  if (!isJson(json)) return "not a JSON object";
  const result = json["result"];
  if (result === undefined || result === null) return 'no "result"';
  if (!isJson(result)) return `"result" is ${describeValue(result)}, not an object`;
  if (result["success"] !== true) {
    const success = result["success"];
    return success === undefined
      ? 'no "result.success"'
      : `"result.success" is ${describeValue(success)}`;
  }
  const key = result["key"];
  if (key === undefined || key === null) return 'no "result.key"';
  if (typeof key !== "string") return `"result.key" is ${describeValue(key)}, not a string`;
  const odd = keyProblem("result.key", key, secrets);
  if (odd !== undefined) return odd;
  const message = result["message"];
  return typeof message === "string" ? { key, message } : { key };
}

function toCloudcast(node: Node): RemoteCloudcast {
  const key = requiredText(node, "key");
  const oddKey = keyProblem(fieldPath(node, "key"), key, node.context.secrets);
  if (oddKey !== undefined) throw unexpected(node.context, oddKey);
  const cloudcast: RemoteCloudcast = {
    key,
    slug: optionalText(node, "slug") ?? slugOf(key),
    name: requiredText(node, "name"),
    tags: (optionalList(node, "tags") ?? []).map((_tag, i) => tagName(node, i)).filter(Boolean),
  };
  const url = optionalText(node, "url");
  if (url !== undefined) {
    const oddUrl = urlProblem(fieldPath(node, "url"), url, node.context.secrets);
    if (oddUrl !== undefined) throw unexpected(node.context, oddUrl);
    cloudcast.url = url;
  }
  const description = optionalText(node, "description");
  if (description !== undefined) cloudcast.description = description;
  const sections = optionalList(node, "sections");
  if (sections !== undefined) {
    cloudcast.sections = sections.flatMap((_section, i) =>
      toSection(objectAt(node, "sections", i)),
    );
  }
  const created = optionalText(node, "created_time");
  if (created !== undefined) cloudcast.createdTime = created;
  const updated = optionalText(node, "updated_time");
  if (updated !== undefined) cloudcast.updatedTime = updated;
  const audioLength = optionalNumber(node, "audio_length");
  if (audioLength !== undefined) cloudcast.audioLength = audioLength;
  const user = optionalObject(node, "user");
  const username = user === undefined ? undefined : optionalText(user, "username");
  if (username !== undefined) cloudcast.username = username;
  return cloudcast;
}

/** Why `key` (at `path` of the answer) is not a cloudcast key; undefined when it is one. */
function keyProblem(path: string, key: string, secrets: readonly string[]): string | undefined {
  if (key.length <= MAX_KEY_LENGTH && CLOUDCAST_KEY.test(key)) return undefined;
  const long =
    key.length > MAX_KEY_LENGTH ? ` of ${key.length.toLocaleString("en")} characters` : "";
  return `"${path}" is not a cloudcast key (/user/slug/, at most ${MAX_KEY_LENGTH.toLocaleString("en")} characters of letters, digits and - _ . % ~): ${odd(key, secrets)}${long}`;
}

/** Why `url` is not the https:// page of a cloudcast; undefined when it is one. */
function urlProblem(path: string, url: string, secrets: readonly string[]): string | undefined {
  if (url.length <= MAX_URL_LENGTH && url.startsWith("https://") && !URL_UNSAFE.test(url)) {
    if (URL.canParse(url)) return undefined;
  }
  const long =
    url.length > MAX_URL_LENGTH ? ` of ${url.length.toLocaleString("en")} characters` : "";
  return `"${path}" is not an https:// URL of at most ${MAX_URL_LENGTH.toLocaleString("en")} characters: ${odd(url, secrets)}${long}`;
}

/** An odd value, quoted as a message may show it: scrubbed of secrets, one line, capped. */
function odd(value: string, secrets: readonly string[]): string {
  return JSON.stringify(clean(value, secrets, MAX_QUOTED));
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

/** A tag is `{key, url, name, type}`; a bare string is taken as its name too. */
function tagName(node: Node, index: number): string {
  const value = (node.json["tags"] as unknown[])[index];
  if (typeof value === "string") return value;
  return optionalText(objectAt(node, "tags", index), "name") ?? "";
}

/**
 * `{position, start_time, section_type: "track", track: {name, …, artist: {name, …}}}` or
 * `{…, section_type: "chapter", chapter}` → ours. A kind this client does not know is left out;
 * without `section_type`, what the section holds decides.
 */
function toSection(node: Node): Section[] {
  const start = optionalNumber(node, "start_time") ?? 0;
  const type = optionalText(node, "section_type");
  const track = optionalObject(node, "track");
  if (track !== undefined && (type === undefined || type === "track")) {
    return [
      { kind: "track", start, artist: artistName(track), song: optionalText(track, "name") ?? "" },
    ];
  }
  const chapter = optionalText(node, "chapter");
  if (chapter !== undefined && (type === undefined || type === "chapter")) {
    return [{ kind: "chapter", start, chapter }];
  }
  return [];
}

/** `track.artist` is an object `{name, slug, key, url}`; a bare string is taken as the name. */
function artistName(track: Node): string {
  const artist = track.json["artist"];
  if (typeof artist === "string") return artist;
  const object = optionalObject(track, "artist");
  return object === undefined ? "" : (optionalText(object, "name") ?? "");
}

function topObject(answer: Answer, context: ParseContext): Node {
  const json = tryJson(answer.body);
  if (!isJson(json)) throw unexpected(context, "not a JSON object");
  return { json, path: "", context };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fieldPath(node: Node, field: string): string {
  return node.path === "" ? field : `${node.path}.${field}`;
}

/** The value of a field, or undefined when it is missing or null (both mean "not given"). */
function given(node: Node, field: string): unknown {
  const value = node.json[field];
  return value === null ? undefined : value;
}

function requiredText(node: Node, field: string): string {
  const value = optionalText(node, field);
  if (value === undefined) throw unexpected(node.context, `no "${fieldPath(node, field)}"`);
  return value;
}

function optionalText(node: Node, field: string): string | undefined {
  return typed(node, field, "a string", (value): value is string => typeof value === "string");
}

function optionalNumber(node: Node, field: string): number | undefined {
  return typed(
    node,
    field,
    "a number",
    (value): value is number => typeof value === "number" && Number.isFinite(value),
  );
}

function optionalBoolean(node: Node, field: string): boolean | undefined {
  return typed(
    node,
    field,
    "true or false",
    (value): value is boolean => typeof value === "boolean",
  );
}

function optionalList(node: Node, field: string): unknown[] | undefined {
  return typed(node, field, "a list", (value): value is unknown[] => Array.isArray(value));
}

function optionalObject(node: Node, field: string): Node | undefined {
  const json = typed(node, field, "an object", isJson);
  return json === undefined
    ? undefined
    : { json, path: fieldPath(node, field), context: node.context };
}

/** Entry `index` of the list `field`, which must be an object. */
function objectAt(node: Node, field: string, index: number): Node {
  const path = `${fieldPath(node, field)}[${index}]`;
  const value = (node.json[field] as unknown[])[index];
  if (!isJson(value)) throw wrongType(node.context, path, "an object", value);
  return { json: value, path, context: node.context };
}

function typed<T>(
  node: Node,
  field: string,
  expected: string,
  check: (value: unknown) => value is T,
): T | undefined {
  const value = given(node, field);
  if (value === undefined) return undefined;
  if (!check(value)) throw wrongType(node.context, fieldPath(node, field), expected, value);
  return value;
}

function wrongType(context: ParseContext, path: string, expected: string, value: unknown) {
  return unexpected(context, `"${path}" is ${describeValue(value)}, not ${expected}`);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return `${value}`;
  return typeof value === "number" ? `the number ${value}` : typeof value;
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unexpected(context: ParseContext, problem: string): MixcloudError {
  return new MixcloudError(
    `${context.what}: Mixcloud's answer is not what this client expects (${problem}): check the api-url setting`,
  );
}
