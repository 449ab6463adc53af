"""The port the diary use cases need from storage (implemented by ``storage.DiaryStore``)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Protocol

from crampcheck.core.diary import (
    CrampEpisode,
    DiaryEntry,
    EntryKind,
    FluidEntry,
    FoodEntry,
    FoodItem,
    LabResult,
    MedicationEntry,
    ProfileRecord,
    WeightEntry,
)
from crampcheck.core.my_foods import MyFoodsRepository

DayRange = tuple[date | None, date | None]
"""First and last local date (inclusive, the dates as logged); ``None`` is open."""

Page = tuple[int, int]
"""(limit, offset) of a page of entries in time order."""


class DiaryRepository(MyFoodsRepository, Protocol):
    """Durable diaries of several people. Times go in and come out time-zone aware."""

    def transaction(self) -> AbstractContextManager[DiaryRepository]: ...
    def add_profile(self, record: ProfileRecord) -> ProfileRecord: ...
    def list_profiles(self) -> list[ProfileRecord]: ...
    def find_profile(self, name: str) -> ProfileRecord | None:
        """The profile called ``name``, ignoring case."""
        ...

    def update_profile(self, record: ProfileRecord) -> ProfileRecord: ...
    def delete_profile(self, profile_id: int) -> None: ...
    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...
    def add_food(self, entry: FoodEntry) -> FoodEntry: ...
    def list_food(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        contains: str | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[FoodEntry]: ...
    def list_food_totals(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[datetime, dict[str, float]]]: ...
    def list_food_parts(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[datetime, dict[str, float], dict[str, float]]]:
        """Each food entry's time, food part and supplement part (what trends need)."""
        ...

    def get_food(self, entry_id: int) -> FoodEntry: ...
    def replace_food_item(self, entry_id: int, position: int, item: FoodItem) -> None: ...
    def add_fluid(self, entry: FluidEntry) -> FluidEntry: ...
    def list_fluids(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[FluidEntry]: ...
    def add_cramp(self, episode: CrampEpisode) -> CrampEpisode: ...
    def list_cramps(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[CrampEpisode]: ...
    def add_medication(self, entry: MedicationEntry) -> MedicationEntry: ...
    def list_medications(self, profile_id: int) -> list[MedicationEntry]: ...
    def add_lab(self, entry: LabResult) -> LabResult: ...
    def list_labs(self, profile_id: int) -> list[LabResult]: ...
    def add_weight(self, entry: WeightEntry) -> WeightEntry: ...
    def list_weights(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[WeightEntry]: ...
    def get_entry(self, kind: EntryKind, entry_id: int) -> DiaryEntry: ...
    def find_uid(self, kind: EntryKind, uid: str) -> DiaryEntry | None: ...
    def update_entry(self, entry: DiaryEntry) -> DiaryEntry: ...
    def delete_entry(self, kind: EntryKind, entry_id: int) -> None: ...
