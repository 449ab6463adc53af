"""Initial schema: profiles, food (entries and items), fluids, medications, cramps, labs, weights.

Times are UTC instants plus the offset (minutes) they were logged with.

Revision ID: 0001
Revises: -
Create Date: 2026-11-24 20:17:01.080013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('age_years', sa.Float(), nullable=False),
    sa.Column('sex', sa.String(length=6), nullable=False),
    sa.Column('pregnant', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('lactating', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.CheckConstraint("sex in ('female', 'male')", name=op.f('ck_profiles_sex')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profiles')),
    sa.UniqueConstraint('name', name=op.f('uq_profiles_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('cramp_episodes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('at_offset_min', sa.Integer(), server_default='0', nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), server_default='1', nullable=False),
    sa.Column('duration_min', sa.Float(), nullable=True),
    sa.Column('sleep', sa.Integer(), nullable=True),
    sa.Column('location', sa.Text(), server_default='', nullable=False),
    sa.Column('trigger', sa.Text(), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint('count >= 1', name=op.f('ck_cramp_episodes_count_positive')),
    sa.CheckConstraint('severity between 0 and 10', name=op.f('ck_cramp_episodes_severity')),
    sa.CheckConstraint('sleep is null or sleep between 0 and 10', name=op.f('ck_cramp_episodes_sleep')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_cramp_episodes_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cramp_episodes'))
    )
    with op.batch_alter_table('cramp_episodes', schema=None) as batch_op:
        batch_op.create_index('ix_cramp_episodes_profile_at', ['profile_id', 'at'], unique=False)

    op.create_table('fluid_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('at_offset_min', sa.Integer(), server_default='0', nullable=False),
    sa.Column('millilitres', sa.Float(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.CheckConstraint('millilitres > 0', name=op.f('ck_fluid_entries_millilitres_positive')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_fluid_entries_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fluid_entries'))
    )
    with op.batch_alter_table('fluid_entries', schema=None) as batch_op:
        batch_op.create_index('ix_fluid_entries_profile_at', ['profile_id', 'at'], unique=False)

    op.create_table('food_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('at_offset_min', sa.Integer(), server_default='0', nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('totals', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_food_entries_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_food_entries'))
    )
    with op.batch_alter_table('food_entries', schema=None) as batch_op:
        batch_op.create_index('ix_food_entries_profile_at', ['profile_id', 'at'], unique=False)

    op.create_table('lab_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_lab_results_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lab_results'))
    )
    op.create_table('medications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('started', sa.Date(), nullable=True),
    sa.Column('stopped', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint('stopped is null or started is null or stopped >= started', name=op.f('ck_medications_dates')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_medications_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medications'))
    )
    op.create_table('weights',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('at_offset_min', sa.Integer(), server_default='0', nullable=False),
    sa.Column('kg', sa.Float(), nullable=False),
    sa.CheckConstraint('kg > 0', name=op.f('ck_weights_kg_positive')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_weights_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_weights'))
    )
    op.create_table('food_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('food_id', sa.String(length=16), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('grams', sa.Float(), nullable=True),
    sa.Column('nutrients', sa.JSON(), nullable=False),
    sa.Column('corrected', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.CheckConstraint('grams is null or grams > 0', name=op.f('ck_food_items_grams_positive')),
    sa.ForeignKeyConstraint(['entry_id'], ['food_entries.id'], name=op.f('fk_food_items_entry_id_food_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_food_items'))
    )
    with op.batch_alter_table('food_items', schema=None) as batch_op:
        batch_op.create_index('ix_food_items_entry', ['entry_id', 'position'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('food_items', schema=None) as batch_op:
        batch_op.drop_index('ix_food_items_entry')

    op.drop_table('food_items')
    op.drop_table('weights')
    op.drop_table('medications')
    op.drop_table('lab_results')
    with op.batch_alter_table('food_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_food_entries_profile_at')

    op.drop_table('food_entries')
    with op.batch_alter_table('fluid_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_fluid_entries_profile_at')

    op.drop_table('fluid_entries')
    with op.batch_alter_table('cramp_episodes', schema=None) as batch_op:
        batch_op.drop_index('ix_cramp_episodes_profile_at')

    op.drop_table('cramp_episodes')
    op.drop_table('settings')
    op.drop_table('profiles')
