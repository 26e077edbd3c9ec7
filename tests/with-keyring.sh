#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), then stops both; the command's exit status is passed through. Nothing is left running
# and the temporary keyring is deleted.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
  printf %s opsconsole-test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  keyring=$!
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then echo "gnome-keyring did not start" >&2; kill $keyring; exit 1; fi
    sleep 0.1
  done
  status=0
  "$@" || status=$?
  kill $keyring 2>/dev/null
  wait $keyring 2>/dev/null
  exit $status' sh "$@"
