"""Registers and reports read from the replica when one is configured; writes and transactions never do.

The test settings define the alias ``replica`` as a mirror of the test database; reads are sent there only
where a test turns ``DATABASE_REPLICA_READS`` on.
"""

from __future__ import annotations

import pytest
from django.db import connections, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coi_portal.db_router import ReplicaRouter, replica_reads_block
from coi_portal.scale.generator import Size, add_organization
from gifts.models import GiftFiling
from tests.performance.conftest import ADMINISTRATOR, account

router = ReplicaRouter()


def test_reads_stay_on_default_outside_a_marked_view(settings):
    settings.DATABASE_REPLICA_READS = True
    assert router.db_for_read(GiftFiling) is None


def test_marked_reads_go_to_the_replica_when_it_is_configured(settings):
    settings.DATABASE_REPLICA_READS = True
    with replica_reads_block():
        assert router.db_for_read(GiftFiling) == "replica"


def test_marked_reads_stay_on_default_without_a_replica(settings):
    settings.DATABASE_REPLICA_READS = False
    with replica_reads_block():
        assert router.db_for_read(GiftFiling) is None


@pytest.mark.django_db
def test_reads_inside_a_transaction_stay_where_the_writes_are(settings):
    settings.DATABASE_REPLICA_READS = True
    with replica_reads_block(), transaction.atomic():
        assert router.db_for_read(GiftFiling) is None


def test_writes_and_migrations_never_go_to_the_replica():
    assert router.db_for_write(GiftFiling) == "default"
    assert router.allow_migrate("replica", "gifts") is False
    assert router.allow_migrate("default", "gifts") is True


def filings_sql(queries):
    return [q["sql"] for q in queries.captured_queries if '"gifts_giftfiling"' in q["sql"]]


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_register_pages_read_their_rows_from_the_replica(settings):
    settings.DATABASE_REPLICA_READS = True
    org = add_organization(1, Size(orgs=1, officials=6, gifts=2))
    admin = Client()
    admin.force_login(account(org, ADMINISTRATOR))
    pages = [
        (admin, reverse("gift_reports:register") + "?year="),
        (Client(), reverse("gift_reports:public_register", args=[org.slug])),
    ]
    for client, url in pages:
        with (
            CaptureQueriesContext(connections["replica"]) as replica,
            CaptureQueriesContext(connections["default"]) as default,
        ):
            response = client.get(url)
        assert response.status_code == 200
        assert filings_sql(replica), f"{url}: no filing query on the replica"
        assert not filings_sql(default), f"{url}: filings read from default"


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_other_pages_read_from_default(settings):
    settings.DATABASE_REPLICA_READS = True
    org = add_organization(1, Size(orgs=1, officials=6, gifts=2))
    client = Client()
    client.force_login(account(org, "u00"))
    with CaptureQueriesContext(connections["replica"]) as replica:
        response = client.get(reverse("gifts:inbox"))
    assert response.status_code == 200
    assert not replica.captured_queries
