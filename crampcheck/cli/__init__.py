"""Command-line adapter. Commands parse arguments, call one service and render the result.

Heavy libraries are imported inside commands so that ``crampcheck --help`` stays fast.

:func:`main` is the one boundary: every outcome is exit code 0, or exit code 2 with one
``Error: ...`` line on stderr (and one ``{"error": ...}`` document on stdout under ``--json``).
"""

from __future__ import annotations

import os
import sys

from typer import Abort
from typer._click import exceptions as click  # typer ships its own click

from crampcheck.cli import assess as _assess  # noqa: F401  (registers commands)
from crampcheck.cli import check as _check  # noqa: F401
from crampcheck.cli import diary as _diary  # noqa: F401
from crampcheck.cli import diary_edit as _diary_edit  # noqa: F401
from crampcheck.cli import diary_views as _diary_views  # noqa: F401
from crampcheck.cli import foods as _foods  # noqa: F401
from crampcheck.cli import intake as _intake  # noqa: F401
from crampcheck.cli import my_foods as _my_foods  # noqa: F401
from crampcheck.cli import report as _report_command  # noqa: F401
from crampcheck.cli import serve as _serve  # noqa: F401
from crampcheck.cli import sources as _sources  # noqa: F401
from crampcheck.cli import suggest as _suggest  # noqa: F401
from crampcheck.cli.app import app
from crampcheck.cli.output import EXIT_INPUT_ERROR, emit_json, error_document, one_line
from crampcheck.errors import CrampcheckError

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; turn every error into one line and exit code 2 (never a traceback).

    An unexpected internal error is reported in one line too, with exit code 1."""
    args = sys.argv[1:] if argv is None else argv
    as_json = "--json" in (args[: args.index("--")] if "--" in args else args)
    try:
        _check_arguments(args)
        code = app(args=args, prog_name="crampcheck", standalone_mode=False)
        sys.stdout.flush()
    except CrampcheckError as error:
        _fail(error.message, as_json, type(error).__name__)
    except click.NoArgsIsHelpError as error:
        sys.stdout.write(error.ctx.get_help() + "\n")
        _fail("a command is missing; see the list above", False, "usage_error")
    except click.UsageError as error:
        _fail(_usage_message(error), as_json, "usage_error")
    except click.ClickException as error:
        _fail(error.format_message(), as_json, "usage_error")
    except Abort:
        _fail("aborted", as_json, "aborted")
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
    except OSError as error:
        _output_failed(error)
    except SystemExit as error:  # rich exits with 1 after a broken pipe
        if error.code not in (None, 0, EXIT_INPUT_ERROR):
            _output_failed(BrokenPipeError())
        raise
    except Exception as error:  # last resort: never show a traceback
        if os.environ.get("CRAMPCHECK_DEBUG"):
            raise
        message = f"unexpected internal error: {error!r} (please report it)"
        _fail(message, as_json, "internal_error", code=1)
    if code:
        sys.exit(code if isinstance(code, int) else EXIT_INPUT_ERROR)


def _check_arguments(args: list[str]) -> None:
    """Refuse arguments that are not valid UTF-8 (Python hands them in as lone surrogates)."""
    from crampcheck.errors import InputError

    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"argument {number} is not valid UTF-8 text") from None


def _usage_message(error: click.UsageError) -> str:
    hint = f"; see '{error.ctx.command_path} --help'" if error.ctx is not None else ""
    return f"{error.format_message()}{hint}"


def _output_failed(error: OSError) -> None:
    """Standard output is closed (``| head``) or its disk is full: say so on stderr, exit 2."""
    _silence_stdout()
    reason = "it was closed" if isinstance(error, BrokenPipeError) else error.strerror or error
    sys.stderr.write(f"Error: cannot write the output: {reason}\n")
    sys.exit(EXIT_INPUT_ERROR)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture stdout)
        pass


def _fail(message: str, as_json: bool, kind: str, code: int = EXIT_INPUT_ERROR) -> None:
    try:
        if as_json:
            emit_json(error_document(one_line(message), kind))
            sys.stdout.flush()
    except OSError:
        _silence_stdout()
    sys.stderr.write(f"Error: {one_line(message)}\n")
    sys.exit(code)
