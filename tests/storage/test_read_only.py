"""A diary that cannot be written can still be read; a write gives one clear error."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
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


READ_AS_READER = (
    "import json, sys\n"
    "from crampcheck.errors import StorageError\n"
    "from crampcheck.storage.store import open_store\n"
    "store = open_store(sys.argv[1], create=False)\n"
    "names = [r.name for r in store.list_profiles()]\n"
    "store.close()\n"
    "try:\n"
    "    open_store(sys.argv[1]).close()\n"
    "    refused = ''\n"
    "except StorageError as error:\n"
    "    refused = str(error)\n"
    "print(json.dumps({'names': names, 'refused': refused}))\n"
)
"""Run as the reader: the diary at ``argv[1]`` opened as read commands open it (its profile
names), then as write commands do (the error), as JSON."""


def _unprivileged() -> list[str] | None:
    """A command prefix that runs a program as ``nobody`` (root can write anywhere, so the
    check must not run as root), or ``None`` when there is no such user or tool."""
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return None
    if shutil.which("setpriv"):
        return [
            "setpriv",
            f"--reuid={nobody.pw_uid}",
            f"--regid={nobody.pw_gid}",
            "--clear-groups",
        ]
    if shutil.which("runuser"):
        return ["runuser", "-u", "nobody", "--"]
    return None


def _run_as(user: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    """This Python, run by ``user`` (as we are for ``[]``) from ``/``; coverage's subprocess
    settings are left out (that user cannot write root's coverage data)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    return subprocess.run(
        [*user, sys.executable, *args],
        capture_output=True,
        text=True,
        cwd="/",
        env=env,
        timeout=120,
        check=False,
    )


def _read_as(user: list[str], path: Path) -> dict[str, object]:
    if user:
        probe = _run_as(user, "-c", "import crampcheck")
        if probe.returncode != 0:
            pytest.skip(f"this checkout cannot be read by an unprivileged user: {probe.stderr}")
    done = _run_as(user, "-c", READ_AS_READER, f"sqlite:///{path}")
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_read_only_folder_is_opened_read_only() -> None:
    """Opened by a user who may not write the folder or the file (as root, the check runs as
    ``nobody``, in a fresh folder under the temporary directory that user can reach)."""
    user = _unprivileged() if os.geteuid() == 0 else []
    if user is None:
        pytest.skip("running as root with no unprivileged user (nobody) or no setpriv/runuser")
    top = Path(tempfile.mkdtemp(prefix="crampcheck-ro-"))
    folder = top / "ro"
    try:
        top.chmod(0o755)
        folder.mkdir()
        _fill(folder / "diary.db")
        (folder / "diary.db").chmod(0o444)
        folder.chmod(0o555)
        result = _read_as(user, folder / "diary.db")
        assert result["names"] == ["ann"]
        assert (
            result["refused"]
            == f"{folder / 'diary.db'} is read-only; crampcheck cannot write to it"
        )
    finally:
        if folder.exists():
            folder.chmod(0o755)
        shutil.rmtree(top)
