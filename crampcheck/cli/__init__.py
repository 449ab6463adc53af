"""Command-line adapter. Commands parse arguments, call one service and render the result.

Heavy libraries are imported inside commands so that ``crampcheck --help`` stays fast.
"""

from __future__ import annotations

import os
import sys

from crampcheck.cli import assess as _assess  # noqa: F401  (registers commands)
from crampcheck.cli import diary as _diary  # noqa: F401
from crampcheck.cli import diary_edit as _diary_edit  # noqa: F401
from crampcheck.cli import diary_views as _diary_views  # noqa: F401
from crampcheck.cli import foods as _foods  # noqa: F401
from crampcheck.cli import intake as _intake  # noqa: F401
from crampcheck.cli import report as _report_command  # noqa: F401
from crampcheck.cli import serve as _serve  # noqa: F401
from crampcheck.cli import suggest as _suggest  # noqa: F401
from crampcheck.cli.app import app
from crampcheck.cli.output import EXIT_INPUT_ERROR, emit_json, error_document
from crampcheck.errors import CrampcheckError

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; turn known errors into one-line messages and exit code 2."""
    args = sys.argv[1:] if argv is None else argv
    try:
        app(args=args, prog_name="crampcheck")
    except CrampcheckError as error:
        _report(error.message, "--json" in args, type(error).__name__)
        sys.exit(EXIT_INPUT_ERROR)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
    except Exception as error:  # last resort: never show a traceback
        if os.environ.get("CRAMPCHECK_DEBUG"):
            raise
        _report(
            f"unexpected internal error: {error!r} (please report it)",
            "--json" in args,
            "internal_error",
        )
        sys.exit(1)


def _report(message: str, as_json: bool, kind: str) -> None:
    if as_json:
        emit_json(error_document(message, kind))
    sys.stderr.write(f"Error: {message}\n")
