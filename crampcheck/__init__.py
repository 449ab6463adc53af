"""crampcheck: what am I lacking that gives me leg cramps? An honest answer from your own data.

Not a diagnosis: crampcheck lists contributing factors worth discussing with a clinician.

The public library (README "Use crampcheck from Python"): typed objects in and out, JSON only
through the ``*_to_json`` functions. Names are imported on first use, so ``import crampcheck``
stays light::

    case, _notes = crampcheck.parse_case({"profile": {"age": 58, "sex": "female"}})
    intake = crampcheck.analyze_intake("a banana and a glass of milk", case.profile)
    result = crampcheck.assess(case, intake)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_EXPORTS = {
    "Settings": "crampcheck.config",
    "load_settings": "crampcheck.config",
    "make_profile": "crampcheck.core.models",
    "make_constraints": "crampcheck.core.suggest",
    "parse_case": "crampcheck.schemas.assess",
    "assessment_to_json": "crampcheck.schemas.assess",
    "analyze_intake": "crampcheck.services.intake",
    "assess": "crampcheck.services.assess",
    "suggest": "crampcheck.services.suggest",
    "suggest_for_intake": "crampcheck.services.suggest",
    "build_report_data": "crampcheck.services.report",
    "build_case_report_data": "crampcheck.services.report",
    "render_html": "crampcheck.reports",
    "open_store": "crampcheck.storage.store",
}
"""Each public name and the module that defines it."""

__all__ = [
    "Settings",
    "__version__",
    "analyze_intake",
    "assess",
    "assessment_to_json",
    "build_case_report_data",
    "build_report_data",
    "load_settings",
    "make_constraints",
    "make_profile",
    "open_store",
    "parse_case",
    "render_html",
    "suggest",
    "suggest_for_intake",
]

if TYPE_CHECKING:
    from crampcheck.config import Settings, load_settings
    from crampcheck.core.models import make_profile
    from crampcheck.core.suggest import make_constraints
    from crampcheck.reports import render_html
    from crampcheck.schemas.assess import assessment_to_json, parse_case
    from crampcheck.services.assess import assess
    from crampcheck.services.intake import analyze_intake
    from crampcheck.services.report import build_case_report_data, build_report_data
    from crampcheck.services.suggest import suggest, suggest_for_intake
    from crampcheck.storage.store import open_store


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'crampcheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
