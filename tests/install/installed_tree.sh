# shellcheck shell=bash
# Checks of an installed CoroKitchen tree, sourced by check_install.sh (a `cmake --install` of the
# build under test) and check_deb.sh (the .deb of `make deb`, unpacked): the files in their
# places and nothing else, the desktop entry and the AppStream metainfo through their validators,
# the icons, the MIME type, and the installed executable's --version.

readonly ICON_SIZES=(16 22 24 32 48 64 128 256)
readonly SCENARIO_MIME_TYPE=application/x-corokitchen-scenario
readonly PRIVATE_LIBRARIES=(corokitchen_resources corokitchen_model corokitchen_ui corokitchen_app)

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null ||
            fail "$tool is missing: scripts/install-deps.sh installs it"
    done
}

# The files a tree must hold, relative to its prefix, one a line.
expected_files() {
    local app_id=$1 size
    echo "bin/corokitchen"
    echo "share/applications/$app_id.desktop"
    echo "share/metainfo/$app_id.metainfo.xml"
    echo "share/mime/packages/$app_id.xml"
    echo "share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in "${ICON_SIZES[@]}"; do
        echo "share/icons/hicolor/${size}x$size/apps/$app_id.png"
    done
}

# A shared build's libraries, private to the app: lib/corokitchen or lib/<triplet>/corokitchen.
is_private_library() {
    local library
    for library in "${PRIVATE_LIBRARIES[@]}"; do
        [[ $1 =~ ^lib(/[a-z0-9_-]+)?/corokitchen/lib$library\.so$ ]] && return 0
    done
    return 1
}

check_file_list() {
    local prefix_dir=$1 app_id=$2 path
    while read -r path; do
        [ -f "$prefix_dir/$path" ] || fail "$path is not installed"
    done < <(expected_files "$app_id")
    while read -r path; do
        expected_files "$app_id" | grep -qxF "$path" || is_private_library "$path" ||
            fail "$path is installed but not expected"
    done < <(cd "$prefix_dir" && find . -type f -o -type l | sed 's|^\./||' | sort)
}

# desktop-file-validate exits 0 on some errors ("will be fatal in the future"): any error or
# warning fails; hints pass.
check_desktop_entry() {
    local desktop_file=$1 app_id=$2 report
    report=$(desktop-file-validate "$desktop_file" 2>&1) || fail "desktop-file-validate: $report"
    if grep -Eq ': (error|warning):' <<<"$report"; then
        fail "desktop-file-validate: $report"
    fi
    grep -qx "Icon=$app_id" "$desktop_file" || fail "the desktop entry's Icon is not $app_id"
    grep -Eqx 'Exec=corokitchen( .*)?' "$desktop_file" ||
        fail "the desktop entry does not run corokitchen"
    grep -Eqx "MimeType=(.*;)?$SCENARIO_MIME_TYPE;.*" "$desktop_file" ||
        fail "the desktop entry does not open $SCENARIO_MIME_TYPE"
}

check_metainfo() {
    local metainfo=$1 app_id=$2 version=$3 report
    report=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli: $report"
    if grep -Eq '^[EW]: ' <<<"$report"; then
        fail "appstreamcli: $report"
    fi
    grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" ||
        fail "the metainfo has no release $version"
}

# Whether FILE is a PNG of SIZE x SIZE pixels (its IHDR).
png_has_size() {
    python3 -c '
import struct, sys
data = open(sys.argv[1], "rb").read(24)
size = int(sys.argv[2])
sys.exit(data[:8] != b"\x89PNG\r\n\x1a\n" or struct.unpack(">II", data[16:24]) != (size, size))
' "$1" "$2"
}

# Each PNG is a PNG of its size; the SVG is well-formed.
check_icons() {
    local icons_dir=$1 app_id=$2 size
    for size in "${ICON_SIZES[@]}"; do
        png_has_size "$icons_dir/${size}x$size/apps/$app_id.png" "$size" ||
            fail "the ${size}x$size icon is not a ${size}x$size PNG"
    done
    check_well_formed "$icons_dir/scalable/apps/$app_id.svg"
}

check_well_formed() {
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" ||
        fail "$1 is not well-formed XML"
}

