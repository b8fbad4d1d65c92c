#!/usr/bin/env bash
# Trains every seed preset with bin/digitlab train and keeps the logs: the figures of the README's
# "Presets trained on this machine" table come from here. Usage: scripts/train-presets.sh OUT_DIR
# Epochs are the notebooks' where time allows, fewer where the notebook trains for 50.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/presets}
mkdir -p "$out"
run() { # id epochs
  local id=$1 epochs=$2
  echo "== $id ($epochs epochs) $(date -u +%FT%TZ)"
  bin/digitlab train --arch "$id" --epochs "$epochs" --out "$out/$id.zip" 2>&1 | tee "$out/$id.log"
}
run mlp-100 5
run mlp-512-256 20
run mlp-sigmoid-mse 5
run mlp-dropout 10
run cnn-batchnorm 1
run lenet5-small 10
run cnn-3conv 12
run lenet5 15
