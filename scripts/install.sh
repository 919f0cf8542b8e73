#!/usr/bin/env bash
# Creates .venv and installs casefile with the pinned versions in constraints.txt.
# Needs Python >= 3.11; the local Elasticsearch node also needs a JDK >= 21 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[airflow,test]"
