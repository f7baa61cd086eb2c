#!/usr/bin/env bash
# Builds the wheel into dist/ and checks it outside the checkout: installed with its
# dependencies into a fresh virtualenv (no system site-packages), then a start offscreen,
# the shipped pack, the demo interview, the practice cases, a PDF report and the German
# translation. pip needs the package index (or its cache) for the dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A stale build/lib would carry deleted files into the wheel.
rm -rf build/lib build/bdist.*
started=$SECONDS
.venv/bin/python -m pip wheel -q --no-deps -w dist .
version=$(.venv/bin/python -c 'import app; print(app.__version__)')
wheel="$checkout/dist/clusterbench-${version}-py3-none-any.whl"
echo "built $wheel in $((SECONDS - started)) s: $(du -h "$wheel" | cut -f1)"

python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel"
echo "installed into a fresh virtualenv: $(du -sh "$work/venv" | cut -f1)"

cd "$work"
export QT_QPA_PLATFORM=offscreen
export CLUSTERBENCH_DATA_DIR="$work/data" CLUSTERBENCH_CONFIG_DIR="$work/config"
python="$work/venv/bin/python"
clusterbench="$work/venv/bin/clusterbench"

pack=$("$python" -c 'from app.paths import default_pack_path; print(default_pack_path())')
case $pack in
  "$checkout"/*) echo "the installed app reads resources from the checkout" >&2; exit 1 ;;
esac
"$clusterbench" --smoke
"$clusterbench" pack validate "$pack"
"$clusterbench" interviews --json | grep -q '"Demo: ' || { echo "no demo interview" >&2; exit 1; }
"$clusterbench" practice list
"$clusterbench" report 1 --out "$work/report.pdf"
"$python" - <<'PY'
from app.ui.settings import settings

settings().language = "de"
settings().sync()
PY
"$clusterbench" --smoke
"$python" - <<'PY'
from app.ui.application import create_app
from app.ui.i18n import install_translator, translation_file
from app.ui.settings import settings

create_app()
language = settings().language
assert language == "de", language
assert install_translator(language), f"cannot load {translation_file(language)}"
print(f"German interface: {translation_file(language).name} loads")
PY
echo "wheel checks passed"
