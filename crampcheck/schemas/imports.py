"""The JSON shape of an import summary (``crampcheck import --json`` and ``POST …/import``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampcheck.services.imports import ImportSummary


def summary_json(summary: ImportSummary) -> dict[str, Any]:
    """What was read, stored, already there, and skipped with why."""
    return {
        "format": summary.format,
        "label": summary.label,
        "profile": summary.profile,
        "read": summary.read,
        "imported": summary.added,
        "added": {"food": summary.food, "fluids": summary.fluids, "labs": summary.labs},
        "already_imported": summary.already_imported,
        "skipped": [
            {"reason": s.reason, "count": s.count, "where": list(s.where)} for s in summary.skipped
        ],
        "notes": list(summary.notes),
    }
