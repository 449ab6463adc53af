"""The README's "Use crampcheck from Python" example runs, and the public API is what it says."""

from __future__ import annotations

import contextlib
import io
import re

import crampcheck
from tests.conftest import ROOT


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use crampcheck from Python", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README section has no python block"
    return found.group(1)


def test_the_readme_example_runs_and_prints_a_triage() -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(readme_example(), "README.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    triage = lines[0].split()[0]
    assert triage in ("emergency", "doctor_soon", "doctor_routine", "self_care")
    assert lines[1] == triage


def test_every_public_name_resolves_and_the_readme_names_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use crampcheck from Python", 1)[1].split("\n## ", 1)[0]
    for name in crampcheck.__all__:
        assert getattr(crampcheck, name) is not None
        assert name == "__version__" or f"`{name}`" in section, name
    assert crampcheck.__all__ == sorted(crampcheck.__all__)
    assert set(crampcheck.__all__) == {"__version__", *crampcheck._EXPORTS}
