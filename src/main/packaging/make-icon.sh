#!/usr/bin/env bash
# Redraws the app's icon (committed, so packaging needs no ImageMagick): MNIST's first test digit,
# a 7, at 7x its 28 pixels with the pixels kept square, in the projector palette's blue on a card.
# Needs the MNIST cache (scripts/fetch-datasets.sh) and ImageMagick 6 (/usr/bin/convert).
# Writes src/main/packaging/digitlab.png (256x256, Linux and jpackage's default) and src/main/packaging/digitlab.ico
# (Windows: 256, 64, 48, 32 and 16 pixels). macOS's .icns is made from the PNG by scripts/package.sh.
set -euo pipefail
cd "$(dirname "$0")"
mnist=${DIGITLAB_HOME:-$HOME/.digitlab}/datasets/mnist/t10k-images-idx3-ubyte
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The first image of the IDX file: 784 bytes after the 16-byte header.
dd if="$mnist" bs=1 skip=16 count=784 status=none > "$work/seven.gray"
/usr/bin/convert -size 28x28 -depth 8 gray:"$work/seven.gray" -filter point -resize 196x196 \
  \( +clone -fill '#0072B2' -colorize 100 \) +swap -compose CopyOpacity -composite "$work/digit.png"
/usr/bin/convert -size 256x256 xc:none -fill '#F5F1E6' -stroke '#0072B2' -strokewidth 8 \
  -draw "roundrectangle 8,8 247,247 40,40" "$work/digit.png" -gravity center -geometry +0+2 \
  -compose over -composite -depth 8 -strip digitlab.png
/usr/bin/convert digitlab.png -define icon:auto-resize=256,64,48,32,16 digitlab.ico
