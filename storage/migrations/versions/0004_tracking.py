"""Add the study's own dates (as of, horizons, table times), its actuals and its signposts.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UUID = sa.String(36)


def upgrade() -> None:
    """Add the date columns to studies; create the actuals and signposts tables."""
    # ADD COLUMN needs no table rebuild, so no rows below studies are touched.
    op.add_column("studies", sa.Column("as_of", sa.Float(), nullable=True))
    op.add_column("studies", sa.Column("horizons", sa.Text(), nullable=True))
    op.add_column("studies", sa.Column("table_times", sa.Text(), nullable=True))
    op.create_table(
        "actuals",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("variable", sa.Text(), nullable=False),
        sa.Column("time", sa.Float(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"], name=op.f("fk_actuals_study_id_studies"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("study_id", "position", name=op.f("pk_actuals")),
    )
    op.create_table(
        "signposts",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("variable", sa.Text(), nullable=False),
        sa.Column("condition_kind", sa.Text(), nullable=False),
        sa.Column("condition_value", sa.Float(), nullable=True),
        sa.Column("condition_periods", sa.Integer(), nullable=True),
        sa.Column("points_to", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("condition_kind IN ('above', 'below', 'rising', 'falling')",
                           name=op.f("ck_signposts_condition_kind")),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"], name=op.f("fk_signposts_study_id_studies"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("study_id", "id", name=op.f("pk_signposts")),
    )


def downgrade() -> None:
    """Drop the tracking tables and the date columns."""
    op.drop_table("signposts")
    op.drop_table("actuals")
    with op.batch_alter_table("studies") as batch:
        batch.drop_column("table_times")
        batch.drop_column("horizons")
        batch.drop_column("as_of")
