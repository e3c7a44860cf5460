"""Add the diagram positions: where the user put each variable's box on the model diagram.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the diagram_positions table (a row per box placed by hand)."""
    op.create_table(
        "diagram_positions",
        sa.Column("study_id", sa.String(36), nullable=False),
        sa.Column("variable", sa.Text(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"], name=op.f("fk_diagram_positions_study_id_studies"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("study_id", "variable", name=op.f("pk_diagram_positions")),
    )


def downgrade() -> None:
    """Drop the diagram_positions table."""
    op.drop_table("diagram_positions")
