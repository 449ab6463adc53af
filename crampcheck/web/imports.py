"""Imports of other apps' files over the web (REST body or the diary page's upload form).

The upload is spooled to a temporary file (in memory up to 1 MB, then on disk) and parsed from
there, so a large Apple Health export never sits in memory whole. Nothing is stored unless every
record is accepted; the answer is the summary ``crampcheck import --json`` prints.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from typing import IO, Any, BinaryIO, cast

from crampcheck.errors import InputError
from crampcheck.web.context import now
from crampcheck.web.tenancy import Tenant

SPOOL_BYTES = 1024 * 1024


async def spool(chunks: AsyncIterator[bytes]) -> IO[bytes]:
    """The request body in a rewound temporary file."""
    target = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (returned)
    async for chunk in chunks:
        target.write(chunk)
    target.seek(0)
    return target


def import_file(tenant: Tenant, name: str | None, stream: IO[bytes]) -> dict[str, Any]:
    """Import an uploaded file into the tenant's profile ``name``; the summary as JSON."""
    from crampcheck.schemas.imports import summary_json
    from crampcheck.services.imports import import_stream

    record = tenant.profile(name)
    summary = import_stream(
        tenant.repo, record, cast(BinaryIO, stream), now(), shown_name=record.name
    )
    if summary is None:
        raise InputError(
            "the file is not a Cronometer servings export, a MyFitnessPal nutrition export, "
            "an Apple Health export.xml or FHIR lab results (see docs/import.md)"
        )
    return summary_json(summary)


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The summary as the few lines the diary page shows."""
    added = summary["added"]
    lines = [
        f"{summary['label']}: read {summary['read']} record(s).",
        f"Stored {added['food']} food entries, {added['fluids']} drinks and {added['labs']} lab "
        f"results; {summary['already_imported']} record(s) were already imported.",
    ]
    for skipped in summary["skipped"]:
        where = f" (e.g. {', '.join(skipped['where'])})" if skipped["where"] else ""
        lines.append(f"Skipped {skipped['count']}: {skipped['reason']}{where}.")
    lines.extend(summary["notes"])
    return lines
