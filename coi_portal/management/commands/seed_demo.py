from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from coi_portal import demo
from declarations.demo import seed_interests
from gifts.demo import seed_gifts
from measures.demo import seed_measures
from meetings.demo import seed_meetings
from participation.demo import seed_participation
from privacy.demo import seed_privacy


class Command(BaseCommand):
    help = "Create the demo organizations (bangsaothong, khlongdan), their people and accounts. Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--password", default=demo.DEFAULT_PASSWORD, help="password of every demo account"
        )
        parser.add_argument("--force", action="store_true", help="run even with DEBUG off")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "seed_demo creates accounts with a known password; it refuses to run with DEBUG "
                "off. Use --force if you really mean it."
            )
        with transaction.atomic():
            bangsaothong = demo.seed_bangsaothong(options["password"])
            demo.seed_khlongdan(options["password"])
            seed_gifts(bangsaothong)
            # Before the declarations: the spouse notices carry the dates of the portal's first knowledge.
            seed_privacy(bangsaothong)
            seed_interests(bangsaothong)
            seed_meetings(bangsaothong)
            seed_measures(bangsaothong, options["password"])
            # Last: the ITA index and the handbook link to rulings, notices and meetings seeded above.
            seed_participation(bangsaothong)
        self.stdout.write(self.style.SUCCESS("Demo data ready. Accounts: " + ", ".join(demo.DEMO_ACCOUNTS)))
