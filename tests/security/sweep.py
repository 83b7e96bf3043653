"""What the URL sweep collects: every answer to every persona, the forms to fuzz, and the log written
meanwhile (the fixture and the checks are in test_every_url.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from tests.security.crawl import PERSONAS, Crawl, client_for
from tests.security.fuzzing import EXTRA_CONTEXTS, KNOWN_UNREACHED, counts_sql, fallback_form, refuses_post
from tests.security.pages import Form, finish
from tests.urlwalk import walk

ROUTES = sorted(r.name for r in walk() if not r.name.startswith("admin:"))


@dataclass(frozen=True)
class Answer:
    route: str
    url: str
    method: str
    persona: str
    status: int
    location: str
    headers: dict[str, str]
    html: str


@dataclass
class Sweep:
    crawl: Crawl
    answers: list[Answer]
    orgs: dict[str, Any]
    log: list[str]
    forms: Forms

    def of(self, persona: str) -> list[Answer]:
        return [a for a in self.answers if a.persona == persona]


def _ask(client: Any, url: str, method: str) -> Any:
    response = client.post(url, {}) if method == "POST" else client.get(url)
    finish(response)
    return response


# They change the asking client itself (log it out, switch its language); the explicit matrix covers them.
NOT_SWEPT = {"logout", "set_language"}


def ask_every_persona(found: Crawl) -> list[Answer]:
    answers = []
    for persona, username in PERSONAS.items():
        client = client_for(username)
        for target in [t for t in found.targets() if t.route not in NOT_SWEPT]:
            with transaction.atomic():
                response = _ask(client, target.url, target.method)
                transaction.set_rollback(True)  # a POST that succeeds must not change what the next one sees
            html = (
                response.content.decode(errors="replace")
                if not response.streaming and (response.get("Content-Type", "").startswith("text/html"))
                else ""
            )
            answers.append(
                Answer(
                    target.route,
                    target.url,
                    target.method,
                    persona,
                    response.status_code,
                    response.get("Location", ""),
                    dict(response.headers),
                    html,
                )
            )
    return answers


@dataclass(frozen=True)
class FormTarget:
    username: str | None
    url: str
    form: Form


@dataclass(frozen=True)
class Forms:
    targets: dict[str, FormTarget]
    not_post: set[str]
    counts_sql: str


def fuzz_targets(found: Crawl) -> Forms:
    """The first POST form seen for each route (as the user who saw it), the extra contexts, and the routes
    that refuse POST."""
    targets = {route: FormTarget(s[0].username, s[0].url, s[0].form) for route, s in found.forms.items()}
    for route, (username, url, form) in EXTRA_CONTEXTS.items():
        targets.setdefault(route, FormTarget(username, url, form))
    not_post = {r for r in ROUTES if r not in targets and refuses_post(r, found.found.values())}
    for route in KNOWN_UNREACHED - set(targets) - not_post:
        url, form = fallback_form(route, found.found.values())
        targets[route] = FormTarget("clerk", url, form)
    return Forms(targets, not_post, counts_sql())


class Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """The message and, for an exception, its text: what a log holds of data. The traceback's frames
        are code, not data, and formatting one for each template variable Django fails to resolve (logged
        at DEBUG) would cost more than the whole sweep."""
        error = record.exc_info[1] if record.exc_info else None
        self.lines.append(f"{record.name} {record.levelname} {record.getMessage()} {error or ''}")
