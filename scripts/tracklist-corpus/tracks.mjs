// The made-up tracks behind the generated tracklist corpus and the bench: deterministic (a seeded
// generator), with the names DJ libraries really hold (accents, `&`, quotes, commas, typographic
// apostrophes and dashes, remixes in brackets), and starts in seconds or frames.

const ARTISTS = [
  "Âme",
  "Kerri Chandler",
  "Moodymann",
  "Róisín Murphy",
  "DJ Koze",
  "Floating Points",
  "Honey Dijon",
  "Larry Heard & Mr. Fingers",
  "Peggy Gou",
  "Theo Parrish",
  "Ben UFO",
  "Hunee",
  "Palms Trax",
  "Jayda G",
  "Motor City Drum Ensemble",
  "Kölsch",
  "Octo Octa",
  "Skee Mask",
  "Sébastien Tellier",
  "Byron the Aquarius",
  "D'Angelo",
  "Mall Grab",
  "Crazy P",
  "Joe Goddard",
  "Chaos in the CBD",
  "Fred again..",
  "Ivan Smagghe",
  "Nu Genea",
  "Erol Alkan",
  "Jamie xx",
  "Daniel Avery",
  "Prins Thomas",
  "Jessy Lanza",
];
const WORDS = [
  "Midnight",
  "Lover",
  "Circles",
  "Nightfall",
  "Ocean",
  "Disco",
  "Heat",
  "Paradise",
  "Rain",
  "Closer",
  "Stranger",
  "Horizon",
  "Velvet",
  "Signal",
  "Echo",
  "Sunrise",
  "Garage",
  "Motion",
  "Spirit",
  "Café",
  "Señorita",
  "Blue",
  "Fever",
  "Satellite",
  "Dreamer",
  "Après",
  "Jazz",
];
const REMIXES = [
  "Original Mix",
  "Extended Mix",
  "Dub",
  "Club Mix",
  "Edit",
  "Ron Trent Remix",
  "Âme Remix",
  "Instrumental",
  "Kerri’s Dub",
];
const ALBUMS = [
  "Late Night Tales",
  "Body Music",
  "Fabric Presents",
  "Love & Dancing",
  "Heat, Vol. 2",
  "",
];

/** A small deterministic generator (mulberry32): the corpus is the same on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * `count` tracks played back to back: `{ artist, title, remix, album, length }`, lengths in
 * seconds (2:30 to 3:30 apart from each other, as tracks mixed in and out play). A few titles
 * carry an apostrophe, a comma or double quotes, which every writer must escape its own way.
 */
export function makeTracks(count, seed = 1) {
  const rand = random(seed);
  const tracks = [];
  for (let i = 0; i < count; i++) {
    let title = `${pick(rand, WORDS)} ${pick(rand, WORDS)}`;
    if (i % 17 === 5) title = `Don’t Stop, ${title}`;
    if (i % 23 === 7) title = `${title} "Live"`;
    tracks.push({
      artist: pick(rand, ARTISTS),
      title,
      remix: pick(rand, REMIXES),
      album: pick(rand, ALBUMS),
      length: 150 + Math.floor(rand() * 61),
    });
  }
  return tracks;
}

/** Starts in seconds from 0, each track after the one before. */
export function startsOf(tracks) {
  const starts = [];
  let at = 0;
  for (const track of tracks) {
    starts.push(at);
    at += track.length;
  }
  return starts;
}

export const pad = (n, width = 2) => String(n).padStart(width, "0");

/** `Title (Remix)`, the name every expected entry carries. */
export const fullTitle = (track) => `${track.title} (${track.remix})`;
