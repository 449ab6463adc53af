"""Fuzzing the CLI boundary: hostile arguments and input for every entry point, and the contract.

Shared by ``tests/cli/test_fuzz.py`` (a few hundred examples per entry point, fixed seed, in CI)
and ``benchmarks/bench_cli_fuzz.py`` (the long run, which counts failures by kind).

The contract checked for every run (:func:`check_contract`):

- exit code 0, or 2 with exactly one ``Error: ...`` line on stderr (never a traceback, never 1);
- under ``--json``: exactly one strict JSON document on stdout (no NaN/Infinity), an
  ``{"error": ...}`` one when the exit code is 2; under ``--batch``: one strict JSON line per
  non-blank input line;
- data invariants: what a ``log`` command reports as stored is what ``export`` reads back, and
  a food item's nutrients match its grams (per-100 g value × grams / 100).
"""

from __future__ import annotations

import io
import json
import math
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

BIG = "1" * 320
JUNK = [
    "",
    " ",
    "-",
    "--",
    "0",
    "-1",
    "1e309",
    "-1e309",
    "nan",
    "NaN",
    "inf",
    BIG,
    "9223372036854775808",
    "2147483648",
    "0.00001",
    "0001-01-01",
    "9999-12-31",
    "0001-01-01T00:00",
    "9999-12-31T23:59:59",
    "2026-03-01T03:00+00:19:32",
    "2026-02-30",
    "\x00",
    "\udcff",
    "\r",
    "\r\n",
    '=HYPERLINK("http://x")',
    "'",
    "[" * 50,
    "x" * 3000,
    "ümlaut ñ 漢字 🙂",
    "%_",
    "--json",
    "--help",
]
"""Values that have broken parsers before: edges of numbers, dates, encodings and sizes."""


def _values() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(JUNK),
        st.text(max_size=40),
        st.from_regex(r"\A-?[0-9]{1,4}(\.[0-9]{1,3})?\Z"),
        st.from_regex(r"\A20[0-9]{2}-[01][0-9]-[0-3][0-9](T[0-2][0-9]:[0-5][0-9])?\Z"),
    )


@dataclass(frozen=True)
class EntryPoint:
    """A command, the options it knows and how its input is fed."""

    name: str
    command: tuple[str, ...]
    options: tuple[str, ...] = ()
    positional: int = 0
    uses_db: bool = False
    stdin: str | None = None  # "json", "lines" or None
    batch: bool = False


ENTRY_POINTS = [
    EntryPoint("intake", ("intake",), ("--age", "--sex", "--pregnant", "--lactating"), 1),
    EntryPoint("intake --batch", ("intake", "--batch"), stdin="lines", batch=True),
    EntryPoint("assess", ("assess", "-"), stdin="json"),
    EntryPoint("assess --batch", ("assess", "--batch"), stdin="lines", batch=True),
    EntryPoint("foods search", ("foods", "search"), ("--limit",), 2),
    EntryPoint("foods top", ("foods", "top"), ("--per", "--limit", "--all"), 1),
    EntryPoint("suggest", ("suggest",), ("--age", "--sex", "--vegan", "--avoid", "--max-foods"), 1),
    EntryPoint(
        "profile add",
        ("profile", "add"),
        ("--age", "--sex", "--pregnant", "--lactating"),
        1,
        uses_db=True,
    ),
    EntryPoint("log food", ("log", "food"), ("--at", "--profile"), 1, uses_db=True),
    EntryPoint("log fluid", ("log", "fluid"), ("--at",), 1, uses_db=True),
    EntryPoint(
        "log cramp",
        ("log", "cramp"),
        (
            "--severity",
            "--duration",
            "--count",
            "--sleep",
            "--location",
            "--trigger",
            "--notes",
            "--at",
        ),
        uses_db=True,
    ),
    EntryPoint("log med", ("log", "med"), ("--started", "--stopped", "--notes"), 1, uses_db=True),
    EntryPoint("log lab", ("log", "lab"), ("--at",), 3, uses_db=True),
    EntryPoint("log weight", ("log", "weight"), ("--at",), 1, uses_db=True),
    EntryPoint(
        "diary show",
        ("diary", "show"),
        ("--from", "--to", "--search", "--limit", "--page"),
        uses_db=True,
    ),
    EntryPoint("diary fix", ("diary", "fix"), ("--grams", "--food"), 2, uses_db=True),
    EntryPoint("trends", ("trends",), ("--from", "--to", "--profile"), uses_db=True),
    EntryPoint("import", ("import",), (), 0, uses_db=True, stdin="file"),
]
BY_NAME = {entry.name: entry for entry in ENTRY_POINTS}

