"""Fixtures of the privacy tests: the demo organization with its privacy records, and time helpers."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from tests.gifts.conftest import file_gift  # noqa: F401 - the gifts tests' fixture, used here too

BANGKOK = ZoneInfo("Asia/Bangkok")


def at(time_machine: Any, day: dt.date, hour: int = 10) -> None:
    """Freeze the clock at ``hour`` o'clock in Bangkok on ``day``."""
    time_machine.move_to(dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=BANGKOK), tick=False)


@pytest.fixture
def english():
    """Messages are matched in English where a test says so, so that rewording a Thai translation never
    breaks a test of behaviour."""
    with translation.override("en"):
        yield


@pytest.fixture
def org(demo_orgs):
    return demo_orgs["bangsaothong"]


@pytest.fixture
def other_org(demo_orgs):
    return demo_orgs["khlongdan"]


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF (poppler's ``pdftotext -raw``), spaces squeezed."""
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        text = subprocess.run(
            ["pdftotext", "-raw", handle.name, "-"], check=True, capture_output=True, text=True
        ).stdout
    return " ".join(text.split())
