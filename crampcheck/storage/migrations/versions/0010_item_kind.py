"""Each stored food item's kind (issue 17): ``food_items.kind`` is ``food`` or ``supplement``.

- Before this revision an item's kind was inferred when it was read. Existing rows get their
  kind here, once, by that same rule (``crampcheck.core.diary.inferred_kind``, copied below so
  this revision never changes): no food, no grams, no source and at least one known nutrient is
  a supplement read from a label; anything else is a food. From this revision on the kind is
  stored as the item was read and never inferred again.
- The downgrade drops the column (the older code infers the kind again).

Revision ID: 0010_item_kind
Revises: 0009_profile_owner
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010_item_kind"
down_revision = "0009_profile_owner"
branch_labels = None
depends_on = None

items = sa.table(
    "food_items",
    sa.column("id", sa.Integer()),
    sa.column("food_id", sa.String(16)),
    sa.column("grams", sa.Float()),
    sa.column("source", sa.String(64)),
    sa.column("nutrients", sa.JSON()),
    sa.column("kind", sa.String(16)),
)


def _is_supplement(nutrients: Any) -> bool:
    return isinstance(nutrients, dict) and any(v is not None for v in nutrients.values())


def upgrade() -> None:
    with op.batch_alter_table("food_items") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="food")
        )
        batch_op.create_check_constraint(op.f("ck_food_items_item_kind"), "kind in ('food', 'supplement')")
    label_only = sa.select(items.c.id, items.c.nutrients).where(
        items.c.food_id.is_(None), items.c.grams.is_(None), items.c.source.is_(None)
    )
    connection = op.get_bind()
    supplements = [i for i, n in connection.execute(label_only) if _is_supplement(n)]
    for start in range(0, len(supplements), 500):
        chunk = supplements[start : start + 500]
        connection.execute(items.update().where(items.c.id.in_(chunk)).values(kind="supplement"))


def downgrade() -> None:
    with op.batch_alter_table("food_items") as batch_op:
        batch_op.drop_constraint(op.f("ck_food_items_item_kind"), type_="check")
        batch_op.drop_column("kind")
