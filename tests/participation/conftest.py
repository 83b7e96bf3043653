"""Fixtures of the participation tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.utils import translation

from participation import services
from tests.gifts.conftest import file_gift  # noqa: F401 - the gifts tests' fixture, used here too
from tests.privacy.conftest import BANGKOK, at, pdf_text

__all__ = ["BANGKOK", "at", "pdf_text"]


@pytest.fixture
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def org(demo_orgs):
    return demo_orgs["bangsaothong"]


@pytest.fixture
def official(user_named) -> Callable[[str], Any]:
    """The official of a demo account: ``official("clerk")``."""
    return lambda username: user_named(username).membership.official


@pytest.fixture
def report(org) -> Callable[..., services.Submitted]:
    """Submit a tip-off naming ``named`` officials: ``report(official("clerk"))``."""

    def make(*named: Any, **changes: Any) -> services.Submitted:
        data = {"subject": "conflict", "what": "นายช่างให้ญาติรับเหมาโครงการถนน หมู่ 9"} | changes
        return services.tipoff_submit(organization=org, named=list(named), **data)

    return make
