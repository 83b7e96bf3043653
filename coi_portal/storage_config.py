"""Where uploaded and issued files are stored: the local folder (MEDIA_ROOT) by default, or S3-compatible
object storage through django-storages when ``OBJECT_STORAGE_BUCKET`` is set (install the ``s3`` extra).

Files are never served from the bucket's address: views check access and stream each file, as they do
from the local folder, so the bucket stays private (``default_acl`` none, signed URLs off)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FILESYSTEM = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def default_storage_from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """The ``STORAGES["default"]`` entry for these environment variables."""
    bucket = environ.get("OBJECT_STORAGE_BUCKET", "")
    if not bucket:
        return dict(FILESYSTEM)
    options: dict[str, Any] = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("OBJECT_STORAGE_ENDPOINT") or None,
        "region_name": environ.get("OBJECT_STORAGE_REGION") or None,
        "access_key": environ.get("OBJECT_STORAGE_ACCESS_KEY") or None,
        "secret_key": environ.get("OBJECT_STORAGE_SECRET_KEY") or None,
        "location": environ.get("OBJECT_STORAGE_PREFIX", ""),
        "default_acl": None,
        "querystring_auth": False,
        "file_overwrite": False,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
