"""Dispose of the personal data whose retention period has run (PDPA s.37(3)); daily from cron.

For every organization and record type of the data inventory: anonymise or delete the expired records,
except those under a legal hold. ``--dry-run`` reports without changing anything.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from declarations.models import Organization
from privacy.retention import apply_retention


class Command(BaseCommand):
    help = "Anonymise or delete personal data whose retention period has run, except under a legal hold."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="report what would be disposed of")
        parser.add_argument("--organization", help="the slug of one organization (default: all)")

    def handle(self, *args: Any, **options: Any) -> None:
        organization = None
        if options["organization"]:
            organization = Organization.objects.filter(slug=options["organization"]).first()
            if organization is None:
                raise CommandError(f"No organization {options['organization']!r}.")
        outcomes = apply_retention(organization=organization, dry_run=options["dry_run"])
        verb = "would dispose of" if options["dry_run"] else "disposed of"
        for outcome in outcomes:
            if outcome.note == "kept":
                continue
            line = f"{outcome.organization.slug} {outcome.record_type}: {verb} {len(outcome.disposed)}"
            if outcome.held:
                line += f", {len(outcome.held)} under a legal hold"
            if outcome.note == "hold":
                line += " (the whole type is under a legal hold)"
            self.stdout.write(line)
