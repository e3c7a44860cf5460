"""Create the study tables and mark the file as a Prospectiva library.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from storage.connection import APPLICATION_ID

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UUID = sa.String(36)


def upgrade() -> None:
    """Create studies, variables, events, effects, scenarios, overrides and event switches."""
    # In the same transaction as the tables, so a file is marked only once it holds the schema.
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "studies",
        sa.Column("id", UUID, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("time_start", sa.Float(), nullable=False),
        sa.Column("time_end", sa.Float(), nullable=False),
        sa.Column("time_step", sa.Float(), nullable=False),
        sa.Column("time_unit", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_studies")),
    )
    op.create_table(
        "variables",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("group_name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("equation", sa.Text(), nullable=False),
        sa.Column("initial", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("min", sa.Float(), nullable=True),
        sa.Column("max", sa.Float(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("distribution_type", sa.Text(), nullable=True),
        sa.Column("distribution_params", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('assumption', 'auxiliary', 'stock')", name=op.f("ck_variables_kind")),
        sa.ForeignKeyConstraint(
            ["study_id"], ["studies.id"], name=op.f("fk_variables_study_id_studies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("study_id", "id", name=op.f("pk_variables")),
    )
    op.create_table(
        "events",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.Column("start", sa.Float(), nullable=False),
        sa.Column("duration", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["study_id"], ["studies.id"], name=op.f("fk_events_study_id_studies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("study_id", "id", name=op.f("pk_events")),
    )
    op.create_table(
        "effects",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("event_id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("variable", sa.Text(), nullable=False),
        sa.Column("op", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.CheckConstraint("op IN ('add', 'multiply')", name=op.f("ck_effects_op")),
        sa.ForeignKeyConstraint(
            ["study_id", "event_id"],
            ["events.study_id", "events.id"],
            name=op.f("fk_effects_study_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("study_id", "event_id", "position", name=op.f("pk_effects")),
    )
    op.create_table(
        "scenarios",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.Text(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("parent_id", UUID, nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["study_id"], ["studies.id"], name=op.f("fk_scenarios_study_id_studies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("study_id", "id", name=op.f("pk_scenarios")),
    )
    op.create_table(
        "overrides",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("scenario_id", UUID, nullable=False),
        sa.Column("variable", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.CheckConstraint("(value IS NULL) <> (path IS NULL)", name=op.f("ck_overrides_value_or_path")),
        sa.ForeignKeyConstraint(
            ["study_id", "scenario_id"],
            ["scenarios.study_id", "scenarios.id"],
            name=op.f("fk_overrides_study_id_scenarios"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("study_id", "scenario_id", "variable", name=op.f("pk_overrides")),
    )
    op.create_table(
        "event_switches",
        sa.Column("study_id", UUID, nullable=False),
        sa.Column("scenario_id", UUID, nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["study_id", "scenario_id"],
            ["scenarios.study_id", "scenarios.id"],
            name=op.f("fk_event_switches_study_id_scenarios"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("study_id", "scenario_id", "event", name=op.f("pk_event_switches")),
    )


def downgrade() -> None:
    """Drop every study table, children first."""
    for table in ("event_switches", "overrides", "scenarios", "effects", "events", "variables", "studies"):
        op.drop_table(table)
    op.execute("PRAGMA application_id = 0")
