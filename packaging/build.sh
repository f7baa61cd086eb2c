#!/usr/bin/env bash
# Builds dist/clusterbench/ (one folder) and dist/clusterbench-<version>-linux.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python -m pip install -q -e '.[package]'
version=$(.venv/bin/python -c 'import app; print(app.__version__)')
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/clusterbench.spec
QT_QPA_PLATFORM=offscreen CLUSTERBENCH_DATA_DIR="$(mktemp -d)" dist/clusterbench/clusterbench --smoke
tar -C dist -czf "dist/clusterbench-${version}-linux.tar.gz" clusterbench
echo "built dist/clusterbench-${version}-linux.tar.gz"
