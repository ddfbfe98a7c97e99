"""What the reference engine and our edge share as nginx processes of their own: a graceful stop."""

from __future__ import annotations

import signal
import subprocess
from types import TracebackType
from typing import Self


class NginxProcess:
    """A `with` block stops the nginx in `proc` (SIGQUIT: in-flight requests finish)."""

    proc: subprocess.Popen[bytes] | None

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGQUIT)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
