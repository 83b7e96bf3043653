from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from measures import selectors
from measures.management.commands._notice_args import add_notice_arguments, notice_from


class Command(BaseCommand):
    help = (
        "Check the current version of a notice: one finding per line, starting with its code. Exits with "
        "status 1 when an error is found, whether or not it is overridden."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_notice_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        notice = notice_from(options)
        findings = selectors.lint_notice(notice)
        overridden = selectors.overridden_codes(notice)
        for finding in findings:
            note = " (overridden)" if finding.is_error and finding.code in overridden else ""
            self.stdout.write(finding.as_line() + note)
        errors = sum(1 for finding in findings if finding.is_error)
        if errors:
            raise CommandError(f"{errors} error(s) found", returncode=1)
