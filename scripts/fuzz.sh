#!/usr/bin/env bash
# Fuzzes every parser of outside data (fuzz/): builds the fuzz preset (clang, libFuzzer, ASan +
# UBSan) and runs each target for SECONDS (default 15), starting from its seed inputs in
# fuzz/corpus/<target>/ plus what earlier runs found (build/fuzz/corpus/<target>/). Prints the
# executions and findings per target; exits non-zero when there is a finding (the input that
# triggered it is kept in build/fuzz/findings/).
#   scripts/fuzz.sh          the short run that scripts/test.sh does
#   scripts/fuzz.sh 600      the longer run: ten minutes per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
jobs=$(nproc 2>/dev/null || echo 2)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs" >/dev/null

out=build/fuzz
mkdir -p "$out/findings" "$out/logs"
total_findings=0
printf '%-22s %14s %10s %9s\n' target executions "exec/s" findings
while read -r target; do
    [ -n "$target" ] || continue
    corpus="$out/corpus/$target"
    mkdir -p "$corpus"
    log="$out/logs/$target.log"
    before=$(find "$out/findings" -name "$target-*" | wc -l)
    # New interesting inputs go to the first directory (build/), never into the repository.
    set +e
    "$out/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/findings/$target-" \
        "$corpus" "fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
    after=$(find "$out/findings" -name "$target-*" | wc -l)
    found=$((after - before))
    if [ "$status" -ne 0 ] && [ "$found" -eq 0 ]; then
        found=1 # it stopped without leaving an input (for example a crash in start-up)
    fi
    total_findings=$((total_findings + found))
    printf '%-22s %14s %10s %9s\n' "$target" "${execs:-?}" "${rate:-?}" "$found"
    if [ "$found" -ne 0 ]; then
        echo "  see $log and $out/findings/$target-*" >&2
    fi
done <"$out/fuzz/targets.txt"

if [ "$total_findings" -ne 0 ]; then
    echo "fuzzing: $total_findings finding(s)" >&2
    exit 1
fi
echo "fuzzing: no findings ($seconds s per target)"
