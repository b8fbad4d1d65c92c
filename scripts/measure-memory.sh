#!/usr/bin/env bash
# Resident memory of the real app through a lesson, for the 4 GB laptops of a classroom. Starts
# the app under Xvfb (1280x720) with the lesson driver on (-Ddigitlab.lesson: draw, browse MNIST,
# Fashion-MNIST and the 56x56 set, train mlp-100 and cnn-3conv for a few epochs on 10,000 images,
# use the model, evaluate it, export a run report; the app closes itself at the end), reads the
# process's VmRSS and VmHWM from /proc four times a second, files each sample under the phase the
# app announced last, and prints per phase the peak and the last sample (what stays), then
# "peak_rss_mb N" as its last line (the kernel's high-water mark, so a spike between samples counts).
# Needs the build (mvn -q -DskipTests package) and Debian's xvfb and xauth; Linux only (/proc).
#
# Usage: scripts/measure-memory.sh [EPOCHS]     (epochs of each run, default 3)
# The JVM options are bin/jvm.options's, as for bin/digitlab; DIGITLAB_JAVA_OPTS adds to them
# (e.g. DIGITLAB_JAVA_OPTS=-Xmx4g to try another heap). Samples and the app's log: target/memory/.
set -euo pipefail
cd "$(dirname "$0")/.."
epochs=${1:-3}
dir=$(realpath -m target/memory)
mkdir -p "$dir"
export MARKS="$dir/phases.txt" SAMPLES="$dir/samples.txt" LOG="$dir/app.log" EPOCHS=$epochs
rm -f "$MARKS" "$SAMPLES"
# As bin/digitlab starts the JVM: its environment and bin/jvm.options.
: "${OMP_WAIT_POLICY:=PASSIVE}"
export OMP_WAIT_POLICY JVM_OPTIONS=@bin/jvm.options
echo "lesson with $epochs epochs a run; samples in $SAMPLES, app log in $LOG" >&2
xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
  java $JVM_OPTIONS ${DIGITLAB_JAVA_OPTS:-} -Ddigitlab.lesson="$MARKS" -Ddigitlab.lesson.epochs="$EPOCHS" \
    -cp "target/classes:target/lib/*" org.digitlab.ui.Launcher >"$LOG" 2>&1 &
  app=$!
  while kill -0 $app 2>/dev/null; do
    rss="" hwm=""
    while read -r key value unit; do
      case $key in VmRSS:) rss=$value ;; VmHWM:) hwm=$value ;; esac
    done </proc/$app/status 2>/dev/null || true
    phase=launch
    [ -s "$MARKS" ] && read -r phase when < <(grep -v "^#" "$MARKS" | tail -n 1)
    [ -n "$rss" ] && echo "$(date +%s%3N) $phase $rss $hwm" >>"$SAMPLES"
    sleep 0.25
  done
  wait $app
'
if ! grep -q '^end ' "$MARKS" 2>/dev/null; then
  echo "the lesson did not finish (last phase: $(grep -v '^#' "$MARKS" | tail -n 1)); see $LOG" >&2
  exit 1
fi
# Per phase, in order: samples, the highest RSS, the last RSS; then the process's high-water mark.
awk '
  { if (!($2 in peak)) { order[++n] = $2; peak[$2] = 0 }
    count[$2]++; if ($3 > peak[$2]) peak[$2] = $3; last[$2] = $3
    if ($4 > hwm) hwm = $4; if ($3 > hwm) hwm = $3 }
  END {
    printf "%-18s %8s %12s %12s\n", "phase", "samples", "peak_rss_mb", "end_rss_mb"
    for (i = 1; i <= n; i++) { p = order[i]
      printf "%-18s %8d %12.0f %12.0f\n", p, count[p], peak[p] / 1024, last[p] / 1024 }
    printf "peak_rss_mb %.0f\n", hwm / 1024
  }' "$SAMPLES"
