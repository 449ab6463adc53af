"""Every check on diary records and profiles, each with the message that says what to fix."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crampcheck.core import diary as d
from crampcheck.errors import InputError

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
AT = NOW - timedelta(hours=3)
TODAY = NOW.date()


@pytest.mark.parametrize(
    ("word", "kind"), [("Med", "medications"), (" drinks ", "fluids"), ("meal", "food")]
)
def test_entry_kind_reads_cli_words(word: str, kind: str) -> None:
    assert d.entry_kind(word) == kind


def test_entry_kind_and_kind_of_refuse_what_is_not_a_kind() -> None:
    with pytest.raises(InputError, match="unknown entry kind 'pill'"):
        d.entry_kind("pill")
    with pytest.raises(TypeError, match="not a diary entry: str"):
        d.kind_of("cramp")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("birth_year", "birth_date", "age"),
    [
        (None, date(1968, 4, 2), 57.0),
        (None, date(1968, 2, 2), 58.0),
        (1968, None, 57.0),
        (None, None, None),
    ],
)
def test_age_on(birth_year: int | None, birth_date: date | None, age: float | None) -> None:
    assert d.age_on(TODAY, birth_year, birth_date) == age


@pytest.mark.parametrize(
    ("birth_year", "birth_date", "message"),
    [(None, date(2027, 1, 1), "is in the future"), (1850, None, "birth year 1850 is not")],
)
def test_age_on_refuses(birth_year: int | None, birth_date: date | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.age_on(TODAY, birth_year, birth_date)


def test_person_takes_its_age_from_the_birth_date_and_pregnancy_from_the_due_date() -> None:
    record = d.person(
        "Ana", 30, "female", TODAY, birth_date=date(1990, 1, 1), due_date=date(2026, 6, 1)
    )
    assert (record.profile.age_years, record.profile.pregnant, record.birth_year) == (
        36.0,
        True,
        None,
    )
    later = d.profile_on(record, date(2026, 7, 1))
    assert (later.profile.pregnant, later.profile.age_years) == (False, 36.0)
    assert d.profile_on(record, TODAY) is record
    assert d.profile_on(record, date(2027, 1, 2)).profile.age_years == 37.0


def test_new_profile_checks_name_and_profile() -> None:
    record = d.new_profile(" Ana ", 40, "female", lactating=True)
    assert (record.name, record.profile.age_years, record.profile.lactating) == ("Ana", 40.0, True)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"due_date": date(2027, 3, 1)}, "more than 42 weeks away"),
        ({"birth_year": 1950, "pregnant": True}, "pregnancy at age 75 is not plausible"),
        ({"birth_year": 1950, "lactating": True}, "breastfeeding at age 75"),
    ],
)
def test_person_refuses_implausible_profiles(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.person("Ana", 30, "female", TODAY, **fields)  # type: ignore[arg-type]


_SECONDS = timezone(timedelta(hours=1, seconds=30))


@pytest.mark.parametrize(
    ("at", "message"),
    [
        (datetime(2026, 3, 1, 9, 0), "needs a time zone"),
        (datetime(2026, 3, 1, 9, 0, tzinfo=_SECONDS), "offset with seconds"),
        (datetime(1850, 3, 1, 9, 0, tzinfo=UTC), "too far in the past"),
    ],
)
def test_check_when_refuses(at: datetime, message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.check_when(at, NOW)


@pytest.mark.parametrize(
    ("day", "message"),
    [(date(2026, 3, 5), "is in the future"), (date(1850, 1, 1), "too far in the past")],
)
def test_check_day_refuses(day: date, message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.check_day(day, NOW)


@pytest.mark.parametrize(
    ("text", "required", "message"),
    [
        (7, False, "notes must be text"),
        ("  ", True, "notes is empty"),
        ("x" * 2001, False, "longer than 2000 characters"),
        ("a\x00b", False, "NUL character"),
        ("a\ud800", False, "lone surrogate"),
    ],
)
def test_check_text_refuses(text: str, required: bool, message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.check_text(text, "notes", required=required)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "must be a number"),
        (float("nan"), "must be a number"),
        (0, "more than zero"),
        (20.0, "not plausible"),
    ],
)
def test_check_amount_refuses(value: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.check_amount(value, "amount", maximum=10.0)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (d.CrampEpisode(1, AT, None), "severity is required"),  # type: ignore[arg-type]
        (d.CrampEpisode(1, AT, 5, count=0), "count must be a whole number from 1 to 100"),
        (d.CrampEpisode(1, AT, 5, duration_min=2000.0), "duration in minutes of 2000"),
        (d.FluidEntry(1, AT, 250.0, "t" * 70), "drink kind is longer than 64 characters"),
        (d.FluidEntry(1, AT, 250.0, "  "), "drink kind is empty"),
        (d.MedicationEntry(1, "  "), "medicine is empty"),
        (d.MedicationEntry(1, "x", started=date(2026, 4, 1)), "start date 2026-04-01 is in"),
        (d.MedicationEntry(1, "x", stopped=date(2026, 4, 1)), "stop date 2026-04-01 is in"),
        (
            d.MedicationEntry(1, "x", date(2026, 2, 1), date(2026, 1, 1)),
            "stop date 2026-01-01 is before",
        ),
        (d.LabResult(1, TODAY, "magnesium", True, "mmol/L"), "lab value must be a number"),
        (d.LabResult(1, TODAY, "magnesium", -1.0, "mmol/L"), "zero or more, not -1"),
        (d.LabResult(1, TODAY, "magnesium", 0.7, ""), "lab unit is empty"),
        (d.WeightEntry(1, AT, 12.0), "12 kg is not plausible"),
        (d.WeightEntry(1, AT, 500.0), "not plausible"),
        (d.FoodEntry(1, AT, ""), "food text is empty"),
        (
            d.FoodEntry(1, AT, "x", tuple(d.FoodItem("x", None, None, None) for _ in range(501))),
            "at most 500 items, not 501",
        ),
    ],
)
def test_validators_refuse(entry: d.DiaryEntry, message: str) -> None:
    validators = {
        d.CrampEpisode: d.validate_cramp,
        d.FluidEntry: d.validate_fluid,
        d.MedicationEntry: d.validate_medication,
        d.LabResult: d.validate_lab,
        d.WeightEntry: d.validate_weight,
        d.FoodEntry: d.validate_food,
    }
    with pytest.raises(InputError, match=message):
        validators[type(entry)](entry, NOW)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("entry", "validate"),
    [
        (
            d.MedicationEntry(1, "omeprazole", date(2026, 1, 1), date(2026, 2, 1)),
            d.validate_medication,
        ),
        (d.LabResult(1, TODAY, "magnesium", 0.0, "mmol/L"), d.validate_lab),
        (d.WeightEntry(1, AT, 72.0), d.validate_weight),
        (d.FluidEntry(1, AT, 250.0, "tea"), d.validate_fluid),
    ],
)
def test_validators_pass_good_entries(entry: d.DiaryEntry, validate: object) -> None:
    assert validate(entry, NOW) is entry  # type: ignore[operator]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (d.FoodItem("x", "1" * 17, None, None), "food id is longer than 16"),
        (d.FoodItem("x", None, None, None, meal="brunchtime"), "meal must be one of"),
        (d.FoodItem("x", None, None, None, time="t" * 17), "time is longer than 16"),
        (d.FoodItem("x", None, None, None, nutrients={"zinc_x": 1.0}), "unknown nutrient"),
        (d.FoodItem("x", None, None, None, nutrients={"magnesium_mg": "5"}), "must be a number"),  # type: ignore[dict-item]
        (d.FoodItem("x", None, None, None, nutrients={"magnesium_mg": -1.0}), "finite amount"),
    ],
)
def test_validate_item_refuses(item: d.FoodItem, message: str) -> None:
    with pytest.raises(InputError, match=f"item 1 .*{message}|{message}"):
        d.validate_item(item)


def test_validate_item_passes_a_full_item() -> None:
    item = d.FoodItem(
        "a banana",
        "09040",
        "Bananas, raw",
        118.0,
        {"magnesium_mg": 32.0, "potassium_mg": None},
        meal="breakfast",
        time="7:30",
    )
    assert d.validate_item(item) is item


@pytest.mark.parametrize(
    ("text", "ml", "kind"),
    [
        ("1 1/2 l water", 1500.0, "water"),
        ("2 glasses milk", 480.0, "milk"),
        ("1 cup tea", 236.588, "tea"),
        # a leading sign skips the food-style reader: the plain amount-and-unit reader decides
        ("+1 1/2 l water", 1500.0, "water"),
        ("+1/2 litre", 500.0, "water"),
        ("+2 liters", 2000.0, "water"),
        ("+300 millilitres juice", 300.0, "juice"),
        ("+2 glasses milk", 500.0, "milk"),
        ("+1 cup tea", 240.0, "tea"),
        ("+8 fl oz water", 236.588, "water"),
        ("+2 dl water", 200.0, "water"),
        ("+1,5 l", 1500.0, "water"),
    ],
)
def test_parse_fluid_units(text: str, ml: float, kind: str) -> None:
    millilitres, read_kind = d.parse_fluid(text)
    assert (round(millilitres, 3), read_kind) == (ml, kind)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("+1/0 l water", "is not a number"),
        ("+2 l /water", "is not a number"),
        ("+1e308 l water", "is not plausible"),
        ("+lots", "cannot read the amount"),
        ("-2 l water", "must be more than zero"),
    ],
)
def test_parse_fluid_refuses_impossible_amounts(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        d.parse_fluid(text)
