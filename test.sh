#!/usr/bin/env bash
# Sets up this Debian 12 machine, builds Ops Console and runs the whole test suite with ctest:
# GUI tests offscreen, keychain tests in a private D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")"

.ci/prepare.sh test

runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
trap 'rm -rf "$runtime_dir"' EXIT
export XDG_RUNTIME_DIR=$runtime_dir
# Settings, profiles and the journal of the console under test stay out of the user's home.
export XDG_CONFIG_HOME=$runtime_dir/config
export XDG_DATA_HOME=$runtime_dir/data
export QT_QPA_PLATFORM=offscreen

ctest --preset ci --parallel "$(nproc)"
