#!/usr/bin/env bash
# Collect every translatable sentence into the .ts sources (run after changing strings),
# fill what the translation memory (memory_ja.tsv) already knows, then translate the rest
# (pyside6-linguist, or by hand; they are listed as unfinished) and commit the .ts files.
#   tearconsole_ja.ts  the Japanese translation (glossary.md beside it)
#   tearconsole_en.ts  English plural forms only ("%n cue(s)" -> "1 cue", "2 cues")
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(find src/tearconsole -name '*.py' | sort)
I18N=src/tearconsole/i18n
.venv/bin/pyside6-lupdate -locations none -no-obsolete -source-language en \
  -target-language ja_JP "${sources[@]}" -ts "$I18N/tearconsole_ja.ts"
.venv/bin/python scripts/ts_numerus.py "$I18N/tearconsole_ja.ts" "$I18N/tearconsole_en.ts"
.venv/bin/python scripts/ts_memory.py "$I18N/tearconsole_ja.ts" "$I18N/memory_ja.tsv"
.venv/bin/python -m tearconsole.i18n.build
