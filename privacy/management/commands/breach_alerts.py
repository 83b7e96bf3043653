"""Warn administrators of personal-data breaches still not notified 48 hours after awareness (the PDPC
Office must be told within 72). Safe to run from cron every hour: each breach is alerted once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from privacy.services import send_breach_alerts


class Command(BaseCommand):
    help = "E-mail the 48-hour alert for breaches not yet notified to the PDPC Office."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_breach_alerts()
        self.stdout.write(f"breach alerts sent: {sent}")
