#!/usr/bin/env bash
# Renders the PNG sizes of the hicolor theme and the Windows .ico from the one SVG.
# Run after changing the SVG and commit the results (the build does not need librsvg).
# Needs librsvg2-bin (rsvg-convert) and imagemagick (convert).
set -euo pipefail
cd "$(dirname "$0")"
svg=hicolor/scalable/apps/be.mandaat.Mandaat.svg
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/apps/be.mandaat.Mandaat.png"
done
# Windows: one .ico holding 16 to 256 pixels. macOS builds its .icns from the PNGs (iconutil).
convert hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/apps/be.mandaat.Mandaat.png \
    -strip mandaat.ico
