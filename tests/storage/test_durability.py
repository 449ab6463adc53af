"""A writer killed with SIGKILL loses no acknowledged entry; concurrent writers lose nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from crampcheck.core.diary import new_profile
from crampcheck.storage.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def _writer(url: str, ack: Path, prefix: str, count: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.writer", url, str(ack), prefix, str(count)],
        cwd=ROOT,
        env=env,
    )


def _acknowledged(ack: Path) -> int:
    data = ack.read_bytes() if ack.exists() else b""
    return int.from_bytes(data[:8], "little") if data else 0


def _notes(url: str) -> list[str]:
    store = open_store(url)
    try:
        profile = store.find_profile("writer")
        assert profile is not None
        assert profile.id is not None
        return [episode.notes for episode in store.list_cramps(profile.id)]
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_entry(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    store.add_profile(new_profile("writer", 50, "female"))
    store.close()
    ack = tmp_path / "ack"
    process = _writer(db_url, ack, "k", 0)
    deadline = time.monotonic() + 30
    while _acknowledged(ack) < 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    acknowledged = _acknowledged(ack)
    assert acknowledged >= 200, "the writer never got going"
    notes = _notes(db_url)
    found = {int(note.split("-")[1]) for note in notes}
    assert set(range(acknowledged)) <= found
    assert len(found) == len(notes)  # no duplicates
    assert len(found) <= acknowledged + 1  # at most the one in flight
    if db_url.startswith("sqlite"):
        store = open_store(db_url)
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        store.close()


@pytest.mark.slow
def test_concurrent_writers_lose_or_duplicate_nothing(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    store.add_profile(new_profile("writer", 50, "female"))
    store.close()
    writers, each = 4, 150
    processes = [_writer(db_url, tmp_path / f"ack{k}", f"w{k}", each) for k in range(writers)]
    for process in processes:
        assert process.wait(timeout=120) == 0
    notes = _notes(db_url)
    assert len(notes) == writers * each
    assert set(notes) == {f"w{k}-{i}" for k in range(writers) for i in range(each)}


OPENER = (
    "import sys; from crampcheck.storage.store import open_store; open_store(sys.argv[1]).close()"
)


@pytest.mark.slow
def test_concurrent_first_use_migrates_once(db_url: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen([sys.executable, "-c", OPENER, db_url], cwd=ROOT, env=env)
        for _ in range(4)
    ]
    assert [process.wait(timeout=60) for process in processes] == [0, 0, 0, 0]
    store = open_store(db_url, migrate=False)
    store.close()
