"""crampcheck: what am I lacking that gives me leg cramps? An honest answer from your own data.

Not a diagnosis: crampcheck lists contributing factors worth discussing with a clinician.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
