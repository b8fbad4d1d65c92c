#!/usr/bin/env bash
# How a model reads digits written by people the project never saw: the digits of the
# handwriting fonts in Debian's archive, each drawn from one person's hand (Daniel Kahn Gillmor's,
# Femke Klaver's, the six writers of "Because We Had To", a pencil hand (Klee), a felt-tip (Kristi),
# a French school hand (Ecolier), ...). Each digit of each font is rendered twice by ImageMagick
# (its own rasteriser, nothing shared with the app): big, upright, dark on light paper; and small,
# turned 8 degrees, off-centre, light on a dark board. Then `bin/digitlab predict --json` reads
# them through the app's own preprocessing, and the script prints what each font's digits were
# read as and the total.
#
#   sudo apt-get install fonts-dkg-handwriting fonts-breip fonts-bwht fonts-femkeklaver \
#       fonts-humor-sans fonts-klee fonts-kristi fonts-comic-neue fonts-ecolier-court \
#       fonts-kaushanscript fonts-dancingscript
#   scripts/drawn-testset/font-digits.sh cnn-batchnorm
#
# Fonts that are not installed are skipped (and named). Needs ImageMagick and python3.
set -euo pipefail
model=${1:?usage: font-digits.sh MODEL (a sample model id or a model file)}
here=$(cd "$(dirname "$0")/../.." && pwd)
fonts=(
  /usr/share/fonts/truetype/fifthhorseman/dkg.ttf
  /usr/share/fonts/truetype/breip/Breip.ttf
  /usr/share/fonts/opentype/bwht/BecauseWeBuild-Regular.otf
  /usr/share/fonts/opentype/bwht/BecauseWeConnect-Regular.otf
  /usr/share/fonts/opentype/bwht/BecauseWeCreate-Regular.otf
  /usr/share/fonts/opentype/bwht/BecauseWeLearn-Regular.otf
  /usr/share/fonts/opentype/bwht/BecauseWeMentor-Regular.otf
  /usr/share/fonts/opentype/bwht/BecauseWeOrganize-Regular.otf
  /usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf
  /usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf
  /usr/share/fonts/truetype/klee/KleeOne-Regular.ttf
  /usr/share/fonts/truetype/kristi/Kristi.ttf
  /usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf
  /usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf
  /usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf
  /usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf
)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for font in "${fonts[@]}"; do
  name=$(basename "${font%.*}")
  if [ ! -f "$font" ]; then
    echo "skipped (not installed): $font" >&2
    continue
  fi
  for d in 0 1 2 3 4 5 6 7 8 9; do
    convert -size 200x200 xc:white -fill black -font "$font" -pointsize 130 -gravity center \
      -annotate +0+0 "$d" "$out/$name-big-$d.png"
    convert -size 200x200 xc:'#202020' -fill '#e8e8e8' -font "$font" -pointsize 70 -gravity northwest \
      -annotate 8x8+30+20 "$d" "$out/$name-small-$d.png"
  done
done
if ! ls "$out"/*.png > /dev/null 2>&1; then
  echo "font-digits.sh: none of the fonts is installed; the apt-get line at the top of this script installs them" >&2
  exit 2
fi
# predict says itself what is wrong with a model or an image (exit 2); nothing is counted then.
"$here/bin/digitlab" predict --model "$model" --json "$out"/*.png > "$out/answers.jsonl"
python3 -c '
import json, re, sys, collections
fonts = collections.OrderedDict()
for line in sys.stdin:
    answer = json.loads(line)
    name, _, digit = re.match(r".*/(.+)-(big|small)-(\d)\.png$", answer["image"]).groups()
    right, wrong = fonts.setdefault(name, [0, []])
    if answer.get("prediction") == int(digit):
        fonts[name][0] += 1
    else:
        read = answer.get("prediction")
        read = "not a digit" if read is None else read
        wrong.append(f"{digit}->{read}")
total = sum(r for r, _ in fonts.values())
count = sum(r + len(w) for r, w in fonts.values())
for name, (right, wrong) in fonts.items():
    misread = " ".join(wrong)
    print(f"{name:32s} {right:2d} of {right + len(wrong)}  {misread}")
print(f"read right: {total} of {count} ({100 * total / count:.1f}%) from {len(fonts)} fonts")
' < "$out/answers.jsonl"
