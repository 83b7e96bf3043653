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


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium: browsers cannot be downloaded here."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _media_in_tmp(settings: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Stored files go to a temporary folder, never into the checkout."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture
def demo_orgs(db: None) -> dict[str, Any]:
    return {
        "bangsaothong": demo.seed_bangsaothong(demo.DEFAULT_PASSWORD),
        "khlongdan": demo.seed_khlongdan(demo.DEFAULT_PASSWORD),
    }


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
    demo.seed_bangsaothong(demo.DEFAULT_PASSWORD)
    demo.seed_khlongdan(demo.DEFAULT_PASSWORD)
    return live_server
