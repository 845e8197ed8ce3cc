"""Alembic environment for Høring.

The program runs migrations itself (``hoering db upgrade`` and at start-up for
SQLite files) and hands over an open connection. Developers create new
revisions from a source checkout with::

    alembic -c db/alembic.ini revision --autogenerate -m "what changed"
"""

from alembic import context
from sqlalchemy.engine import Connection

from hoering.store.database import create_engine_for, database_url
from hoering.store.models import Base
from hoering.store.search_index import in_models

config = context.config


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # The search index's FTS5 table and trigram index are made by hand (0105).
        include_name=in_models,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine_for(
        database_url(config.get_main_option("sqlalchemy.url", "")), foreign_keys=False
    )
    with engine.connect() as new_connection:
        run(new_connection)
    engine.dispose()
