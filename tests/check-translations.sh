#!/bin/sh
# zh_CN is a first-class language: fails when a user-visible string of the console has no zh_CN
# translation. It runs lupdate on a scratch copy of the .ts file, so the source tree is untouched.
# To add new strings to the real file: cmake --build build/dev --target update_translations
set -e
root=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/opsconsole_zh_CN.ts" "$root/translations/opsconsole_en.ts" "$tmp/"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
    "$root/app/core" "$root/app/platform" "$root/widgets" "$root"/app/*.cpp "$root"/app/*.h \
    -ts "$tmp/opsconsole_zh_CN.ts" "$tmp/opsconsole_en.ts" >/dev/null
status=0
missing=$(grep -c 'type="unfinished"' "$tmp/opsconsole_zh_CN.ts" || true)
if [ "$missing" -gt 0 ]; then
    echo "$missing user-visible string(s) have no zh_CN translation yet:"
    grep -B3 'type="unfinished"' "$tmp/opsconsole_zh_CN.ts" | grep '<source>' | sed 's/^ */  /'
    status=1
fi
# English needs only the plural forms of %n strings; every other English string is its source.
plurals=$(awk '/<message numerus="yes">/{m=1} /<source>/{source=$0} m&&/type="unfinished"/{print source}
              /<\/message>/{m=0}' "$tmp/opsconsole_en.ts")
if [ -n "$plurals" ]; then
    echo "plural strings without English plural forms in translations/opsconsole_en.ts:"
    echo "$plurals" | sed 's/^ */  /'
    status=1
fi
if [ $status -ne 0 ]; then
    echo "Run: cmake --build build/dev --target update_translations, then translate them"
    echo "(Qt Linguist or an editor)."
    exit 1
fi
echo "translations: every string has its zh_CN translation and every plural its English forms"
