"""Files that hold secrets (keys, passwords, configs quoting them), 0600 from their first byte.

A file is never created wide and chmod-ed afterwards, nor rewritten in place: it is created
O_CREAT|O_EXCL|O_NOFOLLOW with mode 0600 (so neither an existing file nor a planted link is
reused, whatever the umask), filled, then renamed over the target.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600
CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW


def create_private(path: Path, data: str | bytes) -> None:
    """A new 0600 file; FileExistsError if anything is already at path."""
    fd = os.open(path, CREATE_FLAGS, PRIVATE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data.encode() if isinstance(data, str) else data)


def write_private(path: Path, data: str | bytes) -> None:
    """Replace path atomically: readers see the old content or the new, never a partial or wide file."""
    staging = path.with_name(f".{path.name}.{os.getpid()}.new")
    staging.unlink(missing_ok=True)
    create_private(staging, data)
    os.replace(staging, path)
