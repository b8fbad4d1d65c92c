#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, for the README (docs/*.png). Needs the build
# (mvn -q -DskipTests package) and Debian's xvfb, xauth, xdotool and imagemagick.
# Usage: scripts/screenshot.sh OUT.png [TAB_INDEX] [draw|train]
#   TAB_INDEX: 0 Draw, 1 Datasets, 2 Architecture, 3 Training; "draw": drag a "7" across the
#   canvas first; "train": start a run at launch (AutoTrain: SHOT_PRESET, default mlp-512-256, on
#   SHOT_LIMIT training images an epoch, default 20000) and shoot after SHOT_WAIT seconds
#   (default 40), mid-run with the charts drawn. SHOT_CLICK="X Y" clicks there before the shot
#   (e.g. a preset in the Architecture view's list).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/screenshot.sh OUT.png [TAB_INDEX] [draw|train]}
tab=${2:-0}
action=${3:-}
export SHOT_OUT=$(realpath -m "$out") SHOT_TAB=$tab SHOT_ACTION=$action
if [ "$action" = train ]; then
  DIGITLAB_JAVA_OPTS="${DIGITLAB_JAVA_OPTS:-} -Ddigitlab.autotrain=${SHOT_PRESET:-mlp-512-256}"
  DIGITLAB_JAVA_OPTS="$DIGITLAB_JAVA_OPTS -Ddigitlab.autotrain.limit=${SHOT_LIMIT:-20000}"
  export DIGITLAB_JAVA_OPTS SHOT_WAIT=${SHOT_WAIT:-40}
fi
xvfb-run -a -s "-screen 0 1280x820x24" bash -c '
  java ${DIGITLAB_JAVA_OPTS:-} -cp "target/classes:target/lib/*" org.digitlab.ui.Launcher >/tmp/digitlab-shot.log 2>&1 &
  app=$!
  for i in $(seq 60); do
    win=$(xdotool search --name "^Digit Lab$" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 1
  done
  sleep 8  # ND4J start-up and the sample model load in the background
  xdotool windowmove "$win" 0 0 windowsize "$win" 1280 820 2>/dev/null || true
  sleep 1
  if [ "$SHOT_ACTION" = train ]; then
    sleep "$SHOT_WAIT"  # the app shows the Training view itself and trains
  elif [ "$SHOT_TAB" != 0 ]; then
    xdotool mousemove $((60 + 95 * SHOT_TAB)) 18 click 1; sleep 4
  fi
  if [ -n "${SHOT_CLICK:-}" ]; then
    xdotool mousemove $SHOT_CLICK click 1; sleep 3
  fi
  if [ "$SHOT_ACTION" = draw ]; then
    xdotool mousemove 200 200 mousedown 1
    for p in "300 200" "420 200" "540 200" "500 320" "450 450" "420 560" "400 660"; do
      xdotool mousemove $p; sleep 0.05
    done
    xdotool mouseup 1; sleep 3
  fi
  /usr/bin/import -window root "$SHOT_OUT"
  kill $app
'
echo "wrote $out"
