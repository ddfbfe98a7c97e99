"""status.json: the renewer's last outcome, for the admin panel, the edge's metrics and operators.

Written atomically (temp file + rename), so readers (nginx's Lua timer, Jeeves) never see half a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from certs.acme.settings import AcmePaths
from servicekit.runpaths import RunPaths


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def path(paths: RunPaths) -> Path:
    return AcmePaths.of(paths).status_file


def read(paths: RunPaths) -> dict[str, Any]:
    """The last status, or {} when no renewer ever ran (ACME off, or a fresh run dir)."""
    try:
        data = json.loads(path(paths).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write(paths: RunPaths, data: dict[str, Any]) -> None:
    target = path(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    tmp.chmod(0o644)  # no secret inside; nginx workers and Jeeves read it
    os.replace(tmp, target)
