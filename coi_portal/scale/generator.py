"""Generate ``orgs`` organizations of ``officials`` officials who each filed ``gifts`` gift declarations.

Organizations are written a batch at a time, each batch in one transaction, so an interrupted run leaves
whole organizations only; a second run skips every organization that exists (by its slug) and goes on.
Rows are random but repeatable: organization ``i`` is drawn from ``random.Random(seed + i)``.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, connections, transaction

from coi_portal.scale import indexes
from coi_portal.scale.bulk import after_bulk_write
from coi_portal.scale.gifts import GiftWriter
from coi_portal.scale.people import PeopleWriter, slug_for
from coi_portal.scale.records import RecordWriter
from declarations.models import Organization

# Bytes on disk per row kind, tables and indexes together, measured on PostgreSQL 15 (docs/scaling.md).
BYTES_PER_FILING = 2200
BYTES_PER_OFFICIAL = 1500
BYTES_PER_ORGANIZATION = 45_000
HEADROOM = 1.5
# Above this many filings a run loads without indexes and builds them at its end.
DEFER_FROM = 200_000


class ScaleError(Exception):
    """The run cannot start (not enough disk space, bad sizes)."""


@dataclass(frozen=True)
class Size:
    orgs: int
    officials: int
    gifts: int
    contracts: int = 20

    @property
    def filings(self) -> int:
        return self.orgs * self.officials * self.gifts

    def estimated_bytes(self) -> int:
        return (
            self.filings * BYTES_PER_FILING
            + self.orgs * self.officials * BYTES_PER_OFFICIAL
            + self.orgs * BYTES_PER_ORGANIZATION
        )


def data_directory() -> str:
    """Where the database keeps its files when it is on this machine, else the project folder."""
    if connection.vendor == "postgresql":
        try:
            with connection.cursor() as cursor:
                cursor.execute("SHOW data_directory")
                return str(cursor.fetchone()[0])
        except Exception:
            connection.rollback() if not connection.get_autocommit() else None
    return str(settings.BASE_DIR)


def check_disk(size: Size, path: str) -> tuple[int, int]:
    """(needed, free) in bytes; raises ``ScaleError`` when the free space is short of the estimate."""
    needed = int(size.estimated_bytes() * HEADROOM)
    free = shutil.disk_usage(path).free
    if free < needed:
        raise ScaleError(f"{needed / 1e9:.1f} GB needed with headroom, {free / 1e9:.1f} GB free at {path}")
    return needed, free


def existing_indexes(size: Size) -> set[int]:
    slugs = Organization.objects.filter(slug__startswith="scale-").values_list("slug", flat=True)
    done = {int(slug.removeprefix("scale-")) for slug in slugs if slug.removeprefix("scale-").isdecimal()}
    return done & set(range(1, size.orgs + 1))


def generate(
    size: Size,
    *,
    seed: int = 2569,
    batch: int | None = None,
    jobs: int = 1,
    defer_indexes: bool | None = None,
    report: Callable[[str], None] = print,
) -> dict[str, int]:
    """Write the organizations not yet written, in ``jobs`` processes; returns rows written per table.

    ``defer_indexes`` (on PostgreSQL; by default for runs of more than ``DEFER_FROM`` filings) drops the
    written tables' secondary indexes and constraints first and builds them at the end (``scale.indexes``).
    """
    if min(size.orgs, size.officials) < 1 or size.gifts < 0:
        raise ScaleError("at least one organization and one official each")
    done = existing_indexes(size)
    todo = [i for i in range(1, size.orgs + 1) if i not in done]
    report(f"{len(done)} of {size.orgs} organizations already there; {len(todo)} to write")
    per_batch = batch or max(1, 40_000 // (size.officials * (size.gifts + 4)))
    models_written = [table.model for table in Writers().tables]
    if defer_indexes is None:
        defer_indexes = len(todo) * size.officials * size.gifts > DEFER_FROM
    if connection.vendor == "postgresql" and (defer_indexes or indexes.pending()):
        report(f"{indexes.drop(models_written)} indexes and constraints dropped until the end of the run")
    if jobs <= 1 or len(todo) < 2 * per_batch:
        totals = _run(size, todo, seed, per_batch, report)
    else:
        totals = _run_parallel(size, todo, seed, per_batch, jobs, report)
    started = time.monotonic()
    if indexes.rebuild(report):
        report(f"indexes and constraints built in {time.monotonic() - started:.0f} s")
    after_bulk_write(models_written)
    return totals


def add_organization(index: int, size: Size, *, seed: int = 2569) -> Organization:
    """One organization of ``size`` (its ``orgs`` is ignored), written at once: for tests and examples."""
    writers = Writers()
    writers.organization(size, index, seed)
    writers.write({})
    return Organization.objects.get(slug=slug_for(index))


class Writers:
    def __init__(self) -> None:
        self.people, self.gifts, self.records = PeopleWriter(), GiftWriter(), RecordWriter()
        self.tables = self.people.tables() + self.gifts.tables() + self.records.tables()

    def organization(self, size: Size, index: int, seed: int) -> None:
        rng = random.Random(seed + index)  # noqa: S311 - repeatable test data, not secrets
        org = self.people.organization(index, size.officials, rng)
        self.gifts.organization(org, size.gifts, rng)
        self.records.organization(org, rng, size.contracts)

    def write(self, totals: dict[str, int]) -> None:
        with transaction.atomic():
            for table in self.tables:
                totals[table.table] = totals.get(table.table, 0) + table.flush()


def _run(
    size: Size, todo: list[int], seed: int, per_batch: int, report: Callable[[str], None]
) -> dict[str, int]:
    writers = Writers()
    totals: dict[str, int] = {}
    started = time.monotonic()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Whole batches are redone after a crash anyway (resume by organization).
            cursor.execute("SET synchronous_commit = off")
    for number, start in enumerate(range(0, len(todo), per_batch)):
        chunk = todo[start : start + per_batch]
        for index in chunk:
            writers.organization(size, index, seed)
        writers.write(totals)
        if start + len(chunk) == len(todo) or number % 20 == 0:
            report(
                f"{start + len(chunk)}/{len(todo)} organizations, "
                f"{totals.get('gifts_giftfiling', 0):,} filings, {time.monotonic() - started:.0f} s"
            )
    return totals


def _child(args: tuple[Size, list[int], int, int]) -> dict[str, int]:
    size, todo, seed, per_batch = args
    connections.close_all()
    prefix = f"[{os.getpid()}] "
    return _run(size, todo, seed, per_batch, lambda line: print(prefix + line, flush=True))


def _run_parallel(
    size: Size, todo: list[int], seed: int, per_batch: int, jobs: int, report: Callable[[str], None]
) -> dict[str, int]:
    """Each process writes every ``jobs``-th batch; keys come from the sequences, so they never collide."""
    batches = [todo[i : i + per_batch] for i in range(0, len(todo), per_batch)]
    shares = [[index for chunk in batches[j::jobs] for index in chunk] for j in range(jobs)]
    connections.close_all()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        results = pool.map(_child, [(size, share, seed, per_batch) for share in shares if share])
    totals: dict[str, int] = {}
    for result in results:
        for table, count in result.items():
            totals[table] = totals.get(table, 0) + count
    report(f"{len(todo)} organizations written by {jobs} processes")
    return totals


__all__ = ["ScaleError", "Size", "add_organization", "check_disk", "data_directory", "generate", "slug_for"]
