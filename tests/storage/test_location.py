"""Where the diary lives: a typo in --db is one clear error, never a new empty diary elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crampcheck.errors import StorageError
from crampcheck.storage.location import check_sqlite_path
from tests.conftest import CliResult


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "diary.db"
    with pytest.raises(StorageError, match="does not exist; check the --db path"):
        check_sqlite_path(path, create=True)
    assert not path.parent.exists()


def test_an_existing_folder_gets_its_new_diary(tmp_path: Path) -> None:
    check_sqlite_path(tmp_path / "diary.db", create=True)  # no error: the folder is there


def test_the_cli_says_so_in_one_line(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'typo' / 'x.db'}"
    result = cli("profile", "add", "ann", "--age", "50", "--sex", "female", "--db", url)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "typo").exists()
