"""Whose data a request may see: the local profiles in local mode, only one's own in server mode.

In server mode profiles belong to accounts (``profiles.owner_account_id``) and names are unique
per account, so two people may both call their profile "me". The tenant's store only ever
reaches its own profiles: another person's profile answers 404, exactly like one that does not
exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from crampcheck.core import diary as d
from crampcheck.errors import InputError, NotFoundError
from crampcheck.storage.accounts import Account
from crampcheck.storage.store import DiaryStore


@dataclass(frozen=True, slots=True)
class Tenant:
    """The diary as seen by one request: ``repo`` holds only this account's profiles."""

    repo: DiaryStore
    account: Account | None

    @classmethod
    def of(cls, store: DiaryStore, account: Account | None) -> Tenant:
        """The tenant of ``account`` (server mode) or of the local mode (no account)."""
        return cls(store if account is None else store.for_owner(account.id), account)

    def profiles(self) -> list[d.ProfileRecord]:
        return self.repo.list_profiles()

    def profile(self, name: str | None) -> d.ProfileRecord:
        """The named profile (as it is today: age from a birth date, pregnancy to its due date);
        without a name, the current (local mode) or the first one."""
        from crampcheck.web.context import now

        return d.profile_on(self._profile(name), now().date())

    def _profile(self, name: str | None) -> d.ProfileRecord:
        if name is not None:
            found = self.repo.find_profile(name)
            if found is None:
                raise NotFoundError(f"no profile named {name!r}")
            return found
        records = self.profiles()
        if not records:
            raise InputError("no profile yet; add one first (name, age and sex)")
        if self.account is None:  # local mode: the CLI's current profile first
            from crampcheck.services.diary import CURRENT_PROFILE

            current = self.repo.get_setting(CURRENT_PROFILE)
            records.sort(key=lambda r: r.name != current)
        return records[0]

    def add_profile(
        self, name: str, age: object, sex: object, *, pregnant: bool, lactating: bool
    ) -> d.ProfileRecord:
        from crampcheck.services.diary import add_profile

        shown = d.check_name(name)
        return add_profile(self.repo, shown, age, sex, pregnant=pregnant, lactating=lactating)
