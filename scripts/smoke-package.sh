#!/usr/bin/env bash
# Checks the app image that scripts/package.sh --image-only made, as a classroom laptop would run
# it: no JDK and no Maven on the PATH, a user who never ran Digit Lab (an empty home: no dataset
# cache, no native library cache, no preferences), no network needed.
#   1. The packaged command line reads three MNIST test digits, drawn into PNGs here with
#      ImageMagick from the bundled files, and names the labels MNIST gives them.
#   2. `digitlab datasets` finds MNIST and Fashion-MNIST inside the app, nothing downloaded or copied.
#   3. The packaged app opens its window under Xvfb (xdotool search --sync, with a time-out), given
#      a .dlmodel and a .dlesson file as a double-click in a file manager would; the model it names
#      becomes ready to predict; the window is photographed, then closed.
# Prints the wall times (first prediction from a cold start, window showing) and writes
# target/package/smoke/window.png. Needs xvfb, xauth, xdotool and imagemagick (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "smoke-package.sh: $*" >&2; exit 1; }

image="target/package/image/Digit Lab"
[ -x "$image/bin/digitlab" ] || fail "no app image at $image (run scripts/package.sh --image-only)"
out=target/package/smoke
rm -rf "$out"
mkdir -p "$out"
image=$(realpath "$image")
out=$(realpath "$out")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The PATH the app gets: the system's commands except Maven and the JDK's (java, jar, ...).
mkdir "$work/bin" "$work/home"
for dir in /usr/bin /bin; do
  for tool in "$dir"/*; do
    name=$(basename "$tool")
    target=$(readlink -f "$tool")
    case "$name:$target" in mvn*|*/jvm/*|*/maven/*) continue ;; esac
    [ -x "$tool" ] && [ ! -e "$work/bin/$name" ] && ln -s "$tool" "$work/bin/$name"
  done
done
# A user who never ran Digit Lab; the JVM takes its home from the password file, not $HOME.
fresh=(env -i PATH="$work/bin" HOME="$work/home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$work/home")
! "${fresh[@]}" sh -c 'command -v mvn || command -v java' || fail "Maven or Java is still on the stripped PATH"

# Three MNIST test digits as PNGs, and their labels, read straight from the IDX files.
mnist="$image/lib/app/datasets/mnist"
gzip -dc "$mnist/t10k-images-idx3-ubyte.gz" > "$work/images"
gzip -dc "$mnist/t10k-labels-idx1-ubyte.gz" > "$work/labels"
expected=()
for i in 0 1 2; do
  # IDX: a 16-byte header, then 784 bytes an image; labels after an 8-byte header, a byte each.
  dd if="$work/images" of="$work/digit.gray" iflag=skip_bytes,count_bytes skip=$((16 + 784 * i)) count=784 status=none
  /usr/bin/convert -size 28x28 -depth 8 "gray:$work/digit.gray" "$work/digit-$i.png"
  expected+=("$(od -An -tu1 -j $((8 + i)) -N 1 "$work/labels" | tr -d ' ')")
done

start=$(date +%s%N)
"${fresh[@]}" "$image/bin/digitlab" predict --model cnn-3conv \
  "$work/digit-0.png" "$work/digit-1.png" "$work/digit-2.png" > "$out/predict.txt" 2> "$out/predict.log"
predict_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cat "$out/predict.txt"
for i in 0 1 2; do
  grep -q "digit-$i.png: ${expected[$i]} (" "$out/predict.txt" \
    || fail "digit-$i.png is a ${expected[$i]} in MNIST, the packaged app said otherwise"
done

"${fresh[@]}" "$image/bin/digitlab" datasets > "$out/datasets.txt" 2>&1
for bundled in "$image/lib/app/datasets"/*/; do
  id=$(basename "$bundled")
  grep -A1 "^$id " "$out/datasets.txt" | grep -qF "${bundled}train-images-idx3-ubyte.gz" \
    || { cat "$out/datasets.txt" >&2; fail "$id is not found inside the app"; }
done
[ ! -e "$work/home/.digitlab/datasets/mnist" ] || fail "MNIST was copied into the user's cache"

# The window, as a double-click on a model file and a lesson file opens it (the installer's file
# associations pass their paths): lenet5, not the usual cnn-3conv, must become the current model.
cp "$image/lib/app/sample-models/lenet5.zip" "$work/class-model.dlmodel"
"${fresh[@]}" "$image/bin/digitlab" lesson show 002 > "$work/why-wont-it-learn.dlesson"
# xvfb-run's own programs (Xvfb, xauth) come from the stripped PATH too.
"${fresh[@]}" SMOKE_OUT="$out" SMOKE_APP="$image/bin/Digit Lab" \
  SMOKE_FILES="$work/class-model.dlmodel $work/why-wont-it-learn.dlesson" \
  xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
  set -u
  start=$(date +%s%N)
  "$SMOKE_APP" $SMOKE_FILES > "$SMOKE_OUT/window.log" 2>&1 &
  app=$!
  win=$(timeout 90 xdotool search --sync --name "^Digit Lab$" | head -1) || win=
  echo $(( ($(date +%s%N) - start) / 1000000 )) > "$SMOKE_OUT/window-ms.txt"
  [ -n "$win" ] || { echo "smoke-package.sh: no window within 90 s" >&2; kill $app; exit 1; }
  # Then the views, ND4J and the sample model load in the background: the app logs when the
  # model is ready to predict (or dies trying).
  for i in $(seq 120); do
    grep -q "ready to predict" "$SMOKE_OUT/window.log" && break
    kill -0 $app 2>/dev/null || { echo "smoke-package.sh: the app died after showing its window" >&2; exit 1; }
    sleep 1
  done
  if ! grep -q "ready to predict" "$SMOKE_OUT/window.log"; then
    import -window root "$SMOKE_OUT/window.png"  # the status bar says why
    kill -QUIT $app; sleep 2  # and a thread dump of the JVM, into window.log
    echo "smoke-package.sh: no model ready within 120 s: see $SMOKE_OUT/window.png and window.log" >&2
    kill $app; exit 1
  fi
  # A photograph once something is drawn (a blank screen has no spread of colours).
  for i in $(seq 20); do
    import -window root "$SMOKE_OUT/window.png"
    [ "$(/usr/bin/convert "$SMOKE_OUT/window.png" -format "%[fx:standard_deviation > 0.01]" info:)" = 1 ] && break
    sleep 0.5
  done
  kill $app; wait $app || true
'
grep -q "model lenet5 ready" "$out/window.log" \
  || { cat "$out/window.log" >&2; fail "the double-clicked model did not open"; }
if grep -q "Exception in\|^Caused by" "$out/window.log"; then
  cat "$out/window.log" >&2; fail "the window's log has an exception"
fi
clock() { sed -n "s/.*INFO: $1 \([0-9,]*\) ms after JVM start/\1/p" "$out/window.log" | tr -d ,; }
echo "smoke-package.sh: OK. Cold start to first prediction ${predict_ms} ms (a new user: ND4J's native" \
  "libraries unpacked first). Window: mapped after $(cat "$out/window-ms.txt") ms, its views shown" \
  "$(clock 'window visible') ms and the model ready $(clock 'model .* ready to predict') ms after the JVM" \
  "started. $out/window.png"
