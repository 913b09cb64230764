/** The values the Mixcloud client takes and gives. */
import type { Section } from "../cloudcast/types.js";

/** The account behind a token (`GET /me/`) or any user (`GET /<user>/`). */
export interface MixcloudUser {
  username: string;
  name: string;
  /** "/username/". */
  key: string;
  /** The user's page as Mixcloud gives it (https://www.mixcloud.com/username/). */
  url?: string;
  isPro: boolean;
  cloudcastCount: number;
}

/**
 * A cloudcast as Mixcloud shows it. Listings leave out the long fields (the real API omits
 * `description` and `sections` from list pages: read the cloudcast itself for them), hence the
 * optional ones.
 */
export interface RemoteCloudcast {
  /** "/username/slug/" — percent-encoded where the slug is not ASCII. */
  key: string;
  /** Its page, exactly as Mixcloud gave it (never built from the key or the api-url). */
  url?: string;
  /** Raw (not percent-encoded). */
  slug: string;
  name: string;
  description?: string;
  tags: string[];
  sections?: Section[];
  createdTime?: string;
  updatedTime?: string;
  /** Seconds. */
  audioLength?: number;
  /** The owner's username. */
  username?: string;
}

/** A file to send as one part of the multipart body. */
export interface FilePart {
  path: string;
  filename: string;
  contentType: string;
}

/** A new upload: the text fields in the order to send them (see MIXCLOUD_API.md), audio, picture. */
export interface UploadRequest {
  fields: Array<[string, string]>;
  audio: FilePart;
  picture?: FilePart;
}

/** An edit of an existing upload: the fields to change, and a new picture if any. */
export interface EditRequest {
  fields: Array<[string, string]>;
  picture?: FilePart;
}

/** Mixcloud's answer to an upload or an edit: a key, but no URL (look the key up for that). */
export interface UploadResult {
  /** "/username/slug/" as Mixcloud assigned it: slugs cannot be predicted from the title. */
  key: string;
  message?: string;
}
