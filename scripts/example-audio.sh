#!/bin/sh
# Makes the audio of examples/: silent FLAC as long as each example's show (past its last track,
# over Mixcloud's 15 minutes), a few kB each. Digital silence (no dither) in 65535-sample blocks
# compresses to almost nothing while STREAMINFO still gives the true length.
# Needs sox and flac (Debian: apt-get install sox flac). Run from the repository root.
set -eu
make() { # make OUTPUT SECONDS
  tmp=$(mktemp --suffix=.wav)
  sox -D -n -r 8000 -b 16 -c 1 "$tmp" trim 0 "$2"
  flac -f -s --lax --blocksize=65535 -8 --no-padding --no-seektable -o "$1" "$tmp"
  chmod 644 "$1" # flac copies the permissions of the temporary input
  rm -f "$tmp"
}
make examples/deep-sessions-07.flac 3900    # 1:05:00; last track at 1:01:15
make examples/audio/night-shift-042.flac 3300 # 55:00; last section at 52:00
make examples/sample-and-funky.flac 1500    # 25:00; last track at 21:30
