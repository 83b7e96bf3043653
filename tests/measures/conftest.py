"""Fixtures of the measures tests: the seed notice, certificates, and notices at each step of their life.

Certificates are made once per session (an RSA key takes a moment) and stored per test like an upload.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from coi_portal import demo
from measures import services
from measures.certificates import make_self_signed_pkcs12
from measures.demo import SEED_FILE, seed_historical_notice
from measures.models import IssuedDocument, Notice, SignerCertificate

PASSWORD = demo.DEFAULT_PASSWORD
SEED_TEXT = SEED_FILE.read_text(encoding="utf-8")
PAGE_NUMBER = re.compile(r"^- [๐-๙0-9]+ -$")
VERIFICATION_START = "ตรวจสอบความถูกต้องของเอกสาร"


@pytest.fixture(autouse=True)
def _english_messages() -> Any:
    """These tests match the English messages; the Thai catalogue is checked by tests/coi_portal/test_i18n.py."""
    with translation.override("en"):
        yield


@pytest.fixture
def client_as(client_as: Callable[[str | None], Client]) -> Callable[[str | None], Client]:
    """The personas' clients, with English chosen in the language switch."""

    def make(username: str | None) -> Client:
        browser = client_as(username)
        browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        return browser

    return make


@pytest.fixture
def client(client: Client) -> Client:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture(scope="session")
def nayok_p12() -> bytes:
    return make_self_signed_pkcs12(
        common_name="นายเกษม แซ่ลี", organization_name=demo.ORG_TH, password=PASSWORD
    )


@pytest.fixture(scope="session")
def other_p12() -> bytes:
    """Someone else's key: a certificate the portal must not take for the signer's."""
    return make_self_signed_pkcs12(
        common_name="นายวิชัย สุขสวัสดิ์", organization_name=demo.ORG_TH, password=PASSWORD
    )


@pytest.fixture
def org(demo_orgs: dict[str, Any]) -> Any:
    return demo_orgs["bangsaothong"]


@pytest.fixture
def official_of(user_named: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda username: user_named(username).membership.official


@pytest.fixture
def upload(org: Any, user_named: Callable[[str], Any]) -> Callable[..., SignerCertificate]:
    """Store a PKCS#12 file as the administrator would."""

    def make(data: bytes, *, official: Any = None, kind: str = "personal") -> SignerCertificate:
        return services.certificate_upload(
            actor=user_named("clerk"),
            organization=org,
            kind=kind,
            official=official,
            data=data,
            password=PASSWORD,
        )

    return make


@pytest.fixture
def nayok_certificate(
    upload: Callable[..., SignerCertificate], nayok_p12: bytes, official_of: Any
) -> SignerCertificate:
    return upload(nayok_p12, official=official_of("nayok"))


@pytest.fixture
def historical(org: Any, official_of: Any) -> Notice:
    """The seed notice as the published 2562 notice, with its unsigned transcription."""
    return seed_historical_notice(org, official_of("nayok"))


@pytest.fixture
def draft(org: Any, user_named: Callable[[str], Any]) -> Notice:
    """A No Gift Policy announcement for 2570 in its standard text: no errors."""
    return services.notice_create(actor=user_named("clerk"), organization=org, kind="no_gift", year_be=2570)


@pytest.fixture
def approved(draft: Notice, user_named: Callable[[str], Any]) -> Notice:
    return services.notice_approve(actor=user_named("clerk"), notice=draft)


@pytest.fixture
def signed(
    approved: Notice, nayok_certificate: SignerCertificate, user_named: Callable[[str], Any]
) -> IssuedDocument:
    return services.notice_sign(
        actor=user_named("nayok"), notice=approved, certificate=nayok_certificate, password=PASSWORD
    )


def stored_bytes(document: IssuedDocument) -> bytes:
    with document.file.open("rb") as handle:
        return handle.read()


def pdf_text(data: bytes, *, page: int | None = None) -> str:
    """``pdftotext -raw`` of the PDF (one page, or all)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        pages = ["-f", str(page), "-l", str(page)] if page else []
        return subprocess.run(
            ["pdftotext", "-raw", *pages, str(path), "-"], check=True, capture_output=True, text=True
        ).stdout


def run_tool(tool: str, data: bytes, *args: str, after: tuple[str, ...] = ()) -> str:
    """A poppler tool (pdfinfo, pdffonts, pdfsig) on the PDF, ``args`` before the file and ``after`` it;
    its output whatever its exit status."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        return subprocess.run([tool, *args, str(path), *after], capture_output=True, text=True).stdout


def notice_text_of(data: bytes) -> str:
    """The notice's own text in a PDF: page numbers and the verification box (and what follows it: the
    signature stamp) left out."""
    lines = [line for line in pdf_text(data).splitlines() if not PAGE_NUMBER.match(line.strip())]
    text = "\n".join(lines)
    return text.split(VERIFICATION_START)[0]


def compact(text: str) -> str:
    """The text with every white space removed ("whitespace aside")."""
    return "".join(text.split())


def page_count(data: bytes) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", run_tool("pdfinfo", data), re.M)
    assert match is not None
    return int(match[1])


JANUARY_11_2562 = dt.date(2019, 1, 11)
