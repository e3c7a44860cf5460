"""Storage: the SQLite library (schema, migrations, repository) and the study file formats.

Imports no Qt; the window and the command line use the same functions. Import the submodules
directly (storage.repository, storage.interchange, ...): the package itself loads nothing, so a
command that only reads a file does not pay for SQLAlchemy and Alembic.
"""
