"""``generate_scale_data``: the sizes asked for, every status, resuming, the disk check, and loading without
indexes (PostgreSQL) that leaves the schema exactly as it was."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from coi_portal.scale import indexes
from coi_portal.scale.generator import Writers
from declarations.models import Official, Organization
from gifts.models import GiftFiling
from gifts.workflow import Status as FilingStatus

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="COPY and DDL of PostgreSQL")


def generate(*args: str) -> str:
    out = StringIO()
    call_command("generate_scale_data", *args, stdout=out)
    return out.getvalue()


def schema() -> set[tuple[str, str]]:
    """Every index and constraint of the tables the generator writes."""
    tables = [table.table for table in Writers().tables]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexdef FROM pg_indexes WHERE tablename = ANY(%s)"
            " UNION SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid::regclass::text = ANY(%s)",
            [tables, tables],
        )
        return set(cursor.fetchall())


def test_the_size_asked_for_with_filings_in_every_status() -> None:
    generate(
        "--orgs", "3", "--officials-per-org", "20", "--gifts-per-official", "10", "--contracts-per-org", "2"
    )
    assert Organization.objects.filter(slug__startswith="scale-").count() == 3
    assert Official.objects.filter(organization__slug__startswith="scale-").count() == 60
    assert GiftFiling.objects.count() == 600
    statuses = set(GiftFiling.objects.values_list("status", flat=True))
    assert statuses == set(FilingStatus)


def test_a_second_run_writes_only_the_organizations_not_there() -> None:
    generate("--orgs", "1", "--officials-per-org", "8", "--gifts-per-official", "2")
    first = set(GiftFiling.objects.values_list("pk", flat=True))
    output = generate("--orgs", "3", "--officials-per-org", "8", "--gifts-per-official", "2")
    assert "1 of 3 organizations already there; 2 to write" in output
    assert GiftFiling.objects.count() == 48
    assert first <= set(GiftFiling.objects.values_list("pk", flat=True))
    again = generate("--orgs", "3", "--officials-per-org", "8", "--gifts-per-official", "2")
    assert "3 of 3 organizations already there; 0 to write" in again
    assert GiftFiling.objects.count() == 48


def test_it_says_how_much_disk_the_size_needs_and_refuses_when_short() -> None:
    estimate = generate(
        "--orgs", "8000", "--officials-per-org", "60", "--gifts-per-official", "10", "--estimate-only"
    )
    assert "4,800,000 filings" in estimate
    assert "GB needed with headroom" in estimate
    assert not GiftFiling.objects.exists()
    with pytest.raises(CommandError, match=r"GB needed with headroom, .* GB free"):
        generate("--orgs", "100000000", "--officials-per-org", "60", "--gifts-per-official", "10")
    assert not Organization.objects.filter(slug__startswith="scale-").exists()


@postgresql_only
def test_loading_without_indexes_rebuilds_every_index_and_constraint() -> None:
    before = schema()
    output = generate(
        "--orgs", "2", "--officials-per-org", "6", "--gifts-per-official", "2", "--defer-indexes"
    )
    assert "indexes and constraints dropped until the end of the run" in output
    assert "indexes and constraints built" in output
    assert schema() == before
    assert indexes.pending() == 0
    assert GiftFiling.objects.count() == 24


@postgresql_only
def test_a_run_that_stopped_without_its_indexes_builds_them_on_the_next_run() -> None:
    before = schema()
    dropped = indexes.drop([table.model for table in Writers().tables])
    assert dropped > 20
    assert indexes.pending() == dropped
    assert schema() != before
    output = generate(
        "--orgs", "1", "--officials-per-org", "6", "--gifts-per-official", "2", "--no-defer-indexes"
    )
    assert f"{dropped} indexes and constraints built" in output
    assert schema() == before
    assert indexes.pending() == 0
