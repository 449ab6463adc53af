"""Profiles with an owner (issue 12): ``profiles.owner_account_id`` replaces ``account_profiles``.

- ``profiles.owner_account_id``: the account a profile belongs to in the web server mode, null
  for the local single-user mode; names are unique per owner (two accounts may both say "me"),
  the local ones by the partial index ``uq_profiles_local_name``.
- Profiles that were stored as ``u<account id>-<name>`` and listed in ``account_profiles`` move
  to ``owner_account_id = <account id>``, ``name = <name>``; the downgrade puts them back.

Revision ID: 0009_profile_owner
Revises: 0008_my_foods
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_profile_owner"
down_revision = "0008_my_foods"
branch_labels = None
depends_on = None

profiles = sa.table(
    "profiles",
    sa.column("id", sa.Integer()),
    sa.column("name", sa.String(64)),
    sa.column("owner_account_id", sa.Integer()),
)
account_profiles = sa.table(
    "account_profiles", sa.column("profile_id", sa.Integer()), sa.column("account_id", sa.Integer())
)


def tenant_prefix(account_id: int) -> str:
    """How revisions 0003-0008 marked an account's profile names."""
    return f"u{account_id}-"


def _rename_owned(rename: dict[int, str]) -> None:
    for profile_id, name in rename.items():
        op.execute(profiles.update().where(profiles.c.id == profile_id).values(name=name))


def _owned_rows() -> list[tuple[int, str, int]]:
    query = sa.select(profiles.c.id, profiles.c.name, profiles.c.owner_account_id).where(
        profiles.c.owner_account_id.is_not(None)
    )
    return [(int(i), str(n), int(o)) for i, n, o in op.get_bind().execute(query)]


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch_op:
        batch_op.add_column(sa.Column("owner_account_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_profiles_owner_account_id_accounts"),
            "accounts",
            ["owner_account_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.drop_constraint(batch_op.f("uq_profiles_name"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_profiles_owner_account_id"), ["owner_account_id", "name"]
        )
    owner = (
        sa.select(account_profiles.c.account_id)
        .where(account_profiles.c.profile_id == profiles.c.id)
        .scalar_subquery()
    )
    op.execute(profiles.update().values(owner_account_id=owner))
    local = sa.text("owner_account_id IS NULL")
    op.create_index(
        "uq_profiles_local_name",
        "profiles",
        ["name"],
        unique=True,
        sqlite_where=local,
        postgresql_where=local,
    )
    _rename_owned(
        {i: name.removeprefix(tenant_prefix(o)) or name for i, name, o in _owned_rows()}
    )
    op.drop_index(op.f("ix_account_profiles_account_id"), table_name="account_profiles")
    op.drop_table("account_profiles")


def downgrade() -> None:
    op.create_table(
        "account_profiles",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_profiles_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_account_profiles_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_account_profiles")),
    )
    op.create_index(
        op.f("ix_account_profiles_account_id"), "account_profiles", ["account_id"], unique=False
    )
    owned = _owned_rows()
    if owned:
        op.get_bind().execute(
            account_profiles.insert(),
            [{"profile_id": i, "account_id": o} for i, _name, o in owned],
        )
    _rename_owned({i: tenant_prefix(o) + name for i, name, o in owned})
    op.drop_index("uq_profiles_local_name", table_name="profiles")
    with op.batch_alter_table("profiles") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_profiles_owner_account_id"), type_="unique")
        batch_op.drop_constraint(
            batch_op.f("fk_profiles_owner_account_id_accounts"), type_="foreignkey"
        )
        batch_op.drop_column("owner_account_id")
        batch_op.create_unique_constraint(batch_op.f("uq_profiles_name"), ["name"])
