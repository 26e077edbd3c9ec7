#!/usr/bin/env bash
# Prepares a Debian 12 machine and builds the project: installs the missing Debian packages
# (through sudo when not root), configures and builds incrementally.
# Usage: .ci/prepare.sh run|test   run:  the `release` preset, the console only
#                                  test: the `ci` preset (warnings are errors), everything, and
#                                        the packages the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

purpose=${1:-run}

# Verified on Debian 12 (../shared/reference/toolchain-notes.md, section 1).
run_packages=(
    cmake ninja-build g++ ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qtkeychain-qt6-dev libsecret-1-0
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libxkbcommon-dev fonts-dejavu-core fonts-wqy-microhei xvfb xauth
)
test_packages=(
    dbus gnome-keyring clang-format-14
)
packages=("${run_packages[@]}")
if [[ $purpose == test ]]; then
    packages+=("${test_packages[@]}")
    # The SDK conformance test runs Alibaba's Node client; use the machine's node when it has one.
    if ! command -v node >/dev/null; then
        packages+=(nodejs npm)
    fi
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        echo "These packages are missing and there is no sudo to install them: ${missing[*]}" >&2
        exit 1
    fi
    # env, not a variable assignment before sudo: sudo does not pass the environment on.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

preset=release
if [[ $purpose == test ]]; then
    preset=ci
    # The pinned npm packages of the conformance test, installed again only when the lock changed.
    conformance=tests/conformance
    if [[ ! -f $conformance/node_modules/.package-lock.json
        || $conformance/package-lock.json -nt $conformance/node_modules/.package-lock.json ]]; then
        npm ci --prefix "$conformance" --no-audit --no-fund --loglevel=error
    fi
fi
# Configure every time: it takes a second when nothing changed, and it picks up tools installed
# since the last configure (clang-format for the format check, for example).
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset "$preset" "${launcher[@]}" >/dev/null
if [[ $purpose == test ]]; then
    cmake --build --preset "$preset"
else
    cmake --build --preset "$preset" --target opsconsole
fi
