#!/bin/sh
# Runs a test in a throwaway HOME under a private D-Bus session bus with an
# unlocked gnome-keyring Secret Service, so that it never touches the user's
# own keychain. Headless and fine as root. Usage: with-keyring.sh program [args]
set -eu

home=$(mktemp -d "${TMPDIR:-/tmp}/tokenmeter-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# A KDE session would steer qtkeychain to KWallet; a display would invite prompts.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_DESKTOP_SESSION_ID DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export TOKENMETER_TEST_KEYCHAIN=secret-service

status=0
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        # The keychain tests skip and say so.
        export TOKENMETER_TEST_KEYCHAIN_MISSING="$tool is not installed (Debian: dbus-daemon, gnome-keyring)"
        "$@" || status=$?
        exit "$status"
    fi
done

# --unlock reads the password on stdin and, on first use, creates the login
# keyring with it: a throwaway password for a throwaway keyring.
dbus-run-session -- sh -c \
    'printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" || status=$?
exit "$status"
