#!/usr/bin/env bash
# usage: check-install-tree.sh CMAKE BUILD_DIR
# Installs the build into a temporary prefix, checks every file is there and that the installed
# command line works. Everything it writes lives in one temporary folder, removed at the end.
set -euo pipefail
cmake=$1 build_dir=$2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/referral-desk-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

if ! "$cmake" --install "$build_dir" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    echo "FAIL: cmake --install failed" >&2
    exit 1
fi

failures=0
for file in \
    bin/referral-desk \
    bin/referral-desk-cli \
    share/applications/referral-desk.desktop \
    share/metainfo/referral-desk.metainfo.xml \
    share/icons/hicolor/scalable/apps/referral-desk.svg \
    share/referral-desk/translations/referral-desk_ko.qm \
    share/referral-desk/translations/referral-desk_en.qm
do
    if [ -s "$prefix/$file" ]; then
        echo "ok: $file"
    else
        echo "FAIL: $file is missing or empty under the prefix" >&2
        failures=$((failures + 1))
    fi
done
for program in bin/referral-desk bin/referral-desk-cli; do
    if [ -e "$prefix/$program" ] && [ ! -x "$prefix/$program" ]; then
        echo "FAIL: $program is not executable" >&2
        failures=$((failures + 1))
    fi
done
[ "$failures" -eq 0 ] || exit 1

cli=$prefix/bin/referral-desk-cli
if ! "$cli" --help >"$tmp/help.txt" 2>&1; then
    cat "$tmp/help.txt"
    echo "FAIL: referral-desk-cli --help did not exit 0" >&2
    exit 1
fi
echo "ok: referral-desk-cli --help"

if ! "$cli" --db "$tmp/x.sqlite" demo --count 5 >"$tmp/demo.json" 2>"$tmp/demo.err"; then
    cat "$tmp/demo.json" "$tmp/demo.err"
    echo "FAIL: referral-desk-cli demo --count 5 failed" >&2
    exit 1
fi
if ! grep -q '"generated": 5' "$tmp/demo.json"; then
    cat "$tmp/demo.json" "$tmp/demo.err"
    echo 'FAIL: referral-desk-cli demo --count 5 did not print "generated": 5' >&2
    exit 1
fi
echo 'ok: referral-desk-cli demo --count 5 printed "generated": 5'
