#!/usr/bin/env bash
# Installs what Tokenmeter needs to build, run and test on Debian 12 (bookworm).
# Safe to run again: it installs only what is missing. Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkgconf ccache python3
  clang-format universal-ctags appstream desktop-file-utils
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 libgl-dev
  xvfb xauth dbus-daemon gnome-keyring fonts-dejavu-core fonts-wqy-microhei
  libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "Tokenmeter needs these Debian packages: ${missing[*]}" >&2
    echo "Run this script as root (or install sudo) so it can install them." >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
