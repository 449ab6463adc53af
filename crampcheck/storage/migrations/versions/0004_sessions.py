"""Server-side web sessions, atomic login limits and one normalised user name per account.

- ``web_sessions``: one row per signed-in browser; the cookie carries a random id whose SHA-256 is
  stored, so signing out (or a password change) ends a session for good.
- ``login_throttle``: one counter row per key (user name + address, address, user name), reserved
  in the same transaction that decides whether a password may be checked.
- ``accounts.username_key``: the user name as matched (NFKC, case-folded), unique, so ``ALICE``
  and ``alice`` are one account. Should two old accounts collide, the later one keeps its id in
  the key (``alice#7``) and must be renamed by the operator.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

from crampcheck.storage.tables import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.add_column(sa.Column("username_key", sa.String(length=128), nullable=True))
    accounts = sa.table(
        "accounts", sa.column("id", sa.Integer), sa.column("username", sa.String), sa.column("username_key", sa.String)
    )
    connection = op.get_bind()
    seen: set[str] = set()
    for account_id, username in connection.execute(
        sa.select(accounts.c.id, accounts.c.username).order_by(accounts.c.id)
    ):
        key = _key(username)
        if key in seen:
            key = f"{key}#{account_id}"
        seen.add(key)
        connection.execute(
            accounts.update().where(accounts.c.id == account_id).values(username_key=key)
        )
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.alter_column("username_key", existing_type=sa.String(length=128), nullable=False)
        batch_op.create_unique_constraint(op.f("uq_accounts_username_key"), ["username_key"])

    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("last_seen_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_web_sessions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_web_sessions_token_hash")),
    )
    op.create_index(
        op.f("ix_web_sessions_account_id"), "web_sessions", ["account_id"], unique=False
    )
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("window_start", UtcDateTime(), nullable=False),
        sa.Column("next_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.drop_index(op.f("ix_login_failures_key"), table_name="login_failures")
    op.drop_table("login_failures")


def downgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index(op.f("ix_login_failures_key"), "login_failures", ["key"], unique=False)
    op.drop_table("login_throttle")
    op.drop_index(op.f("ix_web_sessions_account_id"), table_name="web_sessions")
    op.drop_table("web_sessions")
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.drop_constraint(op.f("uq_accounts_username_key"), type_="unique")
        batch_op.drop_column("username_key")
