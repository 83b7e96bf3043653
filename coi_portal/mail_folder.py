"""A mail backend for demonstrations: each message becomes two files in a folder instead of terminal output.

``NNN.txt`` holds the sender, recipients, subject and plain text as they read (Thai included), and ``NNN.eml``
the whole message as sent, for a mail program. ``make demo`` uses it with ``EMAIL_FILE_PATH=var/mail``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone


class MailFolderBackend(BaseEmailBackend):
    def __init__(self, *, file_path: str = "var/mail", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.folder = Path(file_path)

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        self.folder.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            stem = self._next_name()
            (self.folder / f"{stem}.eml").write_bytes(message.message().as_bytes())
            (self.folder / f"{stem}.txt").write_text(_readable(message), encoding="utf-8")
        return len(email_messages)

    def _next_name(self) -> str:
        taken = len(list(self.folder.glob("*.eml")))
        return f"{taken + 1:04d}-{timezone.now():%Y%m%d-%H%M%S}"


def _readable(message: EmailMessage) -> str:
    attachments = [a.filename if hasattr(a, "filename") else a[0] for a in message.attachments]
    lines = [
        f"From: {message.from_email}",
        f"To: {', '.join(message.to)}",
        f"Subject: {message.subject}",
        *([f"Attachments: {', '.join(str(a) for a in attachments)}"] if attachments else []),
        "",
        str(message.body),
    ]
    return "\n".join(lines) + "\n"
