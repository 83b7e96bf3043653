"""``plan_meetings --org bangsaothong --year 2570``: plan or re-plan a year's meetings of measures 5 and 7."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from coi_portal.thai import arabic_digits
from declarations.models import Organization
from meetings.planner import Plan
from meetings.selectors import year_meetings
from meetings.services import MeetingError, plan_year


class Command(BaseCommand):
    help = (
        "Plan the meetings of measures 5 and 7 for a calendar year given in the Buddhist era. Meetings held, "
        "moved or cancelled by hand are kept. Prints the plan month by month."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="the organization's slug, e.g. bangsaothong")
        parser.add_argument("--year", required=True, help="the calendar year in the Buddhist era, e.g. 2570")
        parser.add_argument("--daily-limit", type=int, default=2, help="village meetings a day (default 2)")
        parser.add_argument(
            "--max-daily-limit",
            type=int,
            default=None,
            help="never raise a month's limit above this; villages that do not fit are listed as unplanned",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organization with the slug {options['org']!r}.")
        text = arabic_digits(str(options["year"])).strip()
        if not text.isdecimal():
            raise CommandError(f"--year must be a Buddhist-era year such as 2570, not {options['year']!r}.")
        year_be = int(text)
        if 1900 <= year_be <= 2200:
            raise CommandError(
                f"{year_be} looks like a Common Era year: give the Buddhist-era year ({year_be + 543})."
            )
        try:
            result = plan_year(
                organization=organization,
                year_be=year_be,
                actor=None,
                daily_limit=options["daily_limit"],
                max_daily_limit=options["max_daily_limit"],
            )
        except MeetingError as error:
            raise CommandError(str(error)) from error
        self._print(organization, result.plan, year_be)
        self.stdout.write(
            self.style.SUCCESS(
                f"{organization.slug} {year_be}: {result.created} created, {result.updated} changed, "
                f"{result.removed} removed, {result.kept} kept"
            )
        )

    def _print(self, organization: Organization, plan: Plan, year_be: int) -> None:
        """Every meeting of the year as stored (kept ones included), month by month, with the plan's notes."""
        meetings = list(year_meetings(organization, plan.year_ce))
        for month in plan.months:
            line = f"{year_be}-{month.month:02d}"
            if month.raised:
                line += f"  limit raised to {month.daily_limit} village meetings a day"
            if month.unplanned:
                line += "  unplanned: " + ", ".join(f"หมู่ที่ {moo}" for moo in month.unplanned)
            if month.staff_unplanned:
                line += "  measure 5 unplanned"
            self.stdout.write(line)
            for meeting in (m for m in meetings if m.for_month.month == month.month):
                what = str(meeting.village) if meeting.village else "measure 5"
                self.stdout.write(
                    f"  {meeting.date.isoformat()} {meeting.start_time:%H:%M}-{meeting.end_time:%H:%M}"
                    f"  {what}  [{meeting.status}]"
                )
