"""Imports from other apps (issue 14): where a food item came from, and what was imported.

- ``food_items.source``: the app whose nutrient values the item carries (``cronometer``,
  ``myfitnesspal``, ``apple_health:<app>``); null for items crampcheck read itself.
- ``import_keys``: one row per imported source record (the source name plus the sha256 of its
  normalised content), per profile, so importing the same file twice adds nothing.

Revision ID: 0006
Revises: 0004_entry_uids
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crampcheck.storage.tables import UtcDateTime

revision = "0006"
down_revision = "0004_entry_uids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("food_items") as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=64), nullable=True))
    op.create_table(
        "import_keys",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=96), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_import_keys_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "key", name=op.f("pk_import_keys")),
    )


def downgrade() -> None:
    op.drop_table("import_keys")
    with op.batch_alter_table("food_items") as batch_op:
        batch_op.drop_column("source")
