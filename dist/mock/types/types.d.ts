/** Options of {@link startMockServer}. Every field is optional. */
export interface MockServerOptions {
    /** Port to listen on; default 0 (any free port — read the chosen one from `MockServer.url`). */
    port?: number;
    /** Address to listen on; default "127.0.0.1". */
    host?: string;
    /** The one access token the mock accepts; default "mock-token". */
    token?: string;
    /** Username of the token's account; default "mock-user". */
    username?: string;
    /** Whether the account is Pro (Pro-only upload fields allowed); default true. */
    isPro?: boolean;
    /**
     * Cloudcasts the account already holds, oldest first: a number N for N generated ones
     * ("Existing cloudcast 1" … "Existing cloudcast N"), or a list whose entries override the
     * generated defaults field by field. Preloading thousands is cheap (load tests use 5000).
     */
    existingCloudcasts?: number | Array<Partial<MockCloudcastInput>>;
    /** OAuth client id the `authorize`/`access_token` endpoints accept; default "mock-client-id". */
    clientId?: string;
    /** OAuth client secret; default "mock-client-secret". */
    clientSecret?: string;
    /** Largest `mp3` part accepted, in bytes; default 4294967296 (Mixcloud's limit). */
    maxAudioBytes?: number;
    /** Largest `picture` part accepted, in bytes; default 10485760 (Mixcloud's limit). */
    maxPictureBytes?: number;
    /** Called with one line per request once it is answered (or dropped); the token is redacted. */
    log?: (line: string) => void;
}
/** A running mock server. */
export interface MockServer {
    /** API root without a trailing slash, e.g. "http://127.0.0.1:40123". */
    url: string;
    /** OAuth root, `${url}/oauth`: `authorize` and `access_token` live under it. */
    oauthUrl: string;
    /**
     * `${url}/web`: the mock shows a small page for each cloudcast at `webUrl + key`, to see a show
     * in a browser. The API's answers never point there: like Mixcloud's, every `url` in them is
     * `https://www.mixcloud.com` + key.
     */
    webUrl: string;
    /** What the server holds and has received; live (it changes as requests arrive). */
    state: MockState;
    /** Faults to inject into the next matching requests. */
    faults: MockFaults;
    /** Stops listening and ends every open connection, hung requests included. Idempotent. */
    close(): Promise<void>;
}
/** What the mock holds and what it has received. */
export interface MockState {
    /** Everything the account holds, preloaded ones included, oldest first. */
    cloudcasts: StoredCloudcast[];
    /** Each successful `POST /upload/`, in order. */
    uploads: RecordedUpload[];
    /** Each successful `POST /upload/<user>/<slug>/edit/`, in order. */
    edits: RecordedEdit[];
    /** Every request, in order of arrival. */
    requests: RecordedRequest[];
}
/** A multipart request as the mock received it (only successful ones are recorded). */
export interface RecordedUpload {
    /** Key of the cloudcast created or edited, e.g. "/mock-user/my-show/". */
    key: string;
    /** Text fields, in the order received. */
    fields: Array<[name: string, value: string]>;
    /** File parts, in the order received: counted and hashed while streaming, never kept. */
    files: Array<{
        field: string;
        filename: string;
        contentType: string;
        size: number;
        sha256: string;
    }>;
}
export type RecordedEdit = RecordedUpload;
/** One request. `status` is 0 while unanswered and stays 0 when no answer was sent. */
export interface RecordedRequest {
    method: string;
    /** Path and query as sent, with the values of access_token, client_secret and code as "***". */
    path: string;
    status: number;
}
/** A section of a cloudcast: a track (artist + song) or a chapter, at `start_time` seconds. */
export type StoredSection = {
    start_time: number;
} & ({
    artist: string;
    song: string;
} | {
    chapter: string;
});
/** A cloudcast the account holds. */
export interface StoredCloudcast {
    /** "/user/slug/", with non-ASCII characters percent-encoded. */
    key: string;
    /** The slug as text (non-ASCII characters kept raw). */
    slug: string;
    name: string;
    description: string;
    tags: string[];
    sections: StoredSection[];
    hosts: string[];
    unlisted: boolean;
    publish_date?: string;
    disable_comments: boolean;
    hide_stats: boolean;
    audio?: {
        size: number;
        sha256: string;
    };
    picture?: {
        size: number;
        sha256: string;
    };
    /** "YYYY-MM-DDTHH:MM:SSZ" */
    created_time: string;
    /** "YYYY-MM-DDTHH:MM:SSZ" */
    updated_time: string;
}
/**
 * A preloaded cloudcast (see `MockServerOptions.existingCloudcasts`). `slug` is taken when free
 * (otherwise de-duplicated like an upload's), so a test can give a cloudcast a slug that its
 * name would not produce.
 */
export interface MockCloudcastInput {
    name: string;
    slug: string;
    description: string;
    tags: string[];
    sections: StoredSection[];
    hosts: string[];
    unlisted: boolean;
    publish_date: string;
    disable_comments: boolean;
    hide_stats: boolean;
    audio: {
        size: number;
        sha256: string;
    };
    picture: {
        size: number;
        sha256: string;
    };
    created_time: string;
    updated_time: string;
}
/** The fault queue. */
export interface MockFaults {
    /** Queues a fault; it applies to the next `times` (default 1) requests it matches. */
    add(fault: Fault): void;
    /** Drops every queued fault. */
    clear(): void;
    /** How many queued faults are not used up yet. */
    pending(): number;
}
/**
 * A fault. `method` (any case) and `path` (the URL path without query, e.g. "/upload/", or a
 * RegExp tested against it) narrow which requests it matches; left out, they match any.
 */
export type Fault = {
    method?: string;
    path?: string | RegExp;
    times?: number;
} & FaultEffect;
export type FaultEffect = 
/** An HTML error page (default status 502), after the body is read; nothing is stored. */
{
    kind: "server-error";
    status?: number;
}
/** 403 RateLimitException with a `Retry-After` header and `retry_after` in the body. */
 | {
    kind: "rate-limit";
    retryAfter: number;
}
/** The connection is destroyed before the request body is read. */
 | {
    kind: "reset-before-body";
}
/** The request is handled in full (an upload is stored), then the connection is destroyed unanswered. */
 | {
    kind: "reset-after-commit";
}
/** The request is handled normally, and answered after `delayMs`. */
 | {
    kind: "slow";
    delayMs: number;
}
/**
 * An upload or edit whose body is read and checked at once, but stored (and answered) only `ms`
 * later, as Mixcloud takes a while to store an upload: meanwhile the listing does not show it.
 * Other requests are answered as usual.
 */
 | {
    kind: "slow-store";
    ms: number;
}
/**
 * An upload handled and answered as usual, but the cloudcast it stores shows in the account's
 * listing (`/<user>/cloudcasts/`) only `ms` after it is stored, as a listing that lags behind
 * what Mixcloud holds would; the cloudcast itself (`/<user>/<slug>/`) is there at once.
 */
 | {
    kind: "listing-lag";
    ms: number;
}
/** The mock stops reading and never answers (until `close()`). */
 | {
    kind: "hang";
}
/**
 * The request is handled normally (an upload is stored), but in its JSON answer every `key`
 * field, at any depth (`result.key`, a cloudcast's, a tag's), becomes `key`, and every `url`
 * field becomes `url`, when given: a broken or hostile API whose answers the client must check.
 */
 | {
    kind: "hostile-fields";
    key?: string;
    url?: string;
};
