"""Whole days in prose (issue 17): the meal and time each food item was eaten at.

- ``food_items.meal``: ``breakfast``, ``brunch``, ``lunch``, ``dinner``, ``supper``, ``snack``,
  ``dessert`` or ``bedtime`` when the diary text said (``crampcheck.core.segments``); null
  otherwise and for every item stored before this revision.
- ``food_items.meal_time``: the time as written ("7am", "6:30"), or null.

Revision ID: 0007_item_meal
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_item_meal"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("food_items") as batch_op:
        batch_op.add_column(sa.Column("meal", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("meal_time", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("food_items") as batch_op:
        batch_op.drop_column("meal_time")
        batch_op.drop_column("meal")
