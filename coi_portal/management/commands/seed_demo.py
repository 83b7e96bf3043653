from __future__ import annotations

import logging
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
        # The demo's mail is sent by tasks that run at once; their progress lines would bury the summary.
        tasks_log = logging.getLogger("django.tasks")
        level, tasks_log.level = tasks_log.level, logging.WARNING
        try:
            self._seed(options["password"])
        finally:
            tasks_log.level = level
        self.stdout.write(self.style.SUCCESS("Demo data ready.") + "\n" + summary(options["password"]))

    def _seed(self, password: str) -> None:
        with transaction.atomic():
            bangsaothong = demo.seed_bangsaothong(password)
            demo.seed_khlongdan(password)
            seed_gifts(bangsaothong)
            # Before the declarations: the spouse notices carry the dates of the portal's first knowledge.
            seed_privacy(bangsaothong)
            seed_interests(bangsaothong)
            seed_meetings(bangsaothong)
            seed_measures(bangsaothong, password)
            # Last: the ITA index and the handbook link to rulings, notices and meetings seeded above.
            seed_participation(bangsaothong)


def summary(password: str) -> str:
    """Where to go and who to be: the sign-in page, each demo organization's public site, the accounts."""
    site = settings.SITE_URL
    titles = {p.key: p.title_en for p in demo.POSITIONS}
    accounts = [
        f"    {person.username:<10} {person.prefix_en} {person.first_en} {person.last_en}, "
        + titles[person.positions[0]]
        + (" (administrator)" if "admin" in person.roles else "")
        for person in demo.BANGSAOTHONG_PEOPLE
        if person.username
    ]
    mailer: dict[str, Any] = settings.MAILERS["default"]
    mail = mailer.get("OPTIONS", {}).get("file_path")
    return "\n".join(
        [
            f"  Sign in:      {site}/accounts/login/",
            f"  Public sites: {site}/o/bangsaothong/  (อบต.บางเสาธง)",
            f"                {site}/o/khlongdan/  (อบต.คลองด่าน)",
            f"  Every account's password: {password}",
            *accounts,
            f"    {'outsider':<10} administrator of อบต.คลองด่าน: sees nothing of Bang Sao Thong",
            *([f"  Mail the portal sends is written to {mail}/ (a .txt and an .eml each)."] if mail else []),
        ]
    )
