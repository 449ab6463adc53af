"""A diary that cannot be written can still be read; a write gives one clear error."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crampcheck.core.diary import CrampEpisode
from crampcheck.errors import StorageError
from crampcheck.services import diary
from crampcheck.storage.engine import read_only_engine
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


def _fill(path: Path) -> None:
    store = open_store(f"sqlite:///{path}")
    ann = diary.add_profile(store, "ann", 58, "female")
    diary.log_cramp(store, ann, CrampEpisode(0, NOW, 6), NOW)
    store.close()


def test_read_only_engine_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "diary.db"
    _fill(path)
    store = DiaryStore(read_only_engine(path))
    store.check_schema()
    ann = diary.resolve_profile(store, "ANN")
    assert [c.severity for c in store.list_cramps(diary._id(ann))] == [6]
    with pytest.raises(StorageError, match="readonly"):
        diary.log_cramp(store, ann, CrampEpisode(0, NOW, 3), NOW)
    store.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_is_opened_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    _fill(folder / "diary.db")
    (folder / "diary.db").chmod(0o444)
    folder.chmod(0o555)
    try:
        store = open_store(f"sqlite:///{folder / 'diary.db'}")
        assert [r.name for r in store.list_profiles()] == ["ann"]
        store.close()
    finally:
        folder.chmod(0o755)
