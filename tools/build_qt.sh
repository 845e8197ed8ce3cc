#!/usr/bin/env bash
# Regenerate what is built from Qt sources: the forms from ui/*.ui and the
# translations (update the .ts from the code, then compile the .qm).
# Run from the repository root with the virtualenv active or .venv present.
set -euo pipefail
bin=${VIRTUAL_ENV:-.venv}/bin
for form in ui/*.ui; do
  name=$(basename "$form" .ui)
  "$bin/pyside6-uic" "$form" -o "src/hoering/gui/generated/ui_${name}.py"
done
"$bin/pyside6-lupdate" -no-obsolete src/hoering/gui/*.py src/hoering/domain/labels.py ui/*.ui -source-language da \
  -target-language en -ts resources/translations/hoering_en.ts
# New texts get their English from tools/translations_en.py; it names any it lacks.
"$bin/python" tools/translations_en.py resources/translations/hoering_en.ts
"$bin/pyside6-lrelease" resources/translations/hoering_en.ts -qm resources/translations/hoering_en.qm
