"""``python manage.py import_archive PATH``: restore an archive into an empty, freshly migrated database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from coi_portal.archive import ArchiveError, import_archive


class Command(BaseCommand):
    help = (
        "Restore an archive made by export_archive into an empty database (run migrate first) and an empty "
        "MEDIA_ROOT. Refuses a database that holds any record."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        try:
            summary = import_archive(path)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {summary.rows} rows of {summary.models} models and {summary.files} files; "
                "audit log "
                f"of {summary.audit_entries} entries verified."
            )
        )
