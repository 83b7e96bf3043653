from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from measures import selectors
from measures.documents import render_measure_pdf
from measures.management.commands._notice_args import add_notice_arguments, notice_from
from measures.services import MeasureError, notice_sign


class Command(BaseCommand):
    help = (
        "Write the PDF of the current version of a notice. With --sign, sign it as the notice's signer "
        "(key password from the environment variable SIGNING_PASSWORD), store it as issued, and write the "
        "signed file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_notice_arguments(parser)
        parser.add_argument("--output", required=True, type=Path, help="where to write the PDF")
        parser.add_argument("--sign", action="store_true", help="sign with the signer's own certificate")
        parser.add_argument("--numerals", default="thai", choices=("thai", "arabic"))

    def handle(self, *args: Any, **options: Any) -> None:
        notice = notice_from(options)
        if options["sign"]:
            data = self._sign(notice)
        else:
            data = render_measure_pdf(notice, numerals=options["numerals"])
        options["output"].write_bytes(data)
        self.stdout.write(f"{options['output']}: {len(data)} bytes")

    def _sign(self, notice: Any) -> bytes:
        password = os.environ.get("SIGNING_PASSWORD")
        if not password:
            raise CommandError("Set SIGNING_PASSWORD to the password of the signer's certificate.")
        certificate = selectors.personal_certificate(notice.signer) if notice.signer else None
        if certificate is None:
            raise CommandError("The notice's signer has no signing certificate in the portal.")
        try:
            issued = notice_sign(
                actor=None, notice=notice, certificate=certificate, password=password, any_status=True
            )
        except MeasureError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"signed ({issued.pades_level}); SHA-256 {issued.sha256}")
        with issued.file.open("rb") as stored:
            return stored.read()
