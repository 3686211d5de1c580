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

# `make uninstall` (scripts/uninstall.sh) takes away every file the install placed.
DESTDIR="$scratch/root" "$(dirname "$0")/../../scripts/uninstall.sh" "$build_dir/install_manifest.txt" \
    >"$scratch/uninstall.log" ||
    fail "uninstall.sh: $(cat "$scratch/uninstall.log")"
left=$(cd "$scratch/root" && find . -type f -o -type l)
[ -z "$left" ] || fail "uninstall left: $left"
left=$(find "$scratch/root" -type d -name corokitchen)
[ -z "$left" ] || fail "uninstall left the app's directory: $left"
echo "installed and uninstalled: nothing left"
