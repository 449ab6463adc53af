"""A program run in a pseudo-terminal, driven like a person at the keyboard (stdlib ``pty``)."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import time
from collections.abc import Sequence

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


class PtySession:
    """``expect`` waits for a pattern in what the program printed; ``send`` types a line."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], cwd: str) -> None:
        master, slave = os.openpty()
        self.proc = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.fd = master
        self.output = ""
        self._seen = 0

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        self.output += ANSI.sub("", chunk.decode("utf-8", errors="replace")).replace("\r", "")
        return True

    def expect(self, pattern: str, timeout: float = 30.0) -> re.Match[str]:
        """The first match of ``pattern`` after the previous one (fails after ``timeout``)."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            match = regex.search(self.output, self._seen)
            if match:
                self._seen = match.end()
                return match
            left = deadline - time.monotonic()
            ended = not self._read(max(0.0, min(left, 0.5))) and self.proc.poll() is not None
            if left <= 0 or (ended and not self._read(0.2)):
                raise AssertionError(f"never saw {pattern!r}; output:\n{self.output[-3000:]}")

    def send(self, text: str) -> None:
        os.write(self.fd, (text + "\n").encode())

    def interrupt(self) -> None:
        """Ctrl-C, as the terminal sends it (SIGINT to the foreground program), a moment after the
        prompt appeared, as a person would (a signal during readline's set-up can be lost)."""
        time.sleep(0.3)
        os.killpg(self.proc.pid, signal.SIGINT)

    def wait(self, timeout: float = 30.0) -> int:
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self._read(0.2)
        while self._read(0.1):
            pass
        code = self.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        os.close(self.fd)
        return code
