// Reads a multipart/form-data body as a stream: text fields are kept, file parts are only counted
// and hashed as they pass, so memory stays flat whatever the size of the upload.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import busboy from "busboy";
import type { Details } from "./replies.js";

export interface ReceivedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the content; null when the part went over its limit (hashing stopped). */
  sha256: string | null;
}

export interface ReceivedForm {
  fields: Array<[string, string]>;
  files: ReceivedFile[];
  /** Problems found while reading (a field too long, too many parts), by field. */
  problems: Details;
}

export type MultipartOutcome =
  | { kind: "form"; form: ReceivedForm }
  | { kind: "malformed"; message: string }
  | { kind: "aborted" };

export interface MultipartLimits {
  /** Largest size in bytes of the file part named `field`. */
  fileBytes: (field: string) => number;
}

const MAX_PARTS = 1000;
const MAX_FIELD_BYTES = 1024 * 1024;

/** Whether a Content-Type header announces multipart/form-data. */
export function isMultipart(contentType: string | undefined): boolean {
  return /^\s*multipart\/form-data\s*(;|$)/iu.test(contentType ?? "");
}

/**
 * Reads the whole body of `req`. Resolves (never rejects) once the body has been read to its
 * end, found malformed (the rest is left unread: the caller drains it), or cut off by the client.
 */
export function readMultipart(
  req: IncomingMessage,
  limits: MultipartLimits,
): Promise<MultipartOutcome> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { parts: MAX_PARTS, fieldSize: MAX_FIELD_BYTES },
      // Clients send non-ASCII filenames as raw UTF-8 (the HTML form encoding), not latin1.
      defParamCharset: "utf8",
    });
  } catch (error) {
    return Promise.resolve({ kind: "malformed", message: errorMessage(error) });
  }
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: MultipartOutcome) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      resolve(outcome);
    };
    collectForm(parser, limits, (form) => settle({ kind: "form", form }));
    parser.on("error", (error) => settle({ kind: "malformed", message: errorMessage(error) }));
    req.once("close", () => {
      if (req.complete) return;
      settle({ kind: "aborted" });
      parser.destroy();
    });
    req.pipe(parser);
  });
}

/** Gathers the parts as the parser emits them; `done` once the form and every file ended. */
function collectForm(
  parser: busboy.Busboy,
  limits: MultipartLimits,
  done: (form: ReceivedForm) => void,
): void {
  const form: ReceivedForm = { fields: [], files: [], problems: {} };
  const files: Array<Promise<ReceivedFile | null>> = [];
  parser.on("field", (name, value, info) => {
    form.fields.push([name, value]);
    if (info.valueTruncated) {
      addProblem(form.problems, name, `The value is longer than ${MAX_FIELD_BYTES} bytes.`);
    }
  });
  parser.on("file", (field, stream, info) => {
    files.push(receiveFile(field, stream, info, limits.fileBytes(field)));
  });
  parser.on("partsLimit", () => {
    addProblem(form.problems, "__all__", `The form has more than ${MAX_PARTS} parts.`);
  });
  parser.on("close", () => {
    void Promise.all(files).then((received) => {
      form.files = received.filter((file) => file !== null);
      done(form);
    });
  });
}

/** Counts and hashes a file part as it streams by; null when the part was cut off. */
async function receiveFile(
  field: string,
  stream: Readable,
  info: busboy.FileInfo,
  maxBytes: number,
): Promise<ReceivedFile | null> {
  const hash = createHash("sha256");
  let size = 0;
  let tooLarge = false;
  stream.on("data", (chunk: Buffer) => {
    size += chunk.length;
    tooLarge ||= size > maxBytes;
    // Past the limit the part is rejected anyway: stop hashing and just let the bytes through.
    if (!tooLarge) hash.update(chunk);
  });
  try {
    await finished(stream);
  } catch {
    return null;
  }
  return {
    field,
    filename: info.filename ?? "",
    contentType: info.mimeType,
    size,
    sha256: tooLarge ? null : hash.digest("hex"),
  };
}

function addProblem(problems: Details, field: string, message: string): void {
  (problems[field] ??= []).push(message);
}

/**
 * The message of an unknown error. The mock keeps its own copy of src/errors.ts's: its type
 * declarations (the package's `mixcloud-publish/mock`) are built from src/mock/ alone.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
