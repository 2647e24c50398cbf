#!/usr/bin/env bash
# Compile the interface translations: resources/translations/visadesk_<lang>.ts -> .qm
# (Qt's lrelease from the PySide6 wheel). `scripts/build-translations.sh --update` first
# refreshes the .ts sources from the code with lupdate (what a translator or developer runs
# after changing interface strings; the test suite fails when a .ts file is stale).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV_BIN:-.venv/bin}
LANGS=(ru uk fr de)
TS_DIR=resources/translations
shopt -s nullglob
sources=(visadesk/ui/*.py)
[ ${#sources[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--update" ]; then
  for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" "${sources[@]}" -ts "$TS_DIR/visadesk_$lang.ts" \
      -no-obsolete -locations none -target-language "$lang" >/dev/null
  done
fi
for ts in "$TS_DIR"/visadesk_*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done
