"""Shared fixtures: the demo organizations and a persona for every kind of user.

Personas are the demo accounts of ``seed_demo``, so tests and the demo speak of the same people.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.test import Client

from coi_portal import demo, third_party_warnings
from declarations.models import Organization

# Playwright runs an event loop in the test thread; the ORM calls of a browser test are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_configure(config: pytest.Config) -> None:
    for line in third_party_warnings.pytest_filters():
        config.addinivalue_line("filterwarnings", line)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest unit of work first: the sweep of every URL (one pytest-xdist group, run by one worker)
    starts while the other worker takes the rest, instead of ending the run alone. After pytest-django's
    own order (database tests, then transactional ones, then the rest), which it keeps otherwise."""
    items.sort(key=lambda item: item.get_closest_marker("xdist_group") is None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium: browsers cannot be downloaded here."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _media_in_tmp(settings: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Stored files go to a temporary folder, never into the checkout."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


def seed_demo_orgs() -> dict[str, Any]:
    return {
        "bangsaothong": demo.seed_bangsaothong(demo.DEFAULT_PASSWORD),
        "khlongdan": demo.seed_khlongdan(demo.DEFAULT_PASSWORD),
    }


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """The demo organizations are seeded once per test database (one per pytest-xdist worker); every test
    runs in a transaction rolled back at its end, so each starts from the same two organizations."""
    with django_db_blocker.unblock():
        seed_demo_orgs()


@pytest.fixture(autouse=True)
def _demo_orgs_for_transactional_tests(request: pytest.FixtureRequest, django_db_blocker: Any) -> None:
    """pytest-django runs the transactional tests (live server, concurrency, tasks) after the others, and each
    ends by emptying every table: the next one seeds the demo organizations again before it starts."""
    marker = request.node.get_closest_marker("django_db")
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames)
    if transactional or (marker and marker.kwargs.get("transaction")):
        with django_db_blocker.unblock():
            if not Organization.objects.filter(slug="khlongdan").exists():
                seed_demo_orgs()


@pytest.fixture
def demo_orgs(db: None) -> dict[str, Any]:
    return {slug: Organization.objects.get(slug=slug) for slug in ("bangsaothong", "khlongdan")}


@pytest.fixture
def user_named(demo_orgs: dict[str, Any]) -> Callable[[str], User]:
    def get(username: str) -> User:
        return get_user_model().objects.get(username=username)

    return get


@pytest.fixture
def client_as(user_named: Callable[[str], User]) -> Callable[[str | None], Client]:
    """A test client logged in as a demo account (``None``: anonymous)."""

    def make(username: str | None) -> Client:
        client = Client()
        if username is not None:
            client.force_login(user_named(username))
        return client

    return make


# Personas named as the style guide names them.
@pytest.fixture
def staff(user_named: Callable[[str], User]) -> User:
    return user_named("staff1")


@pytest.fixture
def council_member(user_named: Callable[[str], User]) -> User:
    return user_named("member1")


@pytest.fixture
def chair(user_named: Callable[[str], User]) -> User:
    return user_named("chair")


@pytest.fixture
def chief_executive(user_named: Callable[[str], User]) -> User:
    return user_named("nayok")


@pytest.fixture
def admin(user_named: Callable[[str], User]) -> User:
    return user_named("clerk")


@pytest.fixture
def auditor(user_named: Callable[[str], User]) -> User:
    return user_named("auditor")


@pytest.fixture
def outsider(user_named: Callable[[str], User]) -> User:
    return user_named("outsider")


@pytest.fixture
def live_demo(transactional_db: None, live_server: Any) -> Any:
    """The demo organizations behind a live server, for browser journeys."""
    return live_server
