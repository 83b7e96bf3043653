"""Uploads through the real form (ASVS 12): bad files are refused with a clear message and nothing is stored;
good ones are stored outside the web root under random names and served only to those who may see the
record, as attachments with ``nosniff``. The checks themselves are unit-tested in ``tests/gifts/test_uploads.py``.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from gifts.models import Attachment, GiftFiling
from gifts.uploads import MAX_BYTES
from tests.gifts.conftest import facts
from tests.gifts.test_uploads import png_bytes
from tests.security.pages import finish

pytestmark = pytest.mark.django_db
PLAIN_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def form_data(**files: object) -> dict[str, object]:
    data = {k: str(v) for k, v in facts().items() if not isinstance(v, bool)}
    data.update({k: "on" for k, v in facts().items() if v is True})
    return {**data, "action": "save", **files}


def stored_files() -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def bomb() -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "photo.jpg", b"MZ\x90\x00\x03 an executable", "is not a JPEG, PNG or PDF", id="exe-named-jpg"
        ),
        pytest.param(
            "receipt.pdf",
            b"<html><script>alert(1)</script>",
            "is not a JPEG, PNG or PDF",
            id="html-named-pdf",
        ),
        pytest.param(
            "photo.png", b"\xff\xd8\xff\xe0 not really a jpeg", "not a readable image", id="broken-image"
        ),
        pytest.param("big.pdf", b"%PDF-1.4\n" + b"0" * MAX_BYTES, "larger than 10 MB", id="oversized"),
        pytest.param("bomb.png", None, "too many pixels|not a readable image", id="decompression-bomb"),
        pytest.param(
            "doc.pdf",
            b"%PDF-1.7\n1 0 obj<</Type/Catalog/OpenAction 2 0 R>>endobj\n2 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj",
            "contains scripts",
            id="pdf-with-javascript",
        ),
        pytest.param(
            "launch.pdf", b"%PDF-1.4\n<</S/Launch/F(cmd.exe)>>", "contains scripts", id="pdf-with-launch"
        ),
    ],
)
def test_asvs_12_1_1_and_12_2_1_bad_files_are_refused_before_anything_is_stored(
    client_as, demo_orgs, name, content, message
):
    data = bomb() if content is None else content
    before = (GiftFiling.objects.count(), Attachment.objects.count())
    client = client_as("staff1")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.post(reverse("gifts:new"), form_data(attachments=SimpleUploadedFile(name, data)))
    assert response.status_code == 400
    assert re.search(message, response.content.decode()), "the reason is shown next to the field"
    assert (GiftFiling.objects.count(), Attachment.objects.count()) == before
    assert stored_files() == []


def test_the_refusal_message_is_thai_by_default(client_as, demo_orgs):
    response = client_as("staff1").post(
        reverse("gifts:new"), form_data(attachments=SimpleUploadedFile("x.jpg", b"MZ not an image"))
    )
    assert response.status_code == 400
    errors = str(response.context["form"].errors["attachments"])
    assert re.search(r"[\u0e00-\u0e7f]", errors), errors


def test_asvs_12_3_1_a_name_with_path_characters_is_stored_under_a_random_name(client_as, demo_orgs):
    upload = SimpleUploadedFile("../../../etc/cron.d/x.pdf", PLAIN_PDF)
    response = client_as("staff1").post(reverse("gifts:new"), form_data(attachments=upload))
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.original_name == "x.pdf"
    assert re.fullmatch(r"gifts/[0-9a-f]{32}", attachment.file.name)
    [stored] = stored_files()
    media = Path(settings.MEDIA_ROOT).resolve()
    assert media in stored.resolve().parents
    assert stored.read_bytes() == PLAIN_PDF


def test_asvs_12_4_1_uploads_live_outside_the_web_root_and_no_url_serves_them(client_as, demo_orgs):
    client_as("staff1").post(
        reverse("gifts:new"), form_data(attachments=SimpleUploadedFile("r.pdf", PLAIN_PDF))
    )
    attachment = Attachment.objects.get()
    media = Path(settings.MEDIA_ROOT).resolve()
    for served in [Path(settings.STATIC_ROOT), *map(Path, settings.STATICFILES_DIRS)]:
        assert served.resolve() not in [media, *media.parents], "uploads are not under a static folder"
    assert Path(settings.BASE_DIR, "var", "media").resolve() not in {
        Path(d).resolve() for d in settings.STATICFILES_DIRS
    }
    for url in (
        f"{settings.MEDIA_URL}{attachment.file.name}",
        f"/media/{attachment.file.name}",
        f"/static/../{attachment.file.name}",
        f"/{attachment.file.name}",
    ):
        assert client_as("clerk").get(url).status_code == 404, url


def test_asvs_12_5_2_downloads_are_attachments_with_nosniff_for_those_who_may_see(client_as, demo_orgs):
    client_as("staff1").post(
        reverse("gifts:new"),
        form_data(
            attachments=[SimpleUploadedFile("r.pdf", PLAIN_PDF), SimpleUploadedFile("p.png", png_bytes())]
        ),
    )
    filing = GiftFiling.objects.get()
    pdf, png = filing.versions.get().attachments.order_by("id")
    for username in ("staff1", "clerk", "auditor"):
        response = client_as(username).get(reverse("gifts:attachment", args=[filing.pk, pdf.pk]))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert "x.pdf" not in response["Content-Disposition"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in response["Cache-Control"]
        assert finish(response) == PLAIN_PDF
    image = client_as("staff1").get(reverse("gifts:attachment", args=[filing.pk, png.pk]))
    assert image["Content-Type"] == "image/png"
    assert image["X-Content-Type-Options"] == "nosniff"
    assert finish(image) == png_bytes()
    for username in ("staff2", "member1", "chair", "outsider"):
        denied = client_as(username).get(reverse("gifts:attachment", args=[filing.pk, pdf.pk]))
        assert denied.status_code == 404, username
    anonymous = client_as(None).get(reverse("gifts:attachment", args=[filing.pk, pdf.pk]))
    assert anonymous.status_code == 302
    # An attachment of another filing is not reachable through this filing's URL.
    other = client_as("staff2").post(
        reverse("gifts:new"), form_data(attachments=SimpleUploadedFile("o.pdf", PLAIN_PDF))
    )
    assert other.status_code == 302
    foreign = Attachment.objects.exclude(version__filing=filing).get()
    assert (
        client_as("staff1").get(reverse("gifts:attachment", args=[filing.pk, foreign.pk])).status_code == 404
    )


def test_more_than_five_files_are_refused(client_as, demo_orgs):
    files = [SimpleUploadedFile(f"p{n}.png", png_bytes()) for n in range(6)]
    response = client_as("staff1").post(reverse("gifts:new"), form_data(attachments=files))
    assert response.status_code == 400
    assert not Attachment.objects.exists()
    assert stored_files() == []
