"""Two generated organizations of different sizes, and a query counter for one request."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from coi_portal.scale.generator import Size, add_organization
from declarations.models import Organization

SMALL = Size(orgs=1, officials=12, gifts=4)
LARGE = Size(orgs=1, officials=24, gifts=8)
# Generated accounts: sNNNNNuKK, KK the official's place in the organization's list of offices.
CHIEF_EXECUTIVE, ADMINISTRATOR, STAFF = "u00", "u01", "u04"


@pytest.fixture
def sized_orgs(db: None) -> dict[str, Organization]:
    return {"small": add_organization(1, SMALL), "large": add_organization(2, LARGE)}


def account(org: Organization, who: str) -> Any:
    return get_user_model().objects.get(username=f"{org.slug.replace('scale-', 's')}{who}")


def client_for(org: Organization | None, who: str | None) -> Client:
    client = Client()
    if org is not None and who is not None:
        client.force_login(account(org, who))
    return client


class Queries(list[str]):
    """The SQL of one request; compares equal to another request's by count, and says what differs."""

    def shapes(self) -> Counter[str]:
        return Counter(re.sub(r"\d+", "N", re.sub(r"'[^']*'", "S", sql))[:160] for sql in self)

    def difference(self, other: Queries) -> str:
        extra = (other.shapes() - self.shapes()) + (self.shapes() - other.shapes())
        return "\n".join(f"{n} x {sql}" for sql, n in extra.items())


@pytest.fixture
def count_queries() -> Callable[..., tuple[Any, Queries]]:
    """``(response, the SQL queries)`` of one request."""

    def run(client: Client, url: str, data: dict[str, Any] | None = None) -> tuple[Any, Queries]:
        with CaptureQueriesContext(connection) as captured:
            response = client.post(url, data) if data is not None else client.get(url)
        return response, Queries(query["sql"] for query in captured.captured_queries)

    return run
