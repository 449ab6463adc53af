"""Whose data a request may see: everyone's profiles in local mode, only one's own in server mode.

In server mode profiles belong to accounts (``account_profiles``) and are stored under the name
``u<account id>-<name>`` so two people may both call their profile "me". Another person's
profile is never found: it answers 404, exactly like one that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from crampcheck.core import diary as d
from crampcheck.errors import InputError, NotFoundError
from crampcheck.storage.accounts import Account, AccountStore
from crampcheck.storage.store import DiaryStore


@dataclass(frozen=True, slots=True)
class Tenant:
    """The diary as seen by one request."""

    repo: DiaryStore
    accounts: AccountStore | None
    account: Account | None

    @property
    def prefix(self) -> str:
        return "" if self.account is None else f"u{self.account.id}-"

    def display(self, record: d.ProfileRecord) -> str:
        return record.name.removeprefix(self.prefix)

    def profiles(self) -> list[d.ProfileRecord]:
        records = self.repo.list_profiles()
        if self.account is None or self.accounts is None:
            return records
        owned = self.accounts.owned_profile_ids(self.account.id)
        return [r for r in records if r.id in owned]

    def profile(self, name: str | None) -> d.ProfileRecord:
        """The named profile (as it is today: age from a birth date, pregnancy to its due date);
        without a name, the current (local mode) or the first one."""
        from crampcheck.web.context import now

        return d.profile_on(self._profile(name), now().date())

    def _profile(self, name: str | None) -> d.ProfileRecord:
        records = self.profiles()
        if not records and name is None:
            raise InputError("no profile yet; add one first (name, age and sex)")
        if name is None:
            if self.account is None:  # local mode: the CLI's current profile first
                from crampcheck.services.diary import CURRENT_PROFILE

                current = self.repo.get_setting(CURRENT_PROFILE)
                records.sort(key=lambda r: r.name != current)
            return records[0]
        for record in records:
            if self.display(record).casefold() == name.strip().casefold():
                return record
        raise NotFoundError(f"no profile named {name!r}")

    def add_profile(
        self, name: str, age: object, sex: object, *, pregnant: bool, lactating: bool
    ) -> d.ProfileRecord:
        from crampcheck.services.diary import add_profile

        shown = d.check_name(name)
        if self.account is None or self.accounts is None:
            return add_profile(self.repo, shown, age, sex, pregnant=pregnant, lactating=lactating)
        if any(self.display(r).casefold() == shown.casefold() for r in self.profiles()):
            raise InputError(f"a profile named {shown!r} already exists")
        record = add_profile(
            self.repo, self.prefix + shown, age, sex, pregnant=pregnant, lactating=lactating
        )
        assert record.id is not None
        self.accounts.claim_profile(record.id, self.account.id)
        return record
