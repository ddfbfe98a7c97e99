"""Reading a JSON-lines log that another process is still appending to (a fake's call log, the
gateway's access log through its runner's pipe)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_json_lines(path: Path) -> list[dict[str, Any]]:
    """Every complete line as an object. A read does not wait for a write on a regular file, so
    whatever follows the last newline may be half a line; the next read sees it whole."""
    if not path.exists():
        return []
    text = path.read_text(errors="replace")
    return [json.loads(line) for line in text[: text.rfind("\n") + 1].splitlines() if line.strip()]
