"""Evidence files (photos of a gift, receipts): checked by content, not by name, and size-limited."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_FILES = 5
MAX_PIXELS = 40_000_000  # a decompression bomb declares far more
SIGNATURES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png", b"%PDF-": "application/pdf"}
PDF_ACTIVE_CONTENT = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|OpenAction|AA)\b")


@dataclass(frozen=True)
class CheckedFile:
    upload: UploadedFile
    name: str
    content_type: str
    size: int
    sha256: str


def safe_name(name: str) -> str:
    """The file's own name without any path, control characters or odd punctuation (for display only)."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    base = base.strip(" .") or "file"
    return base[:150]


def check_file(upload: UploadedFile) -> CheckedFile:
    """Accept a JPEG, PNG or PDF of at most 10 MB, judged by its bytes; raise ValidationError otherwise."""
    size = upload.size or 0
    if size > MAX_BYTES:
        raise ValidationError(_("“%(name)s” is larger than 10 MB.") % {"name": safe_name(upload.name or "")})
    if size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": safe_name(upload.name or "")})
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    content_type = next((kind for magic, kind in SIGNATURES.items() if data.startswith(magic)), None)
    name = safe_name(upload.name or "")
    if content_type is None:
        raise ValidationError(_("“%(name)s” is not a JPEG, PNG or PDF file.") % {"name": name})
    if content_type.startswith("image/"):
        _check_image(upload, name)
    elif PDF_ACTIVE_CONTENT.search(data):
        raise ValidationError(
            _("“%(name)s” contains scripts or embedded files; upload a plain PDF.") % {"name": name}
        )
    return CheckedFile(upload, name, content_type, size, hashlib.sha256(data).hexdigest())


def _check_image(upload: UploadedFile, name: str) -> None:
    try:
        # Pillow only warns between its pixel limit and twice it; a bomb is refused either way, and the
        # same in production as in the suite.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
        with image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(_("“%(name)s” has too many pixels.") % {"name": name})
            image.verify()
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        raise ValidationError(_("“%(name)s” is not a readable image.") % {"name": name}) from error
    finally:
        upload.seek(0)
