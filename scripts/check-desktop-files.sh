#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo installed with the dashboard are
# valid (ctest runs it as "desktop_files"; no network is used).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "desktop_files: $tool is not installed (Debian: desktop-file-utils, appstream)" >&2; exit 1; }
done
desktop-file-validate resources/tokenmeter.desktop
appstreamcli validate --no-net resources/io.github.tokenmeter.Tokenmeter.metainfo.xml
