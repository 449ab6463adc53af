"""Readers of other apps' exports (issue 14): pure parsing of one stream into typed records.

One module per format: :mod:`cronometer`, :mod:`myfitnesspal`, :mod:`apple_health` (streamed)
and :mod:`fhir`. Each has ``looks_like(head)`` (recognise by content) and ``parse(...)`` returning
a :class:`crampcheck.imports.records.ParsedImport`. Storing is done by
:mod:`crampcheck.services.imports`.
"""
