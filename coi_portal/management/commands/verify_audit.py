"""``python manage.py verify_audit``: walk the audit chain and report the first broken link."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from coi_portal import audit


class Command(BaseCommand):
    help = (
        "Verify the audit log's hash chain. Prints OK, or the first broken link (entry id) and exits with "
        "status 1."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        result = audit.verify()
        if result.ok:
            self.stdout.write(
                self.style.SUCCESS(
                    f"OK: {result.entries} entries, chain intact "
                    f"({result.erased} with personal data erased by law)."
                )
            )
            return
        self.stdout.write(
            self.style.ERROR(
                f"BROKEN at entry id={result.broken_id} (#{result.broken_seq}): {result.reason}. "
                f"{result.entries} entries before it verified."
            )
        )
        raise SystemExit(1)
