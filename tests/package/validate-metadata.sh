#!/usr/bin/env bash
# Validates the .desktop file, the AppStream metainfo and the MIME type definition with the
# freedesktop.org tools, and checks that they, the icons, the Debian changelog and the user
# guides agree with CMake (application id, version) and with each other.
set -uo pipefail
source_dir=$1
app_id=$2
version=$3
installer="$source_dir/installer"
desktop="$installer/linux/$app_id.desktop"
metainfo="$installer/linux/$app_id.metainfo.xml"
mime="$installer/linux/$app_id.mime.xml"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing; run installer/install-deps.sh (appstream, desktop-file-utils, shared-mime-info)"
        exit 1
    }
done

desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"

# The MIME type compiles, and *.mandaat maps to the type the .desktop file opens.
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$mime" "$work/mime/packages/"
output=$(update-mime-database "$work/mime" 2>&1) || fail "update-mime-database rejected $mime: $output"
grep -q ":$mime_type:\*\.mandaat$" "$work/mime/globs2" || fail "*.mandaat is not globbed to $mime_type"
grep -qx "MimeType=$mime_type;" "$desktop" || fail "the .desktop file does not open $mime_type"

# One application id everywhere, and an icon of every size that id names.
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop file's Icon is not $app_id"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$source_dir/resources/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || { fail "missing $png"; continue; }
    [ "$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3 * 256 + $4 "x" $7 * 256 + $8}')" = "${size}x${size}" ] \
        || fail "$png is not ${size}x${size}"
done
[ -f "$source_dir/resources/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "missing the scalable icon"

# project()'s version is the newest release in the metainfo and in the Debian changelog.
newest_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest_release" = "$version" ] || fail "newest metainfo <release> is $newest_release, project() says $version"
changelog_version=$(head -1 "$installer/debian/changelog" | sed -n 's/^mandaat (\([^)-]*\)-[0-9]*).*/\1/p')
[ "$changelog_version" = "$version" ] || fail "installer/debian/changelog starts at $changelog_version, project() says $version"

# The user guides carry the README's way-out commands unchanged (tests/cli/way-out-test.sh
# runs the README's).
way_out() { sed -n '/<!-- way-out:begin -->/,/<!-- way-out:end -->/p' "$1"; }
for guide in "$source_dir"/docs/user-guide.nl.md "$source_dir"/docs/user-guide.en.md; do
    [ -s "$guide" ] || { fail "missing $guide"; continue; }
    [ "$(way_out "$guide")" = "$(way_out "$source_dir/README.md")" ] \
        || fail "$(basename "$guide"): the way-out commands differ from the README's"
done

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "OK: desktop entry, metainfo, MIME type, icons, versions and guides agree"
