"""trigram search index and indexes for counting at scale

Revision ID: 0105
Revises: 0104
Create Date: 2026-11-22

Search finds every term anywhere in the folded text. A trigram index answers
that without reading every text: SQLite gets an FTS5 table with the trigram
tokenizer over search_entry (external content, kept current by
hoering.store.search_index), PostgreSQL a GIN index with pg_trgm on the
folded text, which LIKE uses. Neither is in the models.

The work counts read covering indexes of comments and responses instead of
the rows; three single-column indexes that lead those (or a unique
constraint) are dropped.
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0105"
down_revision: str | Sequence[str] | None = "0104"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_consultation_id"))
        batch_op.create_index(
            "ix_comment_consultation_counts",
            ["consultation_id", "outcome", "respondent_id"],
            unique=False,
        )
    with op.batch_alter_table("comment_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_target_comment_id"))
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_consultation_id"))
        batch_op.create_index(
            "ix_response_consultation_counts",
            ["consultation_id", "channel", "status", "timeliness"],
            unique=False,
        )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entry', "
            "content_rowid='id', tokenize='trigram case_sensitive 1')"
        )
        op.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_search_entry_folded_trgm ON search_entry "
            "USING gin (folded gin_trgm_ops)"
        )


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    else:
        op.execute("DROP INDEX ix_search_entry_folded_trgm")
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index("ix_response_consultation_counts")
        batch_op.create_index(
            batch_op.f("ix_response_consultation_id"), ["consultation_id"], unique=False
        )
    with op.batch_alter_table("comment_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_comment_target_comment_id"), ["comment_id"], unique=False
        )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index("ix_comment_consultation_counts")
        batch_op.create_index(
            batch_op.f("ix_comment_consultation_id"), ["consultation_id"], unique=False
        )
