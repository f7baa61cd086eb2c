#!/usr/bin/env bash
# Set up (first time only) and start ClusterBench with its demo practice interview.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/clusterbench "$@"
