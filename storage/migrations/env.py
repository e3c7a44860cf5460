"""Alembic's entry point: run the revisions on the connection the caller hands over."""

from alembic import context

from storage.orm import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters most tables only by rebuilding them
    transactional_ddl=True,  # SQLite DDL is transactional; Alembic assumes otherwise
)
with context.begin_transaction():
    context.run_migrations()
