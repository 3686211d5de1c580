#!/usr/bin/env bash
# `make uninstall`: removes what the last `make install` placed, as cmake --install listed it in
# the build's install_manifest.txt (without DESTDIR: set it again to uninstall from there), then refreshes the desktop's MIME and menu
# caches of PREFIX when it was installed straight into it. Only the listed files go, and the
# app's own library directory once it is empty; shared directories (share/icons/...) stay.
# Usage: uninstall.sh MANIFEST [PREFIX]
set -euo pipefail
manifest=$1 prefix=${2:-}
if [ ! -f "$manifest" ]; then
    echo "corokitchen: nothing to uninstall: $manifest is missing (make install writes it)" >&2
    exit 2
fi
removed=0
while IFS= read -r path || [ -n "$path" ]; do
    [ -n "$path" ] || continue
    if [[ $path != /* || $path == *"/../"* || $path == *"/.." ]]; then
        echo "corokitchen: refusing to remove '$path': not an absolute path in $manifest" >&2
        exit 2
    fi
    path=${DESTDIR:-}$path
    if [ -f "$path" ] || [ -L "$path" ]; then
        rm -f -- "$path"
        removed=$((removed + 1))
        parent=$(dirname -- "$path")
        # lib/corokitchen (a shared build's private libraries) is the app's alone.
        if [ "$(basename -- "$parent")" = corokitchen ]; then
            rmdir -- "$parent" 2>/dev/null || true
        fi
    fi
done <"$manifest"
echo "corokitchen: removed $removed files listed in $manifest"
if [ -n "$prefix" ] && [ -z "${DESTDIR:-}" ]; then
    update-mime-database "$prefix/share/mime" 2>/dev/null || true
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi
