"""`crampcheck intake`."""

from __future__ import annotations