CASE_KEYS = ["profile", "cramps", "symptoms", "conditions", "medications", "lifestyle", "labs"]


def _json_values() -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**400), max_value=10**400),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(JUNK[:20]),
        st.text(max_size=30),
    )
    return st.recursive(
        leaves,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(
                st.one_of(st.sampled_from(["age", "sex", "value", "unit", "text"]), st.text()),
                children,
                max_size=4,
            ),
        ),
        max_leaves=12,
    )


def _case() -> st.SearchStrategy[str]:
    profile = st.fixed_dictionaries(
        {
            "age": st.one_of(st.integers(0, 130), _json_values()),
            "sex": st.sampled_from(["female", "male", "x"]),
        }
    )
    document = st.fixed_dictionaries(
        {"profile": profile},
        optional={key: _json_values() for key in CASE_KEYS[1:]} | {"diary": st.text(max_size=80)},
    )
    text = document.map(json.dumps)
    return st.one_of(
        text,
        st.sampled_from(["[" * 2000, '{"profile": {"age": 1e999}}', "NaN", "", "{", "\ufeff{}"]),
        st.text(max_size=200),
    )


def _batch_lines() -> st.SearchStrategy[str]:
    intake = st.fixed_dictionaries(
        {"text": st.one_of(st.text(max_size=60), st.sampled_from(JUNK))},
        optional={"profile": _json_values()},
    ).map(json.dumps)
    lines = st.lists(st.one_of(intake, _case(), st.sampled_from(JUNK)), min_size=1, max_size=4)
    return lines.map(lambda parts: "\n".join(p.replace("\n", " ") for p in parts) + "\n")


def _import_file() -> st.SearchStrategy[str]:
    header = "record,profile,age_years,sex,pregnant,lactating,current,at,taken_on,started,stopped,"
    header += "text,name,kind,millilitres,severity,count,duration_min,sleep,location,trigger,"
    header += "value,unit,kg,notes,items"
    row = st.lists(st.one_of(st.sampled_from(JUNK), st.text(max_size=20)), min_size=26, max_size=27)
    csv_text = st.lists(row, max_size=4).map(
        lambda rows: header + "\r\n" + "\r\n".join(",".join(r) for r in rows) + "\r\n"
    )
    profile = st.fixed_dictionaries(
        {"name": st.text(max_size=10), "age_years": _json_values(), "sex": st.just("female")},
        optional={section: st.lists(_json_values(), max_size=2) for section in ("food", "weights")},
    )
    json_text = st.fixed_dictionaries(
        {
            "format": st.just("crampcheck-diary"),
            "version": st.just(1),
            "profiles": st.lists(profile, max_size=2),
        }
    ).map(json.dumps)
    return st.one_of(csv_text, json_text, st.text(max_size=100))


