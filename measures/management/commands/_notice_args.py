"""The arguments both notice commands share: --org, --year and --kind pick one notice."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser

from measures.models import Notice, NoticeKind


def add_notice_arguments(parser: CommandParser) -> None:
    parser.add_argument("--org", required=True, help="slug of the organization, e.g. bangsaothong")
    parser.add_argument("--year", required=True, type=int, help="Buddhist-era year, e.g. 2562")
    parser.add_argument(
        "--kind", default=NoticeKind.MEASURES, choices=NoticeKind.values, help="default: measures"
    )


def notice_from(options: dict[str, Any]) -> Notice:
    """The current (latest) version of the chosen notice."""
    notice = (
        Notice.objects.filter(
            organization__slug=options["org"], kind=options["kind"], year_be=options["year"]
        )
        .select_related("organization", "signer")
        .order_by("-version")
        .first()
    )
    if notice is None:
        raise CommandError(f"No {options['kind']} notice of {options['org']} for {options['year']}.")
    return notice
