#!/usr/bin/env bash
# Checks that every C++ file of the project is formatted by .clang-format (CONTRIBUTING.md,
# Formatting). Run by `make format-check`, which .ci/run calls. Prints each file that differs
# and exits 1; with --fix, formats them instead.
#
# The formatting is that of clang-format 14, the version Debian 12 ships: another version may
# format a few constructs differently.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tool=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z $tool ]]; then
    echo "check-format: clang-format is missing (installer/install-deps.sh installs it)" >&2
    exit 1
fi
mapfile -t files < <(find app core ui tests translations -type f \( -name '*.cpp' -o -name '*.h' \) \
    -not -path 'tests/fuzz/corpus/*' | sort)
if [[ ${1:-} == --fix ]]; then
    "$tool" -i "${files[@]}"
    exit 0
fi
bad=()
for file in "${files[@]}"; do
    if ! "$tool" --dry-run --Werror "$file" >/dev/null 2>&1; then
        bad+=("$file")
    fi
done
if [[ ${#bad[@]} -gt 0 ]]; then
    echo "check-format: ${#bad[@]} file(s) not formatted by .clang-format (scripts/check-format.sh --fix formats them):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
