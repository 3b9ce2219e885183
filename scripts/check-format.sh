#!/usr/bin/env bash
# Every C++ source is laid out as .clang-format says (ctest runs it as "format").
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=${CLANG_FORMAT:-clang-format}
if ! command -v "$formatter" >/dev/null; then
    echo "format: $formatter is not installed (Debian: clang-format)" >&2
    exit 1
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files '*.cpp' '*.h')
else
    files=$(find engine app ui tests bench -name '*.cpp' -o -name '*.h')
fi
# shellcheck disable=SC2086
"$formatter" --dry-run -Werror $files
echo "format: $(echo "$files" | wc -w) files as .clang-format lays them out"
