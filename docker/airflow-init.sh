#!/usr/bin/env bash
# One-shot before the Airflow services start: migrate the metadata database and give the
# simple auth manager's admin the password from .env (instead of a generated one).
set -euo pipefail

airflow db migrate

python - <<'PY'
import json
import os

path = os.environ["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"]
with open(path, "w") as passwords:
    json.dump({os.environ["AIRFLOW_ADMIN_USERNAME"]: os.environ["AIRFLOW_ADMIN_PASSWORD"]}, passwords)
os.chmod(path, 0o600)
print(f"Airflow user {os.environ['AIRFLOW_ADMIN_USERNAME']!r} (admin) set up in {path}")
PY
