#!/usr/bin/env bash
# usage: check-deb-package.sh CPACK BUILD_DIR DPKG_DEB VERSION
# Builds the .deb with cpack into a temporary folder, checks its control fields and contents,
# unpacks it into a scratch root and runs the unpacked command line. Everything it writes lives
# in one temporary folder, removed at the end.
set -euo pipefail
cpack=$1 build_dir=$2 dpkg_deb=$3 version=$4

tmp=$(mktemp -d "${TMPDIR:-/tmp}/referral-desk-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
shopt -s nullglob
debs=("$tmp"/out/referral-desk_"$version"_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    cat "$tmp/cpack.log"
    ls -l "$tmp/out"
    echo "FAIL: expected one referral-desk_${version}_<arch>.deb, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
echo "ok: built $(basename "$deb")"

failures=0
depends=$("$dpkg_deb" -f "$deb" Depends)
echo "Depends: $depends"
# The Qt SQL drivers are plugins that no program links: team mode needs the PostgreSQL one.
for package in libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libpq5 libcurl4 libqt6keychain1 libqt6charts6 libxlsxwriter4; do
    # A whole package name in the comma-separated list, with or without a version.
    if grep -Eq "(^|,[[:space:]]*)${package}([[:space:]]|,|$)" <<<"$depends"; then
        echo "ok: Depends names $package"
    else
        echo "FAIL: Depends does not name $package" >&2
        failures=$((failures + 1))
    fi
done

"$dpkg_deb" -c "$deb" >"$tmp/contents.txt"

# Every shared library the programs load comes from a package that Depends names: a library
# linked without its package written out would leave a fresh machine unable to start them.
"$dpkg_deb" -x "$deb" "$tmp/needed-root"
for binary in "$tmp/needed-root/usr/bin/"*; do
    objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }'
done | sort -u >"$tmp/needed.txt"
while read -r library; do
    # awk reads to the end: stopping early would break ldconfig's pipe, and pipefail with it.
    path=$(ldconfig -p | awk -v lib="$library" '$1 == lib && !found { print $NF; found = 1 }')
    owner=""
    for candidate in "$path" "/usr$path" "${path#/usr}"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) && [ -n "$owner" ] && break
    done
    if [ -z "$owner" ]; then
        echo "FAIL: no package holds $library ($path)" >&2
        failures=$((failures + 1))
    elif tr ',' '\n' <<<"$depends" | awk -v want="$owner" '{ sub(/^[[:space:]]+/, ""); sub(/[[:space:]].*/, "") } $0 == want { found = 1 } END { exit !found }'; then
        echo "ok: $library comes from $owner, which Depends names"
    else
        echo "FAIL: $library comes from $owner, which Depends does not name" >&2
        failures=$((failures + 1))
    fi
done <"$tmp/needed.txt"
for path in ./usr/bin/referral-desk ./usr/share/applications/referral-desk.desktop; do
    if awk -v path="$path" '$6 == path { found = 1 } END { exit !found }' "$tmp/contents.txt"; then
        echo "ok: the package holds $path"
    else
        echo "FAIL: the package does not hold $path" >&2
        failures=$((failures + 1))
    fi
done
if [ "$failures" -ne 0 ]; then
    cat "$tmp/contents.txt"
    exit 1
fi

"$dpkg_deb" -x "$deb" "$tmp/root"
if ! "$tmp/root/usr/bin/referral-desk-cli" --version >"$tmp/version.txt" 2>&1; then
    cat "$tmp/version.txt"
    echo "FAIL: the unpacked usr/bin/referral-desk-cli --version did not exit 0" >&2
    exit 1
fi
echo "ok: unpacked usr/bin/referral-desk-cli --version: $(cat "$tmp/version.txt")"