@st.composite
def invocation(draw: st.DrawFn, entry: EntryPoint) -> tuple[list[str], str]:
    """(argv without --db, stdin) for one fuzzed run of ``entry``."""
    args = list(entry.command)
    positional = draw(st.integers(0, entry.positional + 1))
    args += [draw(_values()) for _ in range(positional)]
    for _ in range(draw(st.integers(0, 4))):
        option = draw(st.sampled_from([*entry.options, "--json", "--bogus"]))
        args.append(option)
        if draw(st.booleans()):
            args.append(draw(_values()))
    if draw(st.booleans()):
        args.append("--json")
    stdin = ""
    if entry.stdin == "json":
        stdin = draw(_case())
    elif entry.stdin == "lines":
        stdin = draw(_batch_lines())
    elif entry.stdin == "file":
        stdin = draw(_import_file())
    return args, stdin


# --- running and checking ------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str


def run_main(args: list[str], stdin: str) -> Outcome:
    """Run ``crampcheck.cli.main`` in-process with captured stdin/stdout/stderr."""
    from crampcheck.cli import main

    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    code = 0
    try:
        main(args)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Outcome(code, out.getvalue(), err.getvalue())


class ContractError(AssertionError):
    """A broken contract, with a short kind for counting (``exit_1``, ``not_json``, ...)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


def _strict(text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def check_contract(entry: EntryPoint, args: list[str], stdin: str, outcome: Outcome) -> None:
    """Raise ContractError unless ``outcome`` keeps the CLI contract (see the module docstring)."""
    if outcome.code not in (0, 2):
        raise ContractError(f"exit_{outcome.code}", outcome.stderr[-300:])
    if "Traceback" in outcome.stderr or "Traceback" in outcome.stdout:
        raise ContractError("traceback", outcome.stderr[-300:])
    if outcome.code == 2:
        lines = outcome.stderr.splitlines()
        if len(lines) != 1 or not lines[0].startswith("Error: "):
            raise ContractError("error_lines", outcome.stderr[-300:])
    help_asked = "--help" in args or "-h" in args
    if entry.batch and outcome.code == 0 and not help_asked:
        wanted = sum(1 for line in stdin.split("\n") if line.strip())
        got = outcome.stdout.splitlines()
        if len(got) != wanted:
            raise ContractError("batch_lines", f"{len(got)} lines for {wanted}")
        for line in got:
            _json_or_fail(line)
    elif json_requested(args) and not help_asked and (outcome.stdout or outcome.code == 2):
        document = _json_or_fail(outcome.stdout)
        if outcome.code == 2 and not (isinstance(document, dict) and set(document) == {"error"}):
            raise ContractError("error_document", outcome.stdout[:300])


FLAGS = frozenset(
    {"--json", "--batch", "--pregnant", "--lactating", "--all", "--vegan", "--help", "-h"}
)


def json_requested(args: list[str]) -> bool:
    """Whether ``--json`` is an option here: not the value of the option before it, not after
    ``--`` (where every word is an argument)."""
    if "--" in args:
        args = args[: args.index("--")]
    for before, token in zip(["", *args], args, strict=False):
        if token == "--json":
            if before.startswith("-") and before not in FLAGS and len(before) > 1:
                continue
            return True
    return False


def _json_or_fail(text: str) -> Any:
    try:
        return _strict(text)
    except ValueError as error:
        raise ContractError("not_json", f"{error}: {text[:200]!r}") from error


# --- data invariants -----------------------------------------------------------------------------

SECTIONS = {
    "log cramp": "cramps",
    "log fluid": "fluids",
    "log weight": "weights",
    "log lab": "labs",
    "log med": "medications",
    "log food": "food",
}


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int):
        return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-4)
    if isinstance(a, str) and isinstance(b, str) and a[:1].isdigit() and "T" in a:
        try:  # the same instant and offset, however the offset is spelled (Z or +00:00)
            first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
            return first == second and first.utcoffset() == second.utcoffset()
        except ValueError:
            return a == b
    return bool(a == b)


def check_logged(
    entry: EntryPoint, args: list[str], outcome: Outcome, export: dict[str, Any]
) -> None:
    """What a successful ``log ... --json`` reported is in the export, field for field."""
    section = SECTIONS.get(entry.name)
    if section is None or outcome.code != 0 or not json_requested(args) or "--help" in args:
        return
    reported = _strict(outcome.stdout)
    if not isinstance(reported, dict) or "profile_id" not in reported:
        return
    stored = [record for p in export["profiles"] for record in p[section]]
    advisory = ("notes",) if section == "labs" else ()  # plausibility notes, not stored
    fields = [k for k in reported if k not in ("id", "profile_id", "items", *advisory)]
    for record in stored:
        if all(_close(reported[k], record.get(k)) for k in fields):
            return
    raise ContractError("read_back", f"{section} {reported} not in the export")


def check_nutrients(export: dict[str, Any], per_100g: Callable[[str, str], float | None]) -> None:
    """Every stored item with a food and grams has nutrients = per-100 g × grams / 100."""
    for profile in export["profiles"]:
        for food in profile["food"]:
            for item in food["items"]:
                if item["food_id"] is None or item["grams"] is None:
                    continue
                for key, value in item["nutrients"].items():
                    base = per_100g(item["food_id"], key)
                    expected = None if base is None else base * item["grams"] / 100
                    if value is None or expected is None:
                        if value != expected:
                            raise ContractError(
                                "nutrients", f"{item['food_id']} {key}: {value} vs {expected}"
                            )
                    elif not math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-9):
                        raise ContractError(
                            "nutrients", f"{item['food_id']} {item['grams']} g {key}: {value}"
                        )


def per_100g_lookup(db: sqlite3.Connection) -> Callable[[str, str], float | None]:
    """Per-100 g amounts straight from the bundled food databases (SR24 in ``db``, FNDDS beside
    it in the same folder)."""
    cache: dict[tuple[str, str], float | None] = {}
    fndds_file = Path(db.execute("PRAGMA database_list").fetchone()[2]).with_name("fndds.sqlite")
    fndds = sqlite3.connect(f"file:{fndds_file}?mode=ro", uri=True)

    def lookup(food_id: str, key: str) -> float | None:
        if (food_id, key) not in cache:
            source = fndds if len(food_id) == 8 else db
            row = source.execute(
                "SELECT fn.amount FROM food_nutrients fn JOIN foods f ON f.id = fn.food"
                " JOIN nutrients n ON n.id = fn.nutrient WHERE f.food_id = ? AND n.key = ?",
                (food_id, key),
            ).fetchone()
            cache[food_id, key] = None if row is None else float(row[0])
        return cache[food_id, key]

    return lookup


def seed_database(url: str) -> None:
    """A profile and one food entry, so that log, fix and show have something to work on."""
    for args in (
        ["profile", "add", "ann", "--age", "58", "--sex", "female"],
        ["log", "food", "a banana and a glass of milk", "--at", "2026-03-01T08:00+01:00"],
    ):
        outcome = run_main([*args, "--db", url], "")
        assert outcome.code == 0, outcome


def fuzz_once(
    entry: EntryPoint,
    args: list[str],
    stdin: str,
    url: str,
    workdir: str,
    per_100g: Callable[[str, str], float | None],
) -> None:
    """One run of ``entry`` with its contract and (for diary commands) the data invariants."""
    argv = list(args)
    if entry.stdin == "file":
        path = f"{workdir}/import.txt"
        with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
            handle.write(stdin)
        argv.insert(len(entry.command), path)
        stdin = ""
    if entry.uses_db:
        argv += ["--db", url]
    outcome = run_main(argv, stdin)
    check_contract(entry, argv, stdin, outcome)
    if entry.uses_db and outcome.code == 0 and entry.name in (*SECTIONS, "diary fix", "import"):
        exported = run_main(["export", "--db", url], "")
        if exported.code != 0:
            raise ContractError("export_failed", exported.stderr)
        document = _strict(exported.stdout)
        check_logged(entry, argv, outcome, document)
        check_nutrients(document, per_100g)
