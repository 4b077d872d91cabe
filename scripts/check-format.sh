#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says (one pass of clang-format
# over every tracked .cpp and .h, two at a time). Prints each place and how to fix it.
# Run by CTest as `clang_format` (label format); also usable by hand from anywhere in the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null; then
    echo "clang-format is not installed (scripts/deps.sh test installs it)" >&2
    exit 1
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    list() { git ls-files -z -- '*.cpp' '*.h'; }
else # an unpacked source tarball
    list() { find app ui tests bench fuzz tools -name '*.cpp' -o -name '*.h' | tr '\n' '\0'; }
fi
if ! out=$(list | xargs -0 -r -P2 -n60 clang-format --dry-run --Werror 2>&1); then
    printf '%s\n' "$out" | grep -E '^[^ ].*(error|warning):' | sed 's/: error: code should be clang-formatted.*//' | sort -u
    echo "Not formatted: run clang-format -i on the files above (.clang-format at the root)." >&2
    exit 1
fi
echo "clang-format: every tracked C++ file is formatted"
