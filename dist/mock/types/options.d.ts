import type { MockCloudcastInput, MockServerOptions } from "./types.js";
export interface MockSettings {
    port: number;
    host: string;
    token: string;
    username: string;
    isPro: boolean;
    existingCloudcasts: number | Array<Partial<MockCloudcastInput>>;
    clientId: string;
    clientSecret: string;
    maxAudioBytes: number;
    maxPictureBytes: number;
    log: (line: string) => void;
}
export declare const MOCK_DEFAULTS: {
    readonly host: "127.0.0.1";
    readonly token: "mock-token";
    readonly username: "mock-user";
    readonly clientId: "mock-client-id";
    readonly clientSecret: "mock-client-secret";
    readonly maxAudioBytes: 4294967296;
    readonly maxPictureBytes: 10485760;
};
export declare function resolveOptions(options: MockServerOptions): MockSettings;
