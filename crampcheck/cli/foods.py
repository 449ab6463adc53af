"""`crampcheck foods search|top`."""

from __future__ import annotations
