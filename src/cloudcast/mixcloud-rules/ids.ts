/**
 * The rules of Mixcloud's own that a show is checked against beside the file format's (RULES in
 * ../rules.ts), by the stable id a Diagnostic carries. All are warnings but `start-after-audio`.
 */
export const MIXCLOUD_RULES = {
  "licensing-artist": "more than 4 tracks by one artist in a show",
  "licensing-artist-in-a-row": "more than 3 tracks by one artist in a row",
  "licensing-album": "more than 3 tracks from one album in a show",
  "licensing-album-in-a-row": "more than 2 tracks from one album in a row",
  "start-after-audio": "a section that starts at or after the end of the audio (an error)",
  "show-too-short": "audio shorter than 15 minutes, which Mixcloud has refused",
  "account-drafts": "a new upload to a free account that already holds 10 shows",
} as const;

export type MixcloudRuleId = keyof typeof MIXCLOUD_RULES;
