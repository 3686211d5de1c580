#!/usr/bin/env bash
# ctest install_check: `cmake --install` of the build under test into a scratch DESTDIR, then the
# checks of installed_tree.sh on what it placed.
# Usage: check_install.sh BUILD_DIR SCRATCH_DIR VERSION APP_ID
set -euo pipefail
build_dir=$1 scratch=$2 version=$3 app_id=$4
# shellcheck source=tests/install/installed_tree.sh
source "$(dirname "$0")/installed_tree.sh"

rm -rf "$scratch"
mkdir -p "$scratch"
DESTDIR="$scratch/root" cmake --install "$build_dir" --prefix /usr >"$scratch/install.log" ||
    fail "cmake --install: $(cat "$scratch/install.log")"
check_installed_tree "$scratch/root" /usr "$version" "$app_id" "$scratch"
