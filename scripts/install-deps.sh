#!/usr/bin/env bash
# Installs the Debian 12 packages CoroKitchen needs to build, test and run; skips what is present.
# librsvg2-bin renders the app icon's PNG sizes and, in tst_look, the Korean SVG export;
# desktop-file-utils, appstream and shared-mime-info validate what `cmake --install` places (ctest
# install_check); dpkg-dev's dpkg-shlibdeps (with file) finds the .deb's dependencies (make deb);
# GNU time measures the exports' wall time and peak RSS in `make bench`.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qcoro-qt6-dev libgl-dev
    qt6-qpa-plugins fonts-noto-cjk fonts-dejavu-core
    xvfb xauth imagemagick poppler-utils python3 python3-jsonschema
    librsvg2-bin desktop-file-utils appstream shared-mime-info dpkg-dev file time
)

# `install-deps.sh --fuzz` adds what `make fuzz` needs: clang with libFuzzer and the sanitizer
# runtimes, and llvm-symbolizer for readable stack traces.
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libclang-rt-14-dev llvm-14)
fi

# `install-deps.sh --bench-peers` adds the runtimes `make bench-peers` compares, all from Debian:
# Go, Node, Rust's cargo with the packaged tokio crate (built offline), standalone asio, uvloop.
if [ "${1:-}" = "--bench-peers" ]; then
    packages+=(golang-go nodejs cargo librust-tokio-dev libasio-dev python3-uvloop)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
