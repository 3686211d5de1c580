#!/usr/bin/env bash
# The end of `make deb`: the package unpacked into a scratch root with dpkg-deb -x, its fields
# and files listed, and the checks of installed_tree.sh on it (the validators, the file list,
# corokitchen --version run from there).
# Usage: check_deb.sh PACKAGE.deb VERSION
set -euo pipefail
package=$1 version=$2
# shellcheck source=tests/install/installed_tree.sh
source "$(dirname "$0")/installed_tree.sh"
require_tools dpkg-deb

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$package" "$scratch/root"
[ "$(dpkg-deb -f "$package" Package)" = corokitchen ] || fail "the package is not named corokitchen"
[ "$(dpkg-deb -f "$package" Version)" = "$version" ] || fail "the package's version is not $version"
[ -n "$(dpkg-deb -f "$package" Depends)" ] || fail "the package declares no dependencies"

desktop_files=("$scratch"/root/usr/share/applications/*.desktop)
[ ${#desktop_files[@]} -eq 1 ] ||
    fail "the package holds ${#desktop_files[@]} desktop entries, not one"
app_id=$(basename "${desktop_files[0]}" .desktop)

echo "$package: $(du -h "$package" | cut -f1) ($(stat -c %s "$package") bytes)"
dpkg-deb -f "$package" Package Version Architecture Section Maintainer Installed-Size \
    Depends Recommends
dpkg-deb -c "$package" | awk '{ print $3, $6 }'
check_installed_tree "$scratch/root" /usr "$version" "$app_id" "$scratch"
