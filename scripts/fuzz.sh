#!/usr/bin/env bash
# Fuzzes every parser of outside data (fuzz/): builds the libFuzzer targets of the asan preset
# (clang, ASan + UBSan; the fuzz build preset) and runs each target for SECONDS (default 15),
# starting from its seed inputs in fuzz/corpus/<target>/ plus what earlier runs found
# (build/fuzz/corpus/<target>/), one target per core at a time (WHOP_FUZZ_JOBS). Prints the
# executions and findings per target; exits non-zero when there is a finding (the input that
# triggered it is kept in build/fuzz/findings/, the log in build/fuzz/logs/).
#   scripts/fuzz.sh          the short run that scripts/test.sh does
#   scripts/fuzz.sh 600      the longer run: ten minutes per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
# Targets run at once: one per core, or WHOP_FUZZ_JOBS (scripts/test.sh runs them beside the
# sanitized suite, where they get what the suite leaves of the cores).
jobs=${WHOP_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

# WHOP_FUZZ_BUILT=1: the asan build is current (scripts/test.sh, which runs the sanitized suite in
# the same build tree meanwhile: configuring it again then could change files the suite reads).
if [ "${WHOP_FUZZ_BUILT:-0}" != 1 ]; then
    cmake --preset asan >/dev/null
    cmake --build --preset fuzz -j "$jobs" >/dev/null
fi

bin=build/asan/fuzz
out=build/fuzz
mkdir -p "$out/findings" "$out/logs"
mapfile -t targets < <(grep -v '^$' "$bin/targets.txt")

# Runs one target; leaves "<executions> <exec/s> <findings>" in $out/logs/<target>.result.
fuzz_one() {
    local target=$1 log="$out/logs/$1.log" status
    mkdir -p "$out/corpus/$target"
    local before
    before=$(find "$out/findings" -name "$target-*" | wc -l)
    # New interesting inputs go to the first directory (build/), never into the repository.
    set +e
    "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/findings/$target-" \
        "$out/corpus/$target" "fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    set -e
    local execs rate found
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
    found=$(($(find "$out/findings" -name "$target-*" | wc -l) - before))
    # Stopped without leaving an input (for example a crash while starting): still a finding.
    if [ "$status" -ne 0 ] && [ "$found" -eq 0 ]; then found=1; fi
    echo "${execs:-?} ${rate:-?} $found" >"$out/logs/$target.result"
}

running=0
for target in "${targets[@]}"; do
    fuzz_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

total_findings=0
printf '%-22s %14s %10s %9s\n' target executions "exec/s" findings
for target in "${targets[@]}"; do
    read -r execs rate found <"$out/logs/$target.result"
    printf '%-22s %14s %10s %9s\n' "$target" "$execs" "$rate" "$found"
    if [ "$found" -ne 0 ]; then
        echo "  see $out/logs/$target.log and $out/findings/$target-*" >&2
        total_findings=$((total_findings + found))
    fi
done
if [ "$total_findings" -ne 0 ]; then
    echo "fuzzing: $total_findings finding(s)" >&2
    exit 1
fi
echo "fuzzing: no findings ($seconds s per target)"
