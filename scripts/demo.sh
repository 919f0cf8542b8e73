#!/usr/bin/env bash
# Installs casefile and runs the main job on the bundled sample site.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/casefile demo "$@"
