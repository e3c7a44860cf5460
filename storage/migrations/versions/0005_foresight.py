"""Add the foresight layer: each study's drivers, objectives, actors, matrix and box as one JSON document.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the foresight table (one row per study that uses the layer)."""
    op.create_table(
        "foresight",
        sa.Column("study_id", sa.String(36), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"], name=op.f("fk_foresight_study_id_studies"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("study_id", name=op.f("pk_foresight")),
    )


def downgrade() -> None:
    """Drop the foresight table."""
    op.drop_table("foresight")
