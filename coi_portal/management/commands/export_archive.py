"""``python manage.py export_archive PATH``: every record, stored file and the audit log in one zip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from coi_portal.archive import export_archive


class Command(BaseCommand):
    help = "Write a backup archive (zip) of every record, every stored file and the audit log to PATH."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--force", action="store_true", help="overwrite PATH if it exists")

    def handle(self, *args: Any, path: Path, force: bool, **options: Any) -> None:
        if path.exists() and not force:
            raise CommandError(f"{path} exists; choose another name or use --force.")
        summary = export_archive(path)
        chain = "verified" if summary.audit_ok else "BROKEN (see verify_audit)"
        self.stdout.write(
            self.style.SUCCESS(
                f"Archived {summary.rows} rows of {summary.models} models and {summary.files} files "
                f"to {path}; "
                f"audit log of {summary.audit_entries} entries {chain}."
            )
        )
        if not summary.audit_ok:
            self.stderr.write(self.style.WARNING("The audit chain is broken: the archive records it as is."))
