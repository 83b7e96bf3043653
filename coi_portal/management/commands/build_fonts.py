"""Rebuild the patched Sarabun fonts in static/fonts from the upstream files in static/fonts/upstream."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from coi_portal import fonts


class Command(BaseCommand):
    help = (
        "Rebuild static/fonts/Sarabun-*.ttf from static/fonts/upstream with the SARA AM text-layer patch "
        "(see docs/decisions/0002-thai-text-layer-font-fix.md)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; fail if the committed fonts differ from what the build produces.",
        )

    def handle(self, *args: Any, check: bool, **options: Any) -> None:
        try:
            built = fonts.build_fonts(write=not check)
        except fonts.FontBuildError as error:
            raise CommandError(str(error)) from error
        if check:
            stale = [name for name, data in built.items() if (fonts.FONTS_DIR / name).read_bytes() != data]
            if stale:
                raise CommandError(f"out of date, run build_fonts: {', '.join(stale)}")
            self.stdout.write("The committed fonts are what the build produces.")
            return
        for name, data in built.items():
            self.stdout.write(f"{fonts.FONTS_DIR / name}  sha256 {fonts.sha256(data)}")
