#!/usr/bin/env bash
# Redraws the application icon (needs ImageMagick: apt-get install imagemagick).
# Three offset columns, one per source, in the Okabe-Ito agree/diverge/contradict colours,
# crossed by the line that aligns one claim across them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
convert -size 256x256 xc:none \
  -fill '#1b2733' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#009E73' -draw 'roundrectangle 48,60 92,196 10,10' \
  -fill '#E69F00' -draw 'roundrectangle 106,44 150,180 10,10' \
  -fill '#D55E00' -draw 'roundrectangle 164,76 208,212 10,10' \
  -fill '#ffffff' -draw 'rectangle 40,124 216,132' \
  -strip parallax.png
convert parallax.png -define icon:auto-resize=256,64,48,32,16 -strip parallax.ico
