"""Stored files: the local folder unless object storage is configured, and the settings in use store and
read back a file."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from coi_portal.storage_config import default_storage_from_env


def test_without_a_bucket_files_stay_in_the_local_folder():
    assert default_storage_from_env({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_a_bucket_selects_private_s3_compatible_storage():
    config = default_storage_from_env(
        {
            "OBJECT_STORAGE_BUCKET": "coi-files",
            "OBJECT_STORAGE_ENDPOINT": "https://s3.example.go.th",
            "OBJECT_STORAGE_ACCESS_KEY": "key",
            "OBJECT_STORAGE_SECRET_KEY": "secret",
        }
    )
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    options = config["OPTIONS"]
    assert options["bucket_name"] == "coi-files"
    assert options["endpoint_url"] == "https://s3.example.go.th"
    assert options["default_acl"] is None
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False


def test_the_configured_default_storage_keeps_a_file():
    name = default_storage.save("scaling/check.txt", ContentFile(b"stored"))
    try:
        with default_storage.open(name, "rb") as handle:
            assert handle.read() == b"stored"
    finally:
        default_storage.delete(name)
