"""Fill the database with synthetic organizations for benchmarks (see coi_portal.scale and docs/scaling.md).

python manage.py generate_scale_data --orgs 8000 --officials-per-org 60 --gifts-per-official 10
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from coi_portal.scale.generator import DEFER_FROM, ScaleError, Size, check_disk, data_directory, generate


class Command(BaseCommand):
    help = "Generate organizations, people, gift filings and other records at scale (resumable)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--orgs", type=int, required=True)
        parser.add_argument("--officials-per-org", type=int, default=60)
        parser.add_argument("--gifts-per-official", type=int, default=10)
        parser.add_argument("--contracts-per-org", type=int, default=20)
        parser.add_argument("--seed", type=int, default=2569)
        parser.add_argument("--batch", type=int, default=None, help="organizations per transaction")
        parser.add_argument("--jobs", type=int, default=1, help="writer processes (PostgreSQL)")
        parser.add_argument(
            "--defer-indexes",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="drop indexes and constraints while loading, build them at the end "
            f"(PostgreSQL; default: for runs of more than {DEFER_FROM:,} filings)",
        )
        parser.add_argument("--estimate-only", action="store_true", help="print the estimate and stop")

    def handle(self, *args: Any, **options: Any) -> None:
        size = Size(
            orgs=options["orgs"],
            officials=options["officials_per_org"],
            gifts=options["gifts_per_official"],
            contracts=options["contracts_per_org"],
        )
        path = data_directory()
        self.stdout.write(
            f"{size.orgs:,} organizations × {size.officials} officials × {size.gifts} gifts = "
            f"{size.filings:,} filings; about {size.estimated_bytes() / 1e9:.2f} GB on disk"
        )
        try:
            needed, free = check_disk(size, path)
        except ScaleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{free / 1e9:.1f} GB free at {path} ({needed / 1e9:.2f} GB needed with headroom)")
        if options["estimate_only"]:
            return
        started = time.monotonic()
        try:
            totals = generate(
                size,
                seed=options["seed"],
                batch=options["batch"],
                jobs=options["jobs"],
                defer_indexes=options["defer_indexes"],
                report=self.stdout.write,
            )
        except ScaleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{sum(totals.values()):,} rows in {time.monotonic() - started:.1f} s")
