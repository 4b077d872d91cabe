#!/usr/bin/env bash
# The image benchmark (see bench/image/README.md).
# Usage: bench/image/run.sh [build-dir] [work-dir]
#   build-dir  default build/bench (Release, shared with the launch benchmark)
#   work-dir   where the generated photos and outputs go; default ${TMPDIR:-/tmp}/whop-image-bench
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/bench}
work=${2:-${TMPDIR:-/tmp}/whop-image-bench}
bash scripts/deps.sh bench # the build tools, and ImageMagick to compare with
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWHOP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_image_pipeline bench_image_prepare -j "$(nproc 2>/dev/null || echo 2)"
exec "$build/bench/image/bench_image_pipeline" run "$work"
