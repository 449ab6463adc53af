"""Stable ids on every diary entry, medicine courses with a history, birth and due dates.

- ``uid`` (a UUID string) on every entry table: exported and imported, so importing the same
  file twice changes nothing. Existing rows get a fresh UUID here.
- ``medications.history``: the course's changes (start, dose change, stop) as JSON.
- ``profiles.birth_year`` / ``birth_date`` / ``due_date``: the age follows the calendar and a
  pregnancy ends at its due date.

Revision ID: 0004_entry_uids
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_entry_uids"
down_revision = "0004"
branch_labels = None
depends_on = None

ENTRY_TABLES = (
    "food_entries",
    "fluid_entries",
    "medications",
    "cramp_episodes",
    "lab_results",
    "weights",
)


def upgrade() -> None:
    connection = op.get_bind()
    for name in ENTRY_TABLES:
        with op.batch_alter_table(name) as batch_op:
            batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        table = sa.table(name, sa.column("id", sa.Integer), sa.column("uid", sa.String))
        ids = [row[0] for row in connection.execute(sa.select(table.c.id))]
        for row_id in ids:
            connection.execute(
                sa.update(table).where(table.c.id == row_id).values(uid=str(uuid.uuid4()))
            )
        op.create_index(f"ix_{name}_uid", name, ["uid"], unique=True)
    with op.batch_alter_table("medications") as batch_op:
        batch_op.add_column(
            sa.Column("history", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    with op.batch_alter_table("profiles") as batch_op:
        batch_op.add_column(sa.Column("birth_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("due_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch_op:
        batch_op.drop_column("due_date")
        batch_op.drop_column("birth_date")
        batch_op.drop_column("birth_year")
    with op.batch_alter_table("medications") as batch_op:
        batch_op.drop_column("history")
    for name in ENTRY_TABLES:
        op.drop_index(f"ix_{name}_uid", table_name=name)
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_column("uid")
