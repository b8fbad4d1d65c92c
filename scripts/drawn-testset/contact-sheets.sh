#!/usr/bin/env bash
# Contact sheets for reading the independent drawn set blind: the 400 canvases in a shuffled
# order, 50 to a sheet (10 across, 5 down), with neither file names nor labels in sight. A reader
# writes down the digit they see on each tile (and whether they are sure) before looking at
# anything else; scripts/drawn-testset/reading-to-csv.py then turns that list into reading.csv.
#
# Why: a set drawn by a program can hold drawings a person would not read as their label (a
# lead-in as long as a 7's bar, a blob traced into another shape). Only a reader who sees neither
# the labels nor a model's answers can say which, without flattering the model.
#
#   scripts/drawn-testset/contact-sheets.sh src/test/resources/drawn/independent OUT KEYDIR
#
# OUT gets sheet1.png ... sheet8.png and tiles/tNNN.png (each tile alone, larger);
# KEYDIR gets order.txt (tile N is line N's file). Keep KEYDIR away from the reader.
# Needs ImageMagick (montage). The order is fixed (seed 42), so the sheets can be made again.
set -eu
set_dir=${1:?usage: contact-sheets.sh SET_DIR OUT KEYDIR}
out=${2:?usage: contact-sheets.sh SET_DIR OUT KEYDIR}
key=${3:?usage: contact-sheets.sh SET_DIR OUT KEYDIR}
if ! ls "$set_dir"/*.png > /dev/null 2>&1; then
  echo "contact-sheets.sh: no PNG canvases in $set_dir" >&2
  exit 2
fi
mkdir -p "$out/tiles" "$key"
# A fixed stream of bytes as shuf's randomness: the same order on every machine.
seeded() { yes 42; }
(cd "$set_dir" && ls ./*.png | sed 's|^\./||' | shuf --random-source=<(seeded)) > "$key/order.txt"
n=0
while read -r file; do
  n=$((n + 1))
  cp "$set_dir/$file" "$out/tiles/t$(printf %03d "$n").png"
done < "$key/order.txt"
sheets=$(( (n + 49) / 50 ))
s=1
while [ "$s" -le "$sheets" ]; do
  first=$(( (s - 1) * 50 + 1 ))
  last=$(( s * 50 ))
  tiles=$(ls "$out"/tiles/t*.png | sed -n "${first},${last}p")
  # shellcheck disable=SC2086 # the tile paths have no spaces: tNNN.png under OUT
  montage $tiles -tile 10x5 -geometry 110x110+4+4 "$out/sheet$s.png"
  s=$((s + 1))
done
echo "$n tiles on $sheets sheets in $out; the key is $key/order.txt"
