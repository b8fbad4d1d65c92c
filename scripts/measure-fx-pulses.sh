#!/usr/bin/env bash
# How smooth the window stays while a network trains: starts the real app under Xvfb with a
# training run at launch (AutoTrain), records the gaps between FX pulses with an AnimationTimer
# while the run trains, and writes them with the training speed when the run ends; the app then
# closes. Compare examples_per_second with `bin/digitlab train` alone (its "ex/s" per epoch).
# Needs the build (mvn -q -DskipTests package) and Debian's xvfb and xauth.
#
# Usage: scripts/measure-fx-pulses.sh [PRESET] [EPOCHS] [LIMIT] [OUT]
#   PRESET  default cnn-3conv          EPOCHS  default: the preset's own (20 for cnn-3conv)
#   LIMIT   training images an epoch, 0 = all (default 0)
#   OUT     default target/fx-pulses-PRESET.txt
# With COMPARE_CLI=1 the same training then runs in `bin/digitlab train` alone, and its speed is
# added as cli_examples_per_second (over whole epochs, as the window's figure).
# A quick check: scripts/measure-fx-pulses.sh cnn-3conv 1 3000
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-cnn-3conv}
epochs=${2:-}
limit=${3:-0}
out=$(realpath -m "${4:-target/fx-pulses-$preset.txt}")
rm -f "$out"
opts="-Ddigitlab.autotrain=$preset -Ddigitlab.autotrain.limit=$limit -Ddigitlab.measure.out=$out"
if [ -n "$epochs" ]; then
  opts="$opts -Ddigitlab.autotrain.epochs=$epochs"
fi
log=${out%.txt}.log
echo "training $preset (epochs: ${epochs:-preset}, limit: $limit) with the window open; log: $log"
xvfb-run -a -s "-screen 0 1280x820x24" \
  java @bin/jvm.options ${DIGITLAB_JAVA_OPTS:-} $opts -cp "target/classes:target/lib/*" org.digitlab.ui.Launcher >"$log" 2>&1
if [ ! -s "$out" ]; then
  echo "no measurement written; see $log" >&2
  exit 1
fi
if [ "${COMPARE_CLI:-0}" = 1 ]; then
  cli_log=${out%.txt}-cli.log
  echo "the same training without a window; log: $cli_log"
  bin/digitlab train --arch "$preset" ${epochs:+--epochs "$epochs"} --limit "$limit" \
    --out "${out%.txt}-cli.zip" >"$cli_log" 2>&1
  # "Epoch 3/20 - 4.1s - 14634 ex/s - ...": examples over seconds, summed over the epochs.
  awk '/^Epoch [0-9]+\/[0-9]+ - / { s = $4; sub(/s$/, "", s); n += $6 * s; t += s }
       END { if (t > 0) printf "cli_examples_per_second=%.0f\n", n / t }' "$cli_log" >>"$out"
fi
cat "$out"
