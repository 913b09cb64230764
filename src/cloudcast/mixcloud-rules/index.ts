/**
 * Mixcloud's own rules, checked before Mixcloud applies them: each a pure function of a valid
 * cloudcast (and what is known of its audio, or of the account) to diagnostics. Warnings where
 * Mixcloud may hold something against a show without refusing it; an error where the file
 * cannot be right (a track that starts after the audio ends).
 */
export { licensingWarnings, LICENSING_LIMITS } from "./licensing.js";
export { lengthDiagnostics, MIN_SHOW_SECONDS } from "./length.js";
export { draftsWarning, FREE_ACCOUNT_PUBLIC_SHOWS } from "./account.js";
export type { AccountFacts } from "./account.js";
export { applyLicensingMode, isLicensingMode, LICENSING_MODES } from "./mode.js";
export type { LicensingMode } from "./mode.js";
export type { LocatedCloudcast } from "./located.js";
export { artistKey, comparableName, primaryArtist } from "./artist.js";
export { MIXCLOUD_RULES } from "./ids.js";
export type { MixcloudRuleId } from "./ids.js";
export { showRules } from "./show.js";
export type { AudioFacts } from "./show.js";
