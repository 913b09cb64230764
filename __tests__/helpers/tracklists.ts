// Tracklist files as DJ software writes them, for the tests of the tracklist stage, the
// `tracklist` command and the end-to-end runs. The readers' own corpus (every format and quirk)
// lives with the readers; these are the few the integration needs.

/**
 * A Mixxx recording's CUE sheet: one FILE line, LF line endings, frames of 1/75 s
 * (`05:12:40` is 5:12 and 40 frames, which rounds up to 5:13).
 */
export const MIXXX_CUE = [
  'TITLE "Deep Sessions 07"',
  'PERFORMER "DJ Ana"',
  'FILE "Mixxx-Recording-2024-05-17.wav" WAVE',
  "  TRACK 01 AUDIO",
  '    TITLE "Blue Monday (Extended)"',
  '    PERFORMER "New Order"',
  "    INDEX 01 00:00:00",
  "  TRACK 02 AUDIO",
  '    TITLE "Strings of Life"',
  '    PERFORMER "Rhythim Is Rhythim"',
  "    INDEX 01 05:12:40",
  "  TRACK 03 AUDIO",
  '    TITLE "Can You Feel It"',
  '    PERFORMER "Mr. Fingers"',
  "    INDEX 01 11:03:00",
  "",
].join("\n");

/** The sections MIXXX_CUE gives, and the line of each one's TRACK in the sheet. */
export const MIXXX_SECTIONS = [
  { start: 0, artist: "New Order", song: "Blue Monday (Extended)", line: 4 },
  { start: 313, artist: "Rhythim Is Rhythim", song: "Strings of Life", line: 8 },
  { start: 663, artist: "Mr. Fingers", song: "Can You Feel It", line: 12 },
];

/** MIXXX_CUE with its second index broken as a hand edit breaks it: 99 seconds, 99 frames. */
export const BROKEN_CUE = MIXXX_CUE.replace("INDEX 01 05:12:40", "INDEX 01 99:99:99");
/** The line of the broken INDEX in BROKEN_CUE. */
export const BROKEN_CUE_LINE = 11;

/**
 * A radio playout log as a CUE sheet (Myriad style, CRLF): station idents, a jingle and an ad
 * break between the records.
 */
export const PLAYOUT_CUE = [
  'REM GENRE "Radio"',
  'TITLE "Drive Time 2024-05-17"',
  'FILE "drive-2024-05-17.mp3" MP3',
  "  TRACK 01 AUDIO",
  '    TITLE "Station ID"',
  '    PERFORMER "Radio Nova"',
  "    INDEX 01 00:00:00",
  "  TRACK 02 AUDIO",
  '    TITLE "Nightcall"',
  '    PERFORMER "Kavinsky"',
  "    INDEX 01 00:07:00",
  "  TRACK 03 AUDIO",
  '    TITLE "Drive Time Jingle"',
  '    PERFORMER "Radio Nova"',
  "    INDEX 01 04:25:00",
  "  TRACK 04 AUDIO",
  '    TITLE "Thunderstruck"',
  '    PERFORMER "AC/DC"',
  "    INDEX 01 04:31:00",
  "  TRACK 05 AUDIO",
  '    TITLE "Ad Break 1"',
  '    PERFORMER "Commercials"',
  "    INDEX 01 09:23:00",
  "  TRACK 06 AUDIO",
  '    TITLE "Midnight City"',
  '    PERFORMER "M83"',
  "    INDEX 01 12:23:00",
  "",
].join("\r\n");
