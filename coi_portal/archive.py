"""Backup and restore of the whole portal: every record, every stored file with its SHA-256, the audit log.

An archive is a zip:

* ``manifest.json``: format, when, the applied migrations, each model with its row count, each stored file
  with its SHA-256, and the audit chain's head (sequence and hash) with the verification result;
* ``data/<app_label.model>.json``: the rows, by Django's serializer (foreign keys to content types and
  permissions by natural key, everything else by primary key), models in dependency order;
* ``files/<storage name>``: each stored file, byte for byte.

An archive is restored only into an empty, freshly migrated database at the same migrations: primary keys,
file names and the audit chain come back exactly, the files' hashes are checked, and the chain must verify up
to the recorded head before anything commits. Archives hold personal data and secrets (password hashes,
second-factor keys): keep them encrypted (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from coi_portal import audit
from coi_portal.models import AuditChainHead

FORMAT = 1
# Rebuilt by ``migrate`` (content types, permissions), short-lived (sessions), or restored from the manifest
# (the chain head, checked against the restored chain).
NOT_ARCHIVED = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "coi_portal.auditchainhead",
}


class ArchiveError(Exception):
    """An archive that cannot be made or restored; ``str(error)`` says why."""


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; an archive keeps them exact (the audit chain hashes
    microseconds, and a restored record must be the record)."""

    def default(self, o: Any) -> Any:
        if isinstance(o, dt.datetime | dt.time):
            return o.isoformat()
        return super().default(o)


def archived_models() -> list[type[models.Model]]:
    """Every concrete model of every installed app, parents before the rows that point at them."""
    app_list = [(config, None) for config in apps.get_app_configs()]
    ordered = serializers.sort_dependencies(app_list, allow_cycles=True)
    return [
        model
        for model in ordered
        if model._meta.label_lower not in NOT_ARCHIVED and model._meta.managed and not model._meta.proxy
    ]


def _file_names(model: type[models.Model]) -> Iterator[str]:
    fields = [f.attname for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
    if not fields:
        return
    for values in model._base_manager.values_list(*fields):
        yield from (name for name in values if name)


def _migrations() -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


@dataclass(frozen=True)
class Summary:
    rows: int
    models: int
    files: int
    audit_entries: int
    audit_ok: bool


def export_archive(path: Path) -> Summary:
    """Write the archive of the current database and media to ``path`` (one consistent snapshot)."""
    counts: dict[str, int] = {}
    hashes: dict[str, str] = {}
    with transaction.atomic(), zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for model in archived_models():
            label = model._meta.label_lower
            rows = model._base_manager.order_by("pk")
            with (
                archive.open(f"data/{label}.json", "w") as raw,
                io.TextIOWrapper(raw, encoding="utf-8") as out,
            ):
                serializers.serialize(
                    "json", rows.iterator(), stream=out, use_natural_foreign_keys=True, cls=ExactJSONEncoder
                )
            counts[label] = rows.count()
            for name in _file_names(model):
                if name in hashes:
                    continue
                with default_storage.open(name, "rb") as stored:
                    data = stored.read()
                hashes[name] = hashlib.sha256(data).hexdigest()
                archive.writestr(f"files/{name}", data)
        verification = audit.verify()
        head = AuditChainHead.objects.filter(pk=1).first()
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "vendor": connection.vendor,
            "migrations": _migrations(),
            "models": counts,
            "files": hashes,
            "audit": {
                "seq": head.seq if head else 0,
                "hash": head.hash if head else "",
                "ok": verification.ok,
                "reason": verification.reason,
            },
        }
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return Summary(sum(counts.values()), len(counts), len(hashes), verification.entries, verification.ok)


def _manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads(archive.read("manifest.json"))
    except KeyError as error:
        raise ArchiveError("This is not a portal archive: it has no manifest.json.") from error
    if manifest.get("format") != FORMAT:
        raise ArchiveError(f"Archive format {manifest.get('format')} is not {FORMAT}.")
    return manifest


def _refuse_unless_empty(manifest: dict[str, Any]) -> None:
    occupied = [
        f"{model._meta.label_lower}: {model._base_manager.count()}"
        for model in archived_models()
        if model._base_manager.exists()
    ]
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and head.seq:
        occupied.append(f"coi_portal.auditchainhead: #{head.seq}")
    if occupied:
        raise ArchiveError(
            "The database is not empty; restore only into a freshly migrated database. Rows found: "
            + ", ".join(occupied)
        )
    if _migrations() != manifest["migrations"]:
        raise ArchiveError(
            "The archive was made at other migrations than this database has: check out the same version "
            "of the portal and migrate, then import."
        )
    present = [name for name in manifest["files"] if default_storage.exists(name)]
    if present:
        raise ArchiveError(f"Stored files already exist (for example {present[0]}); use an empty MEDIA_ROOT.")


def _restore_files(archive: zipfile.ZipFile, hashes: dict[str, str], written: list[str]) -> None:
    """Each file under its own name, after checking its hash; ``written`` lists what to remove on failure."""
    for name, expected in hashes.items():
        data = archive.read(f"files/{name}")
        if hashlib.sha256(data).hexdigest() != expected:
            raise ArchiveError(f"The stored file {name} in the archive does not match its SHA-256.")
        saved = default_storage.save(name, ContentFile(data))
        written.append(saved)
        if saved != name:
            raise ArchiveError(f"The file {name} could not be stored under its own name.")


def _restore_rows(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    """Rows by primary key, with foreign-key checks deferred to the end; a reference by natural key (an
    account by its username) to a row not yet restored is filled in once everything is in."""
    restored: list[type[models.Model]] = []
    waiting = []
    with connection.constraint_checks_disabled():
        for label, expected in manifest["models"].items():
            model = apps.get_model(label)
            text = archive.read(f"data/{label}.json").decode("utf-8")
            count = 0
            for item in serializers.deserialize("json", text, handle_forward_references=True):
                item.save()
                if item.deferred_fields:
                    waiting.append(item)
                count += 1
            if count != expected:
                raise ArchiveError(f"{label}: {count} rows read, the manifest says {expected}.")
            restored.append(model)
        for item in waiting:
            item.save_deferred_fields()
    connection.check_constraints()
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), restored):
            cursor.execute(statement)


def _restore_chain_head(audit_head: dict[str, Any]) -> None:
    head = AuditChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        AuditChainHead.objects.create(pk=1, seq=audit_head["seq"], hash=audit_head["hash"])
    else:
        head.seq, head.hash = audit_head["seq"], audit_head["hash"]
        head.save(update_fields=["seq", "hash", "updated_at"])
    verification = audit.verify()
    if audit_head["ok"] and not verification.ok:
        raise ArchiveError(f"The restored audit log does not verify: {verification.reason}.")


def import_archive(path: Path) -> Summary:
    """Restore ``path`` into this empty database and MEDIA_ROOT; nothing is kept if any check fails."""
    with zipfile.ZipFile(path) as archive:
        manifest = _manifest(archive)
        _refuse_unless_empty(manifest)
        written: list[str] = []
        try:
            _restore_files(archive, manifest["files"], written)
            with transaction.atomic():
                _restore_rows(archive, manifest)
                _restore_chain_head(manifest["audit"])
        except BaseException:
            for name in written:
                default_storage.delete(name)
            raise
    verification = audit.verify()
    return Summary(
        sum(manifest["models"].values()),
        len(manifest["models"]),
        len(manifest["files"]),
        verification.entries,
        verification.ok,
    )
