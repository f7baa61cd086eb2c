#!/usr/bin/env bash
# Set up (first time only), then run every check: ruff, mypy, import contracts, all tests.
# Arguments go to pytest (e.g. ./test.sh -k radar).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen

# pytest exits 5 when a filter (-k) leaves nothing to run in one of the two runs below.
run_pytest() { "$@" || { status=$?; [ "$status" -eq 5 ] || exit "$status"; }; }

# Everything below the windows must work without Qt: these tests run with PySide6 and
# pyqtgraph unimportable (tests/headless.py); the rest runs with Qt, offscreen.
HEADLESS=(tests/scoring tests/models tests/export tests/services tests/intake tests/test_settings.py tests/test_cli_contract.py tests/test_fileio.py
          tests/test_architecture.py)

echo "== ruff";   .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy";   .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports
echo "== pytest without Qt: ${HEADLESS[*]}"
run_pytest .venv/bin/python -m pytest -p no:pytest-qt -p tests.headless "${HEADLESS[@]}" "$@"
echo "== pytest with Qt: the rest"
run_pytest .venv/bin/pytest "${HEADLESS[@]/#/--ignore=}" "$@"
