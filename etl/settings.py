"""Settings that come from the environment (never from code): where state lives, index names."""

from __future__ import annotations

import os
from pathlib import Path


def casefile_home() -> Path:
    """Folder for run state: failures, captures, batch files. `CASEFILE_HOME` overrides."""
    return Path(os.environ.get("CASEFILE_HOME") or Path.home() / ".cache" / "casefile")


def index_alias() -> str:
    """Alias analysts search; versioned indices `<alias>-vN` sit behind it."""
    return os.environ.get("CASEFILE_INDEX", "casefile-documents")


def allow_private_addresses() -> bool:
    return os.environ.get("CASEFILE_ALLOW_PRIVATE") == "1"
