"""Load first, index afterwards: the secondary indexes, unique and foreign-key constraints of the tables the
generator writes are dropped before a large run and built again at its end (PostgreSQL's own advice for
populating a database). Building an index over millions of rows at once is far cheaper than keeping it up
to date row by row, and the foreign keys are then checked in one join per constraint.

What was dropped is written to the table ``scale_deferred_ddl`` in the same transaction as the drop, so a run
that stops halfway leaves the definitions behind: the next run loads without them as well and builds them
at its end. Primary keys stay, so the generator's key reservation and the data stay sound throughout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.db import connection, models, transaction
from django.db.backends.utils import CursorWrapper
from psycopg2 import sql as pg_sql

STATE_TABLE = "scale_deferred_ddl"

# Constraints first dropped, last rebuilt: foreign keys may lean on a unique index of another table.
_CONSTRAINTS = """
    SELECT c.conname, c.contype, pg_get_constraintdef(c.oid)
    FROM pg_constraint c
    WHERE c.conrelid = %s::regclass AND c.contype IN ('f', 'u')
    ORDER BY c.contype = 'f' DESC, c.conname
"""
# Indexes that back no constraint (plain and partial unique indexes, which Django makes for conditions).
_INDEXES = """
    SELECT i.relname, pg_get_indexdef(i.oid)
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
    WHERE x.indrelid = %s::regclass
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
    ORDER BY i.relname
"""


def _sql(template: str, *names: str) -> pg_sql.Composed:
    """``template`` with ``names`` quoted as identifiers (never values) by psycopg2."""
    return pg_sql.SQL(template).format(*map(pg_sql.Identifier, names))


def pending() -> int:
    """How many definitions a run left to build (0 when none, or not PostgreSQL)."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [STATE_TABLE])
        if not cursor.fetchone()[0]:
            return 0
        cursor.execute(_sql("SELECT count(*) FROM {}", STATE_TABLE))
        return int(cursor.fetchone()[0])


def drop(tables: Sequence[type[models.Model]]) -> int:
    """Drop the deferrable indexes and constraints of ``tables``, remembering them; returns how many."""
    dropped = 0
    with transaction.atomic(), connection.cursor() as cursor:
        create = _sql(
            "CREATE TABLE IF NOT EXISTS {} (id serial PRIMARY KEY, tbl text NOT NULL, kind text NOT NULL,"
            " name text NOT NULL, ddl text NOT NULL)",
            STATE_TABLE,
        )
        cursor.execute(create)
        for model in tables:
            table = model._meta.db_table
            cursor.execute(_CONSTRAINTS, [table])
            for name, kind, definition in cursor.fetchall():
                _remember(cursor, table, "foreign" if kind == "f" else "unique", name, definition)
                statement = "ALTER TABLE {} DROP CONSTRAINT {}"
                cursor.execute(_sql(statement, table, name))
                dropped += 1
            cursor.execute(_INDEXES, [table])
            for name, definition in cursor.fetchall():
                _remember(cursor, table, "index", name, definition)
                cursor.execute(_sql("DROP INDEX {}", name))
                dropped += 1
    return dropped


def _remember(cursor: CursorWrapper, table: str, kind: str, name: str, definition: str) -> None:
    statement = _sql("INSERT INTO {} (tbl, kind, name, ddl) VALUES (%s, %s, %s, %s)", STATE_TABLE)
    cursor.execute(statement, [table, kind, name, definition])


def rebuild(report: Callable[[str], None] = print) -> int:
    """Build every remembered index and constraint (unique ones and indexes first, then foreign keys), each
    in its own transaction so a second run after a failure builds only what is still missing."""
    if not pending():
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '256MB'")
        remembered = _sql(
            "SELECT id, tbl, kind, name, ddl FROM {} ORDER BY kind = 'foreign', id",
            STATE_TABLE,
        )
        cursor.execute(remembered)
        rows = cursor.fetchall()
    for row_id, table, kind, name, definition in rows:
        with transaction.atomic(), connection.cursor() as cursor:
            if kind == "index":
                cursor.execute(definition)
            else:
                parts = [pg_sql.SQL("ALTER TABLE"), pg_sql.Identifier(table), pg_sql.SQL("ADD CONSTRAINT")]
                cursor.execute(
                    pg_sql.SQL(" ").join([*parts, pg_sql.Identifier(name), pg_sql.SQL(definition)])
                )
            cursor.execute(_sql("DELETE FROM {} WHERE id = %s", STATE_TABLE), [row_id])
    with connection.cursor() as cursor:
        cursor.execute(_sql("DROP TABLE {}", STATE_TABLE))
    report(f"{len(rows)} indexes and constraints built")
    return len(rows)
