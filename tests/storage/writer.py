"""A diary writer process for the crash and concurrency tests.

``python -m tests.storage.writer URL ACK_FILE PREFIX COUNT`` logs COUNT cramps (COUNT 0: until
killed) with notes ``PREFIX-i``; after each commit returns it writes ``i`` into ACK_FILE with
``pwrite`` (8 bytes at offset 0), so the parent knows which entries were acknowledged.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime

from crampcheck.core.diary import CrampEpisode
from crampcheck.storage.store import open_store


def main(url: str, ack_file: str, prefix: str, count: int) -> None:
    store = open_store(url, migrate=False)
    profile = store.find_profile("writer")
    assert profile is not None
    assert profile.id is not None
    fd = os.open(ack_file, os.O_RDWR | os.O_CREAT, 0o600)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    i = 0
    while count == 0 or i < count:
        store.add_cramp(CrampEpisode(profile.id, at, i % 11, notes=f"{prefix}-{i}"))
        os.pwrite(fd, (i + 1).to_bytes(8, "little"), 0)
        i += 1
    os.close(fd)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
