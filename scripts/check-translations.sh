#!/usr/bin/env bash
# The committed .ts files are current and complete (ctest runs it as "translations"):
# lupdate over engine/, app/ and ui/ would change neither, and every German and
# Chinese message is translated. Usage: check-translations.sh path/to/lupdate
# Refresh with: cmake --build --preset default --target update_translations
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${1:-lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in translations/tokenmeter_*.ts; do
    cp "$ts" "$scratch/"
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h engine app ui -ts "$scratch/$(basename "$ts")"
    if ! cmp -s "$ts" "$scratch/$(basename "$ts")"; then
        echo "translations: lupdate changes $ts: run the update_translations target and translate what it adds" >&2
        diff -u "$ts" "$scratch/$(basename "$ts")" | head -40 >&2 || true
        status=1
    fi
done
python3 scripts/ts-check.py translations/tokenmeter_*.ts || status=1
exit "$status"
