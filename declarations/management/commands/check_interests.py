"""Nightly: cross-check every declaration against the contract register and the law as of today."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from declarations.models import Organization
from declarations.services_crosscheck import crosscheck_organization


class Command(BaseCommand):
    help = (
        "Run the business-interest cross-check for every organization (or one, with --org): findings are "
        "replaced by what the law says today, so a cure period that ran out becomes a prohibition."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", metavar="SLUG", help="only this organization")

    def handle(self, *args: Any, **options: Any) -> None:
        organizations = Organization.objects.order_by("pk")
        if options["org"]:
            organizations = organizations.filter(slug=options["org"])
            if not organizations.exists():
                raise CommandError(f"no organization with the slug {options['org']!r}")
        for organization in organizations:
            result = crosscheck_organization(organization=organization)
            counts = f"{result.added} added, {result.removed} removed, {result.kept} unchanged"
            self.stdout.write(f"{organization.slug}: {counts}")
