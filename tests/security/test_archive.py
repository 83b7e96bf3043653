"""Backup and restore: ``export_archive`` then ``import_archive`` into an emptied database and an empty media
folder gives the same rows, byte-identical stored files (signed PDFs still valid), and an audit chain that
verifies; a database that holds anything is refused."""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from coi_portal import audit, demo
from coi_portal.archive import archived_models
from coi_portal.models import AuditEntry
from gifts import services as gift_services
from gifts.models import Ruling
from gifts.uploads import check_file
from tests.gifts.conftest import facts
from tests.gifts.test_uploads import png_bytes
from tests.security.conftest import tamper
from tests.security.crawl import official, seed_everything

pytestmark = pytest.mark.django_db(transaction=True)


def in_own_thread[T](work: Callable[[], T]) -> T:
    """Run ``work`` in a thread of its own: pyHanko calls ``asyncio.run``, which refuses to run where an event
    loop already runs (the main thread, once a Playwright test of the same session has started one)."""
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:  # re-raised below, in the test's thread
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return results[0]


def counts() -> dict[str, int]:
    return {m._meta.label_lower: m._base_manager.count() for m in archived_models()}


def stored(media: Path) -> dict[str, str]:
    return {
        str(p.relative_to(media)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in media.rglob("*")
        if p.is_file()
    }


def sign_a_notice() -> int:
    """One PAdES-signed notice, through the measures app's own service (when the app is installed)."""
    if not apps.is_installed("measures"):
        return 0
    from django.contrib.auth import get_user_model

    from measures import selectors
    from measures.models import Notice
    from measures.services import notice_sign

    boss = get_user_model().objects.get(username="nayok")
    notice = Notice.objects.filter(signer=official(boss)).order_by("-pk").first()
    certificate = selectors.personal_certificate(official(boss))
    assert notice is not None
    assert certificate is not None
    notice_sign(
        actor=boss, notice=notice, certificate=certificate, password=demo.DEFAULT_PASSWORD, any_status=True
    )
    return 1


def signature_checks(media: Path) -> list[bool]:
    """pyHanko's verdict (intact and cryptographically valid) on every signed PDF in the media folder."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    verdicts = []
    for path in media.rglob("*"):
        data = path.read_bytes() if path.is_file() else b""
        if data.startswith(b"%PDF") and b"/ByteRange" in data:
            for signature in PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures:
                # Integrity and the signature's mathematics; whose certificate it is, measures checks itself.
                status = validate_pdf_signature(signature, ValidationContext(trust_roots=[]))
                verdicts.append(status.intact and status.valid)
    return verdicts


@pytest.fixture
def populated(settings: Any, tmp_path: Path, user_named: Any) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media-before"
    seed_everything()
    signed = in_own_thread(sign_a_notice)
    staff = user_named("staff1")
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes(), content_type="image/png"))
    gift_services.draft_create(actor=staff, filer=staff.membership.official, facts=facts(), files=[photo])
    first = AuditEntry.objects.order_by("seq")[:3]
    audit.erase_personal_data(actor=None, organization=None, entries=first, reason="PDPA s.33 test")
    assert Ruling.objects.exists(), "the demo gifts include rulings with stored memos"
    media = Path(settings.MEDIA_ROOT)
    assert len(in_own_thread(lambda: signature_checks(media))) >= signed
    return Path(settings.MEDIA_ROOT)


def test_export_then_import_into_an_empty_database_gives_the_same_portal(populated, settings, tmp_path):
    path = tmp_path / "backup.zip"
    call_command("export_archive", str(path), stdout=io.StringIO())
    before_rows, before_files = counts(), stored(populated)
    before_chain = list(AuditEntry.objects.order_by("seq").values_list("seq", "hash"))
    assert sum(before_rows.values()) > 500
    assert len(before_files) >= 5
    with zipfile.ZipFile(path) as archive:
        assert "manifest.json" in archive.namelist()
        assert any(name.startswith("files/") for name in archive.namelist())

    call_command("flush", interactive=False, verbosity=0)
    assert AuditEntry.objects.count() == 0
    settings.MEDIA_ROOT = tmp_path / "media-after"
    out = io.StringIO()
    call_command("import_archive", str(path), stdout=out)
    assert "verified" in out.getvalue()

    assert counts() == before_rows
    after = Path(settings.MEDIA_ROOT)
    assert stored(after) == before_files, "every stored file is back, byte for byte"
    for ruling in Ruling.objects.exclude(document=""):
        assert (
            hashlib.sha256((after / ruling.document.name).read_bytes()).hexdigest() == ruling.document_sha256
        )
    assert all(in_own_thread(lambda: signature_checks(after))), "signed PDFs still validate"
    assert list(AuditEntry.objects.order_by("seq").values_list("seq", "hash")) == before_chain
    assert audit.verify().ok
    assert audit.verify().erased == 3, "an erasure made before the backup stays erased"
    # The restored portal goes on: new entries and new rows take fresh keys.
    entry = audit.record(actor=None, action="test.after_restore", organization=None)
    assert entry.seq == before_chain[-1][0] + 1
    assert audit.verify().ok


def test_import_refuses_a_database_that_is_not_empty(populated, tmp_path):
    path = tmp_path / "backup.zip"
    call_command("export_archive", str(path), stdout=io.StringIO())
    before = counts()
    with pytest.raises(CommandError, match="not empty"):
        call_command("import_archive", str(path), stdout=io.StringIO())
    assert counts() == before


def test_import_refuses_an_archive_whose_files_were_changed(populated, settings, tmp_path):
    path = tmp_path / "backup.zip"
    call_command("export_archive", str(path), stdout=io.StringIO())
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("files/") and item.filename.endswith(".pdf"):
                data = data.replace(b"%%EOF", b"%%EOF\n% appended", 1)
            target.writestr(item, data)
    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "media-after"
    with pytest.raises(CommandError, match="SHA-256"):
        call_command("import_archive", str(tampered), stdout=io.StringIO())
    assert sum(counts().values()) == 0 or not AuditEntry.objects.exists()
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.pdf")), "files written before the refusal are removed"


def test_an_archive_of_a_broken_audit_log_says_so(populated, tmp_path):
    last = AuditEntry.objects.order_by("-seq").first()
    tamper("DELETE FROM coi_portal_auditpersonaldata WHERE entry_id = %s", (last.pk,))
    tamper("DELETE FROM coi_portal_auditentry WHERE id = %s", (last.pk,))
    path = tmp_path / "backup.zip"
    out = io.StringIO()
    call_command("export_archive", str(path), stdout=out, stderr=io.StringIO())
    assert "BROKEN" in out.getvalue(), "the archive says the chain it holds is broken"
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["audit"]["ok"] is False
    assert "cut off the end" in manifest["audit"]["reason"]
