#!/usr/bin/env bash
# `make run`: opens the CoroKitchen window. Without a display it says so and runs the kitchen
# comparison headless instead (live, on the real clock), writing the chart to a file it names.
set -euo pipefail
app="$1"
shift
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$@"
fi
chart="${CHART:-$PWD/kitchen-compare.png}"
echo "make run: no display (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open."
echo "make run: running the headless comparison instead; the chart goes to $chart"
echo "make run: (with Xvfb: xvfb-run -a make run)"
"$app" compare kitchen --modes sequential,gather --chart "$chart"
echo "make run: chart written to $chart"
