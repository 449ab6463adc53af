"""Diary use cases on a real SQLite store with the real food engine on the bundled data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from crampcheck.core.diary import CrampEpisode, LabResult, MedicationEntry, ProfileRecord
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError, NotFoundError, ProfileError
from crampcheck.services import diary, transfer
from crampcheck.services.intake import analyze_intake
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
PLUS2 = timezone(timedelta(hours=2))


def _magnesium(text: str) -> float:
    """Magnesium (mg) of ``text`` as the real analyser weighs it."""
    value = analyze_intake(text).totals[Nutrient.MAGNESIUM_MG]
    assert value is not None
    return value


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[DiaryStore]:
    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    yield store
    store.close()


def test_profile_resolution(repo: DiaryStore) -> None:
    with pytest.raises(InputError, match="no profile yet"):
        diary.resolve_profile(repo, None)
    ann = diary.add_profile(repo, "ann", 58, "female")
    assert diary.resolve_profile(repo, None) == ann
    bob = diary.add_profile(repo, "bob", 70, "male")
    assert diary.resolve_profile(repo, None) == ann  # the first profile is current
    diary.use_profile(repo, "bob")
    assert diary.resolve_profile(repo, None) == bob
    with pytest.raises(NotFoundError, match="unknown profile 'zed'; known profiles: ann, bob"):
        diary.resolve_profile(repo, "zed")
    with pytest.raises(ProfileError):
        diary.add_profile(repo, "kid", 9, "female")
    with pytest.raises(ProfileError):
        diary.add_profile(repo, "dan", 40, "male", pregnant=True)


def test_log_food_and_correct(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    at = datetime(2026, 3, 14, 8, 0, tzinfo=PLUS2)
    entry = diary.log_food(repo, ann, "a banana and a zorblax", at, NOW, analyze_intake)
    assert [i.food_id for i in entry.items] == ["09040", None]
    assert entry.items[0].nutrients["magnesium_mg"] == pytest.approx(_magnesium("a banana"))
    assert entry.id is not None
    fixed = diary.correct_food_item(repo, entry.id, 2, analyze_intake, grams=30, food_id="11457")
    assert fixed.items[1].corrected
    assert fixed.items[1].text == "a zorblax"
    assert fixed.items[1].nutrients["magnesium_mg"] == pytest.approx(_magnesium("30 g [11457]"))
    assert repo.get_food(entry.id) == fixed
    with pytest.raises(InputError, match="items 1 to 2"):
        diary.correct_food_item(repo, entry.id, 3, analyze_intake, grams=10)
    with pytest.raises(NotFoundError):
        diary.correct_food_item(repo, entry.id, 1, analyze_intake, food_id="99999")


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda r, p: diary.log_fluid(r, p, "-5 ml", NOW, NOW), "more than zero"),
        (lambda r, p: diary.log_fluid(r, p, "lots", NOW, NOW), "cannot read"),
        (lambda r, p: diary.log_fluid(r, p, "500 ml", NOW + timedelta(days=1), NOW), "future"),
        (
            lambda r, p: diary.log_cramp(r, p, CrampEpisode(0, NOW, 11), NOW),
            "0 to 10",
        ),
        (
            lambda r, p: diary.log_cramp(r, p, CrampEpisode(0, NOW, 5, sleep=-1), NOW),
            "0 to 10",
        ),
        (
            lambda r, p: diary.log_cramp(r, p, CrampEpisode(0, NOW, 5, duration_min=-3), NOW),
            "more than zero",
        ),
        (
            lambda r, p: diary.log_medication(
                r, p, MedicationEntry(0, "x", date(2026, 3, 2), date(2026, 3, 1)), NOW
            ),
            "before start",
        ),
        (
            lambda r, p: diary.log_lab(r, p, LabResult(0, date(2027, 1, 1), "mg", 1, "u"), NOW),
            "future",
        ),
        (lambda r, p: diary.log_weight(r, p, -70, NOW, NOW), "more than zero"),
        (lambda r, p: diary.log_food(r, p, "   ", NOW, NOW, analyze_intake), "empty"),
    ],
)
def test_bad_input_changes_nothing(
    repo: DiaryStore, action: Callable[[DiaryStore, ProfileRecord], object], message: str
) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    before = transfer.to_json(transfer.export_document(repo))
    with pytest.raises(InputError, match=message):
        action(repo, ann)
    assert transfer.to_json(transfer.export_document(repo)) == before


def test_fluid_units(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    assert diary.log_fluid(repo, ann, "1.5 l", NOW, NOW).millilitres == 1500
    tea = diary.log_fluid(repo, ann, "2 cups tea", NOW, NOW)
    assert tea.millilitres == pytest.approx(2 * 236.588)  # US cups, as intake reads them
    assert tea.kind == "tea"
    assert diary.log_fluid(repo, ann, "330 millilitres beer", NOW, NOW).kind == "beer"


@pytest.mark.parametrize(
    ("text", "locale", "millilitres", "kind"),
    [
        ("a pint of water", None, 473.176, "water"),
        ("a pint of water", "en-GB", 568.261, "water"),
        ("half a pint of milk", "en-GB", 284.1305, "milk"),
        ("a pint of water", "en-AU", 570.0, "water"),
        ("a pint of water", "en-CA", 473.176, "water"),
        ("a mug of coffee", None, 250.0, "coffee"),
        ("two mugs of tea", None, 500.0, "tea"),
        ("a large glass of orange juice", None, 319.2, "orange juice"),
        ("a can of cola", None, 355.0, "cola"),
        ("a bottle of water (750 ml)", None, 750.0, "water"),
        ("12 fl oz cola", None, 354.882, "cola"),
    ],
)
def test_log_fluid_reads_drinks_like_intake(
    repo: DiaryStore, text: str, locale: str | None, millilitres: float, kind: str
) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    if locale is not None:
        diary.set_profile_locale(repo, ann, locale)
    drink = diary.log_fluid(repo, ann, text, NOW, NOW)
    assert drink.millilitres == pytest.approx(millilitres)
    assert drink.kind == kind


def test_show_diary_by_local_date(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    late = datetime(2026, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=-8)))  # 15th in UTC
    diary.log_cramp(repo, ann, CrampEpisode(0, late, 4), NOW)
    view = diary.show_diary(repo, ann, date(2026, 3, 14), date(2026, 3, 14))
    assert [c.at for c in view.cramps] == [late]
    assert diary.show_diary(repo, ann, date(2026, 3, 15), None).cramps == []
    with pytest.raises(InputError, match="before"):
        diary.show_diary(repo, ann, date(2026, 3, 15), date(2026, 3, 1))


def test_trends_from_store(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    start = date(2026, 2, 1)
    for offset in range(28):
        day = start + timedelta(days=offset)
        meal = datetime(day.year, day.month, day.day, 12, tzinfo=PLUS2)
        text = "a banana" if offset % 2 else "a banana and spinach"
        diary.log_food(repo, ann, text, meal, NOW, analyze_intake)
        if offset % 2:
            night = datetime(day.year, day.month, day.day, 3, tzinfo=PLUS2) + timedelta(days=1)
            diary.log_cramp(repo, ann, CrampEpisode(0, night, 6), NOW)
    report = diary.trends(repo, ann, start, start + timedelta(days=27), NOW.date())
    assert report.days_with_food == 28
    assert report.days_with_cramps == 14
    magnesium = next(c for c in report.comparisons if c.measure == "magnesium_mg")
    assert magnesium.verdict == "lower on cramp days"
    spinach = _magnesium("spinach")
    assert magnesium.difference == pytest.approx(-spinach)
    average = next(a for a in report.averages if a.nutrient == "magnesium_mg")
    assert average.target == 320
    assert average.mean == pytest.approx(_magnesium("a banana") + spinach / 2)
    assert sum(w.cramp_nights for w in report.weeks) == 14


def test_export_import_round_trip_json_and_csv(repo: DiaryStore, tmp_path: Path) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    bob = diary.add_profile(repo, "bob", 70, "male")
    at = datetime(2026, 3, 14, 3, 15, tzinfo=PLUS2)
    diary.log_food(repo, ann, "a banana, some zorblax", at, NOW, analyze_intake)
    diary.log_fluid(repo, bob, "500 ml tea, sweet", at, NOW)
    diary.log_cramp(
        repo, ann, CrampEpisode(0, at, 7, 2, 3.5, 6, "calf, left", 'said "ow"', "line\nbreak"), NOW
    )
    diary.log_medication(repo, ann, MedicationEntry(0, "statin", date(2026, 1, 1)), NOW)
    diary.log_lab(repo, bob, LabResult(0, date(2026, 3, 1), "magnesium", 0.68, "mmol/L"), NOW)
    diary.log_weight(repo, ann, 71.25, NOW.astimezone(PLUS2), NOW)
    document = transfer.export_document(repo)
    exported = transfer.to_json(document)
    for text in (exported, transfer.to_csv(document)):
        target = open_store(f"sqlite:///{tmp_path / f'copy{len(text)}.db'}")
        count = transfer.import_document(target, transfer.parse_export(text), NOW)
        assert count == 6
        assert transfer.to_json(transfer.export_document(target)) == exported
        target.close()


@pytest.mark.parametrize(
    "corrupt",
    [
        "",
        "{not json",
        '{"format": "other", "version": 1, "profiles": []}',
        '{"format": "crampcheck-diary", "version": 1, "profiles": [{"name": "x"}]}',
        "record,profile\ncramps,ann\n",
        "garbage",
    ],
)
def test_corrupt_import_changes_nothing(repo: DiaryStore, corrupt: str) -> None:
    diary.add_profile(repo, "ann", 58, "female")
    before = transfer.to_json(transfer.export_document(repo))
    with pytest.raises(InputError):
        transfer.import_document(repo, transfer.parse_export(corrupt), NOW)
    assert transfer.to_json(transfer.export_document(repo)) == before


def test_import_refuses_a_bad_record_atomically(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    diary.log_cramp(repo, ann, CrampEpisode(0, NOW, 5), NOW)
    document = transfer.export_document(repo)
    text = transfer.to_json(document).replace('"severity": 5', '"severity": 11')
    other = DiaryStoreFactory.empty(repo)
    with pytest.raises(InputError, match="severity"):
        transfer.import_document(other, transfer.parse_export(text), NOW)
    assert other.list_profiles() == []


class DiaryStoreFactory:
    @staticmethod
    def empty(repo: DiaryStore) -> DiaryStore:
        url = repo.engine.url.set(database=str(repo.engine.url.database) + ".other")
        return open_store(url.render_as_string(hide_password=False))


def test_log_food_with_the_real_food_engine(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    at = datetime(2026, 3, 14, 8, 0, tzinfo=PLUS2)
    entry = diary.log_food(repo, ann, "a medium banana", at, NOW, diary.default_analyzer())
    (item,) = entry.items
    assert item.food_id == "09040"
    assert item.grams == pytest.approx(118)
    assert item.nutrients["magnesium_mg"] == pytest.approx(31.86, rel=0.01)
    assert repo.get_food(entry.id or 0) == entry


@pytest.mark.parametrize(
    ("start", "end"),
    [(date.min, date.max), (date(1, 1, 2), date(9999, 12, 30)), (None, date.max), (date.min, None)],
)
def test_diary_view_takes_any_dates(repo: DiaryStore, start: date | None, end: date | None) -> None:
    me = diary.add_profile(repo, "me", 40, "female")
    repo.add_cramp(CrampEpisode(me.id or 0, datetime(2026, 3, 1, 3, tzinfo=UTC), severity=4))
    assert len(diary.show_diary(repo, me, start, end).cramps) == 1


def test_trends_refuse_centuries(repo: DiaryStore) -> None:
    me = diary.add_profile(repo, "me", 40, "female")
    with pytest.raises(InputError, match="3660 days"):
        diary.trends(repo, me, date(1900, 1, 1), date(2200, 1, 1), date(2026, 3, 1))


def test_profile_locale_is_stored_and_used(repo: DiaryStore) -> None:
    from crampcheck.core.locale import Locale
    from crampcheck.errors import InputError as LocaleError

    ann = diary.add_profile(repo, "ann", 58, "female")
    assert diary.profile_locale(repo, ann) is Locale.EN_US
    assert diary.set_profile_locale(repo, ann, "en-GB") is Locale.EN_GB
    assert diary.profile_locale(repo, ann) is Locale.EN_GB
    with pytest.raises(LocaleError):
        diary.set_profile_locale(repo, ann, "<script>")
    analyze = diary.default_analyzer(diary.profile_locale(repo, ann))
    at = datetime(2026, 3, 14, 8, 0, tzinfo=PLUS2)
    entry = diary.log_food(repo, ann, "a pint of milk", at, NOW, analyze)
    assert entry.items[0].grams == pytest.approx(586.0, abs=1.0)  # a UK pint is 568 ml
