#!/usr/bin/env bash
# Training speed of Digit Lab's own trainer against PyTorch on the same CPU and the same MNIST
# slice, alternated, with the DL4J/PyTorch ratio per model as the median of the runs.
#  1. warm: `digitlab bench` (epoch 1 warms up, the median of the others counts) against the same
#     loop in PyTorch;
#  2. first epoch: `digitlab train --limit N --epochs 1`, as a user starts a run (JVM, native
#     libraries and JIT warm-up included), against PyTorch's first epoch in a fresh process.
# A benchmark, not a test. Usage: scripts/bench.sh [RUNS] [EXAMPLES]   (defaults: 3, 10000)
# Needs: the build (mvn -q -DskipTests package), MNIST in the cache (scripts/fetch-datasets.sh),
# Debian's python3-torch with an optimised BLAS (installed here when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
examples=${2:-10000}
# The 56x56 lesson models of notebook 001 run on a quarter of the slice: the CNN does ~500 ex/s.
models=(mlp-512-256 lenet5 lenet5-classic cnn-3conv mlp-512-256-uncentered cnn-3conv-uncentered)
first_epoch_models=(mlp-512-256 lenet5 lenet5-classic cnn-3conv)

if ! /usr/bin/python3 -c 'import torch' 2>/dev/null || ! ldconfig -p | grep -q openblas; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
  else
    echo "bench.sh: PyTorch or OpenBLAS is missing: apt-get install python3-torch libopenblas0-pthread" >&2
    exit 1
  fi
fi
[ -f target/digitlab.jar ] || { echo "bench.sh: build first: mvn -q -DskipTests package" >&2; exit 1; }

slice() { case "$1" in *-uncentered) echo $((examples / 4));; *) echo "$examples";; esac; }

results=$(mktemp)
firsts=$(mktemp)
model_file=$(mktemp -u).zip
trap 'rm -f "$results" "$firsts" "$model_file"' EXIT
for run in $(seq "$runs"); do
  for model in "${models[@]}"; do
    # Alternate A and B so that a noisy neighbour hurts both alike. PyTorch gets its best
    # settings measured here: 2 threads, OpenMP threads that sleep when idle, OpenBLAS.
    bin/digitlab bench --arch "$model" --examples "$(slice "$model")" 2>/dev/null | grep '^{' >> "$results"
    OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 scripts/bench_torch.py --arch "$model" \
      --examples "$(slice "$model")" --threads 2 >> "$results"
    echo "run $run/$runs: $model done" >&2
  done
  for model in "${first_epoch_models[@]}"; do
    speed=$(bin/digitlab train --arch "$model" --limit "$examples" --epochs 1 --out "$model_file" 2>/dev/null \
      | sed -n 's/^Epoch 1\/1 - .* - \([0-9.]*\) ex\/s.*/\1/p')
    echo "{\"framework\": \"dl4j\", \"arch\": \"$model\", \"first_epoch_ex_per_s\": ${speed:-0}}" >> "$firsts"
    OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 scripts/bench_torch.py --arch "$model" --examples "$examples" \
      --epochs 1 --threads 2 >> "$firsts"
    rm -f "$model_file"
    echo "run $run/$runs: $model first epoch done" >&2
  done
done

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
flags=$(grep -m1 -o -w -E 'avx2|avx512f|avx512_bf16|amx_tile|asimd|sve' /proc/cpuinfo | sort -u | tr '\n' ' ' || true)
/usr/bin/python3 - "$results" "$firsts" "$cpu" "$flags" "$(nproc)" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
firsts = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
models = list(dict.fromkeys(r["arch"] for r in rows))
native = next((r["native"] for r in rows if r["framework"] == "dl4j"), "")

def ratio(dl4j, torch):
    return statistics.median(a / b for a, b in zip(dl4j, torch) if b) if dl4j else float("nan")

print("Warm (epoch 1 a warm-up, median of the others):\n")
print("| model | batch | examples | Digit Lab (DL4J) ex/s | PyTorch ex/s | DL4J/PyTorch |")
print("|---|---|---|---|---|---|")
for m in models:
    d = [r["median_ex_per_s"] for r in rows if r["arch"] == m and r["framework"] == "dl4j"]
    p = [r["median_ex_per_s"] for r in rows if r["arch"] == m and r["framework"] == "pytorch"]
    first = next(r for r in rows if r["arch"] == m)
    print(f"| {m} | {first['batch']} | {first['examples']:,} | {statistics.median(d):,.0f} | "
          f"{statistics.median(p):,.0f} | {ratio(d, p):.2f} |")
print("\nFirst epoch of a fresh process (digitlab train --limit N --epochs 1; PyTorch's first epoch):\n")
print("| model | Digit Lab (DL4J) ex/s | PyTorch ex/s | DL4J/PyTorch |")
print("|---|---|---|---|")
for m in dict.fromkeys(r["arch"] for r in firsts):
    d = [r["first_epoch_ex_per_s"] for r in firsts if r["arch"] == m and r["framework"] == "dl4j"]
    p = [r["first_epoch_ex_per_s"] for r in firsts if r["arch"] == m and r["framework"] == "pytorch"]
    print(f"| {m} | {statistics.median(d):,.0f} | {statistics.median(p):,.0f} | {ratio(d, p):.2f} |")
runs = len(rows) // 2 // max(1, len(models))
print(f"\n{runs} alternated runs per model, medians. Machine: {sys.argv[3]}, {sys.argv[5]} cores, "
      f"flags {sys.argv[4].strip() or 'none of avx2/avx512'}; {native}")
PY
