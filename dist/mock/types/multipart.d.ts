import type { IncomingMessage } from "node:http";
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
export type MultipartOutcome = {
    kind: "form";
    form: ReceivedForm;
} | {
    kind: "malformed";
    message: string;
} | {
    kind: "aborted";
};
export interface MultipartLimits {
    /** Largest size in bytes of the file part named `field`. */
    fileBytes: (field: string) => number;
}
/** Whether a Content-Type header announces multipart/form-data. */
export declare function isMultipart(contentType: string | undefined): boolean;
/**
 * Reads the whole body of `req`. Resolves (never rejects) once the body has been read to its
 * end, found malformed (the rest is left unread: the caller drains it), or cut off by the client.
 */
export declare function readMultipart(req: IncomingMessage, limits: MultipartLimits): Promise<MultipartOutcome>;
/**
 * The message of an unknown error. The mock keeps its own copy of src/errors.ts's: its type
 * declarations (the package's `mixcloud-publish/mock`) are built from src/mock/ alone.
 */
export declare function errorMessage(error: unknown): string;
