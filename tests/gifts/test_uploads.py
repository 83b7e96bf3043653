"""Evidence uploads are checked by content and size; bad files are refused with a clear message."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from gifts.uploads import MAX_BYTES, check_file, safe_name


@pytest.fixture(autouse=True)
def _english():
    """Messages are matched in English here; the Thai catalogue is tested elsewhere."""
    with translation.override("en"):
        yield


def png_bytes(size: tuple[int, int] = (8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "red").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, format="JPEG")
    return buffer.getvalue()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        pytest.param("photo.png", png_bytes(), "image/png", id="png"),
        pytest.param("photo.jpg", jpeg_bytes(), "image/jpeg", id="jpeg"),
        pytest.param(
            "receipt.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf", id="pdf"
        ),
        pytest.param("no-extension", png_bytes(), "image/png", id="judged-by-content"),
    ],
)
def test_accepted_files(name, data, kind):
    checked = check_file(upload(name, data))
    assert checked.content_type == kind
    assert len(checked.sha256) == 64


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        pytest.param("evil.jpg", b"MZ\x90\x00 this is an exe", "not a JPEG", id="disguised-executable"),
        pytest.param("page.png", b"<html><script>alert(1)</script></html>", "not a JPEG", id="html-as-png"),
        pytest.param(
            "broken.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, "not a readable image", id="broken-png"
        ),
        pytest.param(
            "doc.pdf",
            b"%PDF-1.4\n<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>",
            "scripts",
            id="pdf-with-javascript",
        ),
        pytest.param("empty.jpg", b"", "empty", id="empty"),
    ],
)
def test_refused_files(name, data, message):
    with pytest.raises(ValidationError, match=message):
        check_file(upload(name, data))


def test_oversized_file_is_refused():
    big = upload("big.pdf", b"%PDF-1.4\n" + b"0" * (MAX_BYTES + 1))
    with pytest.raises(ValidationError, match="10 MB"):
        check_file(big)


def test_decompression_bomb_is_refused():
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, format="PNG")
    with pytest.raises(ValidationError, match=r"pixels|readable"):
        check_file(upload("bomb.png", buffer.getvalue()))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\photo.jpg", "photo.jpg"),
        ("a<b>.png", "ab.png"),
        ("..", "file"),
    ],
)
def test_file_names_lose_their_paths(raw, clean):
    assert safe_name(raw) == clean
