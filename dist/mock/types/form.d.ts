import type { ReceivedForm } from "./multipart.js";
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
export type FormResult = {
    ok: true;
    changes: FormChanges;
} | {
    ok: false;
    details: Details;
};
export interface FormRules {
    isPro: boolean;
    maxAudioBytes: number;
    maxPictureBytes: number;
}
/** A new upload: `mp3` and `name` are required. */
export declare function readUploadForm(form: ReceivedForm, rules: FormRules): FormResult;
/** An edit: every field is optional, `publish`/`unpublish` are allowed, `mp3` is ignored. */
export declare function readEditForm(form: ReceivedForm, rules: FormRules): FormResult;
