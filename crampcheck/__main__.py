"""`python -m crampcheck` runs the command line."""

from __future__ import annotations

from crampcheck.cli import main

if __name__ == "__main__":
    main()