# Well-formed, the type with its glob, and registered by update-mime-database when it is present;
# where GLib's gio is present too, it names the type of a scenario saved as plain .json (by its
# "format", the magic) and of one named *.corokitchen.json, and leaves other JSON alone.
check_mime_type() {
    local prefix_dir=$1 app_id=$2 scratch=$3
    local package="$prefix_dir/share/mime/packages/$app_id.xml"
    check_well_formed "$package"
    grep -q "<mime-type type=\"$SCENARIO_MIME_TYPE\">" "$package" ||
        fail "$package lacks $SCENARIO_MIME_TYPE"
    grep -q '<glob pattern="\*.corokitchen.json"' "$package" ||
        fail "$package lacks the *.corokitchen.json glob"
    command -v update-mime-database >/dev/null || return 0
    rm -rf "$scratch/mime" && mkdir -p "$scratch/mime/packages"
    cp "$package" "$scratch/mime/packages/"
    XDG_DATA_HOME="$scratch" update-mime-database "$scratch/mime" ||
        fail "update-mime-database refused $package"
    grep -q ":$SCENARIO_MIME_TYPE:\*\.corokitchen\.json$" "$scratch/mime/globs2" ||
        fail "update-mime-database did not register *.corokitchen.json"
    command -v gio >/dev/null || return 0
    local scenario='{\n    "format": "corokitchen-scenario/1",\n    "id": "kitchen"\n}'
    mkdir -p "$scratch/files"
    printf '%b\n' "$scenario" >"$scratch/files/kitchen.json"
    printf '%b\n' "$scenario" >"$scratch/files/kitchen.corokitchen.json"
    printf '{"format": "something-else/1"}\n' >"$scratch/files/other.json"
    check_content_type "$scratch" "$scratch/files/kitchen.json" "$SCENARIO_MIME_TYPE"
    check_content_type "$scratch" "$scratch/files/kitchen.corokitchen.json" "$SCENARIO_MIME_TYPE"
    check_content_type "$scratch" "$scratch/files/other.json" application/json
}

# The content type gio gives FILE with the MIME database in DATA_DIR before the system's.
check_content_type() {
    local data_dir=$1 file=$2 expected=$3 found
    found=$(XDG_DATA_DIRS="$data_dir:/usr/share" gio info -a standard::content-type "$file" |
        sed -n 's/^ *standard::content-type: //p')
    [ "$found" = "$expected" ] || fail "gio takes $(basename "$file") for $found, not $expected"
}

# The installed executable runs from its own tree: with no LD_LIBRARY_PATH, a shared build's
# libraries come from the tree (RPATH), never from the build folder.
check_executable() {
    local prefix_dir=$1 version=$2 executable="$1/bin/corokitchen" output library
    output=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$executable" --version 2>&1) ||
        fail "corokitchen --version: $output"
    grep -qF "$version" <<<"$output" ||
        fail "corokitchen --version printed \"$output\", not $version"
    echo "installed corokitchen --version: $output"
    while read -r library; do
        [[ $library == "$prefix_dir"/* ]] || fail "the installed corokitchen loads $library"
    done < <(env -u LD_LIBRARY_PATH ldd "$executable" | awk '/libcorokitchen/ { print $3 }')
}

# ROOT holds a tree installed with prefix PREFIX; APP_ID is the reverse-DNS id.
check_installed_tree() {
    local root=$1 prefix=$2 version=$3 app_id=$4 scratch=$5
    local prefix_dir
    prefix_dir=$(cd "$root$prefix" && pwd)
    require_tools desktop-file-validate appstreamcli python3 ldd
    check_file_list "$prefix_dir" "$app_id"
    check_desktop_entry "$prefix_dir/share/applications/$app_id.desktop" "$app_id"
    check_metainfo "$prefix_dir/share/metainfo/$app_id.metainfo.xml" "$app_id" "$version"
    check_icons "$prefix_dir/share/icons/hicolor" "$app_id"
    check_mime_type "$prefix_dir" "$app_id" "$scratch"
    check_executable "$prefix_dir" "$version"
    echo "installed tree OK: $(cd "$prefix_dir" && find . -type f | wc -l) files under $prefix"
}
