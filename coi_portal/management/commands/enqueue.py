"""Hand scheduled work to the workers: cron runs ``manage.py enqueue send_reminders`` on one machine and
whichever machine runs ``manage.py db_worker`` does the work (coi_portal.tasks)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from coi_portal.tasks import SCHEDULED_COMMANDS, run_scheduled


class Command(BaseCommand):
    help = "Enqueue scheduled commands for the background workers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("commands", nargs="+", choices=SCHEDULED_COMMANDS, metavar="command")

    def handle(self, *args: Any, **options: Any) -> None:
        for command in options["commands"]:
            result = run_scheduled.enqueue(command)
            self.stdout.write(f"{command}: task {result.id} enqueued")
