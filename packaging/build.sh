#!/usr/bin/env bash
# Builds dist/clusterbench/ (one folder) and dist/clusterbench-<version>-linux.tar.gz, then
# checks the build from outside the checkout: a start offscreen and a PDF report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python -m pip install -q -e '.[package]'
version=$(.venv/bin/python -c 'import app; print(app.__version__)')

started=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/clusterbench.spec
# The desktop entry and its icon travel with the folder (see docs/PACKAGING.md).
cp packaging/clusterbench.desktop resources/icons/clusterbench.svg dist/clusterbench/
echo "built dist/clusterbench/ in $((SECONDS - started)) s: $(du -sh dist/clusterbench | cut -f1)"

executable="$PWD/dist/clusterbench/clusterbench"
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
(
  cd "$check"
  export QT_QPA_PLATFORM=offscreen
  export CLUSTERBENCH_DATA_DIR="$check/data" CLUSTERBENCH_CONFIG_DIR="$check/config"
  smoke=$("$executable" --smoke)
  [[ $smoke == ready* ]] || { echo "smoke start failed: $smoke" >&2; exit 1; }
  echo "frozen start: $smoke"
  "$executable" report 1 --out "$check/report.pdf" >/dev/null
  [[ -s $check/report.pdf ]] || { echo "no report from the frozen build" >&2; exit 1; }
  echo "frozen report: $(stat -c %s "$check/report.pdf") bytes"
)

tar -C dist -czf "dist/clusterbench-${version}-linux.tar.gz" clusterbench
echo "built dist/clusterbench-${version}-linux.tar.gz:" \
  "$(du -h "dist/clusterbench-${version}-linux.tar.gz" | cut -f1)"
