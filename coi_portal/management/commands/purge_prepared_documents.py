"""Remove prepared documents past their keeping time, and fail those a dead worker left behind."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from coi_portal.prepared import services


class Command(BaseCommand):
    help = "Remove prepared documents older than PREPARED_DOCUMENT_DAYS; fail those pending for a day."

    def handle(self, *args: Any, **options: Any) -> None:
        removed, abandoned = services.purge(timezone.now())
        self.stdout.write(f"removed={removed} abandoned={abandoned}")
