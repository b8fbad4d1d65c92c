#!/usr/bin/env bash
# Training speed of Digit Lab's own trainer against PyTorch on the same CPU and the same MNIST
# slice, alternated, with the DL4J/PyTorch ratio per model as the median of the runs.
# A benchmark, not a test. Usage: scripts/bench.sh [RUNS] [EXAMPLES]   (defaults: 3, 10000)
# Needs: the build (mvn -q -DskipTests package), MNIST in the cache (scripts/fetch-datasets.sh),
# Debian's python3-torch with an optimised BLAS (installed here when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
examples=${2:-10000}
models=(mlp-512-256 lenet5 lenet5-classic cnn-3conv)

if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
  else
    echo "bench.sh: PyTorch is missing: apt-get install python3-torch libopenblas0-pthread" >&2
    exit 1
  fi
fi
[ -f target/digitlab.jar ] || { echo "bench.sh: build first: mvn -q -DskipTests package" >&2; exit 1; }

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for run in $(seq "$runs"); do
  for model in "${models[@]}"; do
    # Alternate A and B so that a noisy neighbour hurts both alike. PyTorch gets its best
    # settings measured here: 2 threads, OpenMP threads that sleep when idle, OpenBLAS.
    bin/digitlab bench --arch "$model" --examples "$examples" 2>/dev/null | grep '^{' >> "$results"
    OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 scripts/bench_torch.py --arch "$model" \
      --examples "$examples" --threads 2 >> "$results"
    echo "run $run/$runs: $model done" >&2
  done
done

/usr/bin/python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
models = list(dict.fromkeys(r["arch"] for r in rows))
native = next((r["native"] for r in rows if r["framework"] == "dl4j"), "")
print(f"| model | batch | Digit Lab (DL4J) ex/s | PyTorch ex/s | DL4J/PyTorch |")
print(f"|---|---|---|---|---|")
for m in models:
    d = [r["median_ex_per_s"] for r in rows if r["arch"] == m and r["framework"] == "dl4j"]
    p = [r["median_ex_per_s"] for r in rows if r["arch"] == m and r["framework"] == "pytorch"]
    ratios = [a / b for a, b in zip(d, p)]
    batch = next(r["batch"] for r in rows if r["arch"] == m)
    print(f"| {m} | {batch} | {statistics.median(d):,.0f} | {statistics.median(p):,.0f} | "
          f"{statistics.median(ratios):.2f} |")
print(f"\n{len(rows) // 2 // max(1, len(models))} alternated runs per model, medians; {native}")
PY
