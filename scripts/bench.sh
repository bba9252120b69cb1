#!/usr/bin/env bash
# Run every benchmark in bench/ (each prints ratios measured in one run: ours against a reference on the same input).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f requirements-bench.txt ]; then .venv/bin/python -m pip install -q -r requirements-bench.txt -c constraints.txt; fi
shopt -s nullglob
benches=(bench/bench_*.py)
if [ ${#benches[@]} -eq 0 ]; then echo "bench: no benchmarks yet"; exit 0; fi
for bench in "${benches[@]}"; do
  echo "== $bench"
  .venv/bin/python "$bench"
done
