#!/usr/bin/env bash
# Installs casefile and runs the whole test suite against a real local Elasticsearch node.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/python -m pytest "$@"
