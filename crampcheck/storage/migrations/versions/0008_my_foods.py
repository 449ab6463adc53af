"""My foods (issue 17): each profile's custom foods, recipes and the choices learnt from fixes.

- ``my_foods``: one row per profile, kind (``food`` for foods and recipes, ``choice`` for a
  remembered correction) and key (the name or phrase as compared); ``data`` holds the rest.

Revision ID: 0008_my_foods
Revises: 0007_item_meal
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_my_foods"
down_revision = "0007_item_meal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "my_foods",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=240), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_my_foods_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "kind", "key", name=op.f("pk_my_foods")),
    )


def downgrade() -> None:
    op.drop_table("my_foods")
