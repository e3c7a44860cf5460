"""Add workshop sessions: their log, the proposals captured and the room's votes.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UUID = sa.String(36)


def upgrade() -> None:
    """Create the workshops, workshop_log and proposals tables."""
    op.create_table(
        "workshops",
        sa.Column("id", UUID, nullable=False),
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("scenario_id", UUID, nullable=False),
        sa.Column("levers", sa.Text(), nullable=False),
        sa.Column("indicators", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
    )
    op.create_index(op.f("ix_workshops_study_id"), "workshops", ["study_id"])
    op.create_table(
        "workshop_log",
        sa.Column("workshop_id", UUID, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("proposal_id", UUID, nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshops.id"], name=op.f("fk_workshop_log_workshop_id_workshops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("workshop_id", "seq", name=op.f("pk_workshop_log")),
    )
    op.create_table(
        "proposals",
        sa.Column("workshop_id", UUID, nullable=False),
        sa.Column("scenario_id", UUID, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("votes", sa.Text(), nullable=False),
        sa.Column("captured_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshops.id"], name=op.f("fk_proposals_workshop_id_workshops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("workshop_id", "scenario_id", name=op.f("pk_proposals")),
    )


def downgrade() -> None:
    """Drop the workshop tables."""
    op.drop_table("proposals")
    op.drop_table("workshop_log")
    op.drop_index(op.f("ix_workshops_study_id"), table_name="workshops")
    op.drop_table("workshops")
