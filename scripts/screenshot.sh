#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, for the README (docs/*.png). Needs the build
# (mvn -q -DskipTests package) and Debian's xvfb, xauth, xdotool and imagemagick.
# Usage: scripts/screenshot.sh OUT.png [TAB_INDEX] [ACTIONS]
#   TAB_INDEX: 0 Draw, 1 Datasets, 2 Architecture, 3 Training, 4 Evaluation.
#   ACTIONS, comma-separated, done in order: "draw" drags a "7" across the canvas; "inside" and
#   "preprocess" pick that side tab of the Draw view; "evaluate" presses Evaluate and waits;
#   "cell" then clicks the 4→9 cell of the confusion matrix; "projector" switches projector mode
#   on for the shot with Ctrl+Shift+P and "dark" the dark look (each off again afterwards: the
#   remembered choice is unchanged). "train" (first) starts a run at launch (AutoTrain:
#   SHOT_PRESET, default mlp-512-256, on SHOT_LIMIT training images an epoch, default 20000) and
#   shoots after SHOT_WAIT seconds (default 40), mid-run with the charts drawn.
#   SHOT_CLICK="X Y" clicks there before the actions (e.g. a preset in the Architecture list);
#   SHOT_KEYS="Down Down" then presses those keys (xdotool's names), e.g. to reach a preset below
#   the list's visible part.
#   SHOT_SIZE=WxH is the screen and the window (default 1280x820; the README's shots are 1280x720,
#   a classroom projector). Coordinates are for the normal look: put "projector" last.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/screenshot.sh OUT.png [TAB_INDEX] [ACTIONS]}
tab=${2:-0}
action=${3:-}
size=${SHOT_SIZE:-1280x820}
# Fresh preferences for each shot: normal look, default window and model, whatever a teacher (or
# another app on this machine) last chose; nothing of the shot is remembered afterwards.
prefs=$(mktemp -d)
trap 'rm -rf "$prefs"' EXIT
DIGITLAB_JAVA_OPTS="${DIGITLAB_JAVA_OPTS:-} -Djava.util.prefs.userRoot=$prefs"
export DIGITLAB_JAVA_OPTS
export SHOT_OUT=$(realpath -m "$out") SHOT_TAB=$tab SHOT_ACTION=$action
export SHOT_W=${size%x*} SHOT_H=${size#*x}
if [[ ",$action," == *,train,* ]]; then
  DIGITLAB_JAVA_OPTS="${DIGITLAB_JAVA_OPTS:-} -Ddigitlab.autotrain=${SHOT_PRESET:-mlp-512-256}"
  DIGITLAB_JAVA_OPTS="$DIGITLAB_JAVA_OPTS -Ddigitlab.autotrain.limit=${SHOT_LIMIT:-20000}"
  export DIGITLAB_JAVA_OPTS SHOT_WAIT=${SHOT_WAIT:-40}
fi
xvfb-run -a -s "-screen 0 ${SHOT_W}x${SHOT_H}x24" bash -c '
  java @bin/jvm.options ${DIGITLAB_JAVA_OPTS:-} -cp "target/classes:target/lib/*" org.digitlab.ui.Launcher >/tmp/digitlab-shot.log 2>&1 &
  app=$!
  for i in $(seq 60); do
    win=$(xdotool search --name "^Digit Lab$" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 1
  done
  sleep "${SHOT_SETTLE:-8}"  # ND4J start-up and the sample model load in the background
  xdotool windowmove "$win" 0 0 windowsize "$win" "$SHOT_W" "$SHOT_H" 2>/dev/null || true
  sleep 1
  if [[ ",$SHOT_ACTION," == *,train,* ]]; then
    sleep "$SHOT_WAIT"  # the app shows the Training view itself and trains
  elif [ "$SHOT_TAB" != 0 ]; then
    xdotool mousemove $((60 + 95 * SHOT_TAB)) 18 click 1; sleep 4
  fi
  if [ -n "${SHOT_CLICK:-}" ]; then
    xdotool mousemove $SHOT_CLICK click 1; sleep 3
  fi
  if [ -n "${SHOT_KEYS:-}" ]; then
    xdotool key --delay 300 $SHOT_KEYS; sleep 3
  fi
  projector=no dark=no
  for act in ${SHOT_ACTION//,/ }; do
    case $act in
      draw)
        # The canvas follows the window height: the 7 is drawn for 820 pixels and scaled.
        y() { echo $(( $1 * SHOT_H / 820 )); }
        xdotool mousemove 150 $(y 200) mousedown 1
        for p in "230 200" "330 200" "430 200" "400 320" "360 450" "340 560" "320 660"; do
          xdotool mousemove ${p% *} $(y ${p#* }); sleep 0.05
        done
        xdotool mouseup 1; sleep 3 ;;
      preprocess) xdotool mousemove ${SHOT_PREPROCESS_XY:-892 77} click 1; sleep 4 ;;
      inside) xdotool mousemove ${SHOT_INSIDE_XY:-978 77} click 1; sleep 5 ;;
      evaluate) xdotool mousemove ${SHOT_EVALUATE_XY:-190 64} click 1; sleep ${SHOT_EVALUATE_WAIT:-25} ;;
      cell) xdotool mousemove ${SHOT_CELL_XY:-418 382} click 1; sleep 2 ;;
      projector) xdotool key ctrl+shift+p; projector=yes; sleep 4 ;;
      dark) xdotool mousemove ${SHOT_DARK_XY:-1150 $((SHOT_H - 15))} click 1; dark=yes; sleep 3 ;;
    esac
  done
  xdotool mousemove $((SHOT_W - 1)) 0; sleep 1  # no hover highlight or tooltip in the shot
  /usr/bin/import -window root "$SHOT_OUT"
  if [ $projector = yes ]; then
    xdotool key ctrl+shift+p; sleep 1
  fi
  if [ $dark = yes ]; then
    xdotool mousemove ${SHOT_DARK_XY:-1150 $((SHOT_H - 15))} click 1; sleep 1
  fi
  kill $app
'
echo "wrote $out"
