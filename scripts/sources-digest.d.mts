/** The SHA-256 of what dist/ is built from (src/, manifests, build configuration) under `root`. */
export declare function sourcesDigest(root: string): string;
