"""The public pages: the organization's notices, the verification page, the file check (by SHA-256 or
upload, with the reason a file fails), and the byte-identical download. No login anywhere."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from coi_portal.documents import find_anchor
from measures import services
from measures.certificates import make_self_signed_pkcs12
from measures.documents import SIGNATURE_ANCHOR, render_measure_document, render_measure_pdf
from measures.signing import load_signer, sign_pdf, signature_stamp_lines
from measures.verification import Verdict, verify_pdf
from tests.measures.conftest import PASSWORD, stored_bytes

pytestmark = pytest.mark.django_db


def check(client, **data):
    if "file" in data:
        data["file"] = SimpleUploadedFile("notice.pdf", data["file"], content_type="application/pdf")
    with translation.override("en"):
        return client.post(reverse("measures:verify"), data, HTTP_ACCEPT_LANGUAGE="en")


def test_public_list_shows_published_notices_with_pdf_and_verification(
    client, historical, signed, user_named
):
    services.notice_publish(actor=user_named("clerk"), notice=signed.notice)
    page = client.get(reverse("measures:public_list", args=["bangsaothong"])).content.decode()
    assert historical.title in page
    assert signed.notice.title.split("“")[0] in page
    assert reverse("measures:verify_notice", args=[historical.identifier]) in page
    assert reverse("measures:issued_pdf", args=[signed.notice.identifier, signed.pk]) in page


def test_public_list_hides_drafts_and_other_organizations(client, draft, demo_orgs):
    page = client.get(reverse("measures:public_list", args=["bangsaothong"])).content.decode()
    assert draft.identifier not in page
    assert client.get(reverse("measures:public_list", args=["no-such-org"])).status_code == 404


def test_download_is_byte_identical_to_the_stored_file(client, signed):
    response = client.get(reverse("measures:issued_pdf", args=[signed.notice.identifier, signed.pk]))
    body = b"".join(response.streaming_content)
    response.close()
    assert body == stored_bytes(signed)
    assert hashlib.sha256(body).hexdigest() == signed.sha256
    assert response["Content-Type"] == "application/pdf"
    assert "immutable" in response["Cache-Control"]


def test_a_pdf_that_cannot_be_served_sends_to_the_verification_page(client, signed, org, user_named):
    unsigned = services.notice_create(
        actor=user_named("clerk"), organization=org, kind="measures", year_be=2571
    )
    for url in (
        reverse("measures:issued_pdf", args=[signed.notice.identifier, signed.pk + 1000]),
        reverse("measures:issued_pdf", args=[unsigned.identifier, signed.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/verify/")


def test_verification_page_of_a_signed_version(client, signed):
    with translation.override("en"):
        page = client.get(reverse("measures:verify_notice", args=[signed.notice.identifier])).content.decode()
    notice = signed.notice
    assert notice.title.split("“")[0] in page
    assert "นายเกษม แซ่ลี" in page
    assert str(notice.year_be) in page
    assert signed.sha256 in page
    assert "issue-current" in page


def test_verification_page_says_superseded_after_a_new_version_is_signed(
    client, signed, user_named, nayok_certificate
):
    new = services.notice_new_version(actor=user_named("clerk"), notice=signed.notice)
    services.notice_approve(actor=user_named("clerk"), notice=new)
    services.notice_sign(
        actor=user_named("nayok"), notice=new, certificate=nayok_certificate, password=PASSWORD
    )
    with translation.override("en"):
        page = client.get(reverse("measures:verify_notice", args=[signed.notice.identifier])).content.decode()
    assert "superseded by version 2" in page
    assert "issue-current" not in page


def test_an_unknown_identifier_or_a_draft_shows_nothing(client, draft):
    for identifier in ("no-such-identifier", draft.identifier):
        response = client.get(reverse("measures:verify_notice", args=[identifier]))
        assert b"verify-unknown" in response.content
        assert draft.title.encode() not in response.content


def test_known_hash_is_authentic(client, signed):
    response = check(client, sha256=signed.sha256.upper())
    assert b"verdict-authentic" in response.content


def test_unknown_hash(client, signed):
    response = check(client, sha256="0" * 64)
    assert b"verdict-unknown_hash" in response.content
    assert b"No file issued by the portal has this SHA-256." in response.content


def test_uploaded_signed_file_is_authentic(client, signed):
    response = check(client, file=stored_bytes(signed))
    assert b"verdict-authentic" in response.content


def test_uploaded_file_changed_after_signing(client, signed):
    tampered = bytearray(stored_bytes(signed))
    tampered[len(tampered) // 4] ^= 0x01
    assert verify_pdf(bytes(tampered)).verdict is Verdict.SIGNATURE_BROKEN
    response = check(client, file=bytes(tampered))
    assert b"the file was changed after it was signed" in response.content


def test_uploaded_file_with_changes_appended_after_signing(client, signed):
    writer = IncrementalPdfFileWriter(io.BytesIO(stored_bytes(signed)))
    writer.root["/Lang"] = writer.root.get("/Lang")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert result.verdict is Verdict.MODIFIED_AFTER_SIGNING
    assert result.issued == signed


def test_uploaded_file_signed_by_someone_else(
    client, approved, upload, other_p12, official_of, user_named, nayok_certificate
):
    # The same notice, rendered and signed with a key the portal does not hold for anyone.
    forged_key = make_self_signed_pkcs12(common_name="นายเกษม แซ่ลี", organization_name="ปลอม", password="x")
    document = render_measure_document(approved)
    forged = sign_pdf(
        document.write_pdf(),
        box=find_anchor(document, SIGNATURE_ANCHOR),
        signer=load_signer(forged_key, "x"),
        stamp_lines=signature_stamp_lines(name="นายเกษม แซ่ลี", position="นายก", at=timezone.now(), url="x"),
    )
    response = check(client, file=forged.data)
    assert b"verdict-other_signer" in response.content
    assert b"Signed by someone else" in response.content


def test_uploaded_superseded_file(client, signed, user_named, nayok_certificate):
    again = services.notice_sign(
        actor=None, notice=signed.notice, certificate=nayok_certificate, password=PASSWORD, any_status=True
    )
    assert again.notice == signed.notice
    response = check(client, file=stored_bytes(signed))
    assert b"verdict-superseded" in response.content


def test_uploaded_transcription_is_said_to_carry_no_signature(client, historical):
    response = check(client, file=stored_bytes(historical.issued.get()))
    assert b"verdict-transcription" in response.content


def test_uploaded_unsigned_unknown_pdf(client, draft):
    response = check(client, file=render_measure_pdf(draft))
    assert b"verdict-no_signature" in response.content


def test_uploaded_broken_pdf_is_not_readable(client):
    response = check(client, file=b"%PDF-1.7\nthis is not really a PDF")
    assert b"verdict-not_readable" in response.content


@pytest.mark.parametrize(
    "data",
    [
        {"file": b"GIF89a not a pdf"},
        {"sha256": "not-a-hash"},
        {},
        {"sha256": "0" * 64, "file": b"%PDF-1.7"},
    ],
    ids=["not-a-pdf", "bad-hash", "nothing", "both"],
)
def test_bad_input_answers_400(client, data):
    assert check(client, **data).status_code == 400


def test_a_file_over_10_mb_is_refused(client):
    response = check(client, file=b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024))
    assert response.status_code == 400
    assert b"larger than 10 MB" in response.content
