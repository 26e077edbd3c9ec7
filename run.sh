#!/usr/bin/env bash
# Sets up this Debian 12 machine, builds Ops Console and runs it on its embedded SAE emulator.
# Arguments go to the console: ./run.sh --lang zh_CN, ./run.sh --screenshot shot.png, ./run.sh --help
set -euo pipefail
repository=$(cd "$(dirname "$0")" && pwd)

"$repository/.ci/prepare.sh" run

wants_window=1
for argument in "$@"; do
    case $argument in
        --screenshot | --screenshot=* | --help | -h | --help-all | --version | -v) wants_window=0 ;;
    esac
done
if ((wants_window)) && [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    cat >&2 <<'MESSAGE'
There is no display here, so the console has nowhere to open its window. Either
  run it under a virtual display:  xvfb-run -a ./run.sh
  or save a picture of it:        ./run.sh --screenshot shot.png
MESSAGE
    exit 1
fi

# From the caller's directory, so that relative paths (--screenshot shot.png) mean what they say.
exec "$repository/build/release/app/opsconsole" "$@"
