#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from the one SVG. The PNGs are committed, so the
# build needs no SVG renderer; run this again (needs rsvg-convert from librsvg2-bin) after
# changing hicolor/scalable/apps/com.whop.ProfileEditor.svg.
set -euo pipefail
cd "$(dirname "$0")/hicolor"
svg=scalable/apps/com.whop.ProfileEditor.svg
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
        --output "${size}x${size}/apps/com.whop.ProfileEditor.png" "$svg"
done
