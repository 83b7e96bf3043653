"""Rows buffered per table and written in one go: PostgreSQL ``COPY … FROM STDIN`` or, on other databases,
``executemany``. Primary keys are reserved in blocks up front, so foreign keys are known before writing."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.db import connection, models
from django.db.models import Max
from django.db.models.fields import NOT_PROVIDED
from psycopg2 import sql as pg_sql

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value: Any) -> str:
    """One value in COPY's text format."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            return value.translate(_ESCAPES)
        return value
    if isinstance(value, int | Decimal | float):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False).translate(_ESCAPES)


class RawJson(str):
    """A value already encoded as JSON (one encoding shared by many rows)."""

    __slots__ = ()


def _db_value(value: Any) -> Any:
    """A value for the model's constructor (the SQLite path)."""
    return json.loads(value) if isinstance(value, RawJson) else value


class Table:
    """The rows of one model, with the columns named by field (a list, or names separated by spaces). A
    concrete field that is not named is
    written with its constant default, so a field added later with a default does not break the writer;
    a field without one is an error at once, not a database error halfway through."""

    def __init__(self, model: type[models.Model], fields: str | Sequence[str]) -> None:
        fields = fields.split() if isinstance(fields, str) else fields
        meta = model._meta
        self.model = model
        self.table = meta.db_table
        named = [meta.get_field(name) for name in fields]
        extra: list[tuple[Any, Any]] = []  # (field, constant)
        for field in meta.concrete_fields:
            if field in named or (field.primary_key and "id" in fields):
                continue
            if field.null:
                continue
            if field.default is NOT_PROVIDED and field.empty_strings_allowed and field.blank:
                extra.append((field, ""))
            elif field.default is NOT_PROVIDED or callable(field.default):
                raise ValueError(f"{meta.label}.{field.name} needs a value")
            else:
                extra.append((field, field.get_default()))
        concrete = [*named, *(field for field, _ in extra)]
        self.columns = [str(field.column) for field in concrete]
        self.attnames = [str(field.attname) for field in concrete]
        self.constants = tuple(value for _, value in extra)
        self.rows: list[tuple[Any, ...]] = []

    def add(self, *values: Any) -> None:
        self.rows.append(values)

    def __len__(self) -> int:
        return len(self.rows)

    def flush(self) -> int:
        """Write the buffered rows; returns how many."""
        count = len(self.rows)
        if not count:
            return 0
        if connection.vendor == "postgresql":
            self._copy()
        else:
            self.model._default_manager.bulk_create(
                (
                    self.model(**dict(zip(self.attnames, map(_db_value, row + self.constants), strict=True)))
                    for row in self.rows
                ),
                batch_size=500,
            )
        self.rows = []
        return count

    def _copy(self) -> None:
        buffer = io.StringIO()
        buffer.writelines("\t".join(map(_copy_text, row + self.constants)) + "\n" for row in self.rows)
        buffer.seek(0)
        statement = pg_sql.SQL("COPY {} ({}) FROM STDIN").format(
            pg_sql.Identifier(self.table), pg_sql.SQL(", ").join(map(pg_sql.Identifier, self.columns))
        )
        with connection.cursor() as cursor:
            cursor.cursor.copy_expert(statement, buffer)


_reserved_high: dict[str, int] = {}


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """``count`` primary keys that nobody else will be given, also when several writers run at once."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count]
            )
            return [row[0] for row in cursor.fetchall()]
        # SQLite gives MAX(id) + 1 to the next insert: keys handed out but not yet written are remembered.
        highest = model._default_manager.aggregate(highest=Max("pk"))["highest"] or 0
        first = max(int(highest), _reserved_high.get(table, 0)) + 1
        _reserved_high[table] = first + count - 1
        return list(range(first, first + count))


class Ids:
    """Primary keys of one model, reserved in growing blocks of up to ``block``."""

    def __init__(self, model: type[models.Model], block: int = 5000) -> None:
        self.model, self.block = model, block
        self._size = 50
        self._free: list[int] = []

    def __call__(self) -> int:
        if not self._free:
            self._free = reserve_ids(self.model, self._size)[::-1]
            # Small runs reserve little; large ones grow to whole blocks.
            self._size = min(self._size * 4, self.block)
        return self._free.pop()


def after_bulk_write(models_written: Sequence[type[models.Model]]) -> None:
    """On SQLite the next automatic key follows MAX(id) anyway; on PostgreSQL the sequences were advanced
    by ``reserve_ids``. Statistics are refreshed so the planner sees the new sizes."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in models_written:
            # psycopg2 quotes the identifier.
            statement = pg_sql.SQL("ANALYZE {}").format(pg_sql.Identifier(model._meta.db_table))
            cursor.execute(statement)
