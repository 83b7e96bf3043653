"""Documents rendered in the background: a user asks, a task renders, the user downloads.

A report that grows with the organization's year (the ITA report on gifts) is not rendered in the
request: the request stores what was asked and enqueues ``tasks.render_document``, and the user's page
(``views.detail``) shows the status until the file is ready. Each app says what it can prepare in a
``prepared`` module with a list ``PRODUCERS`` (``PRODUCER_MODULES`` below names them).

The measure notice is the exception that stays in its request: the signer's key is opened with a password
typed there, and a password is never stored for a worker.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from django import forms
from django.contrib.auth.models import User

from coi_portal.permissions import AnyUser

PRODUCER_MODULES = ("gifts.prepared",)


@dataclass(frozen=True)
class Producer:
    """One kind of document. ``form`` parses the request's fields into JSON-safe ``cleaned_data`` (the
    stored parameters); ``title`` names the document from them; ``render`` returns the PDF's bytes and
    its file name, for the user who asked, in Thai. ``allowed`` is asked at the request and again when
    the task runs, so a user who lost the right in between gets nothing."""

    kind: str
    allowed: Callable[[AnyUser | None], bool]
    form: type[forms.Form]
    title: Callable[[dict[str, Any]], str]
    render: Callable[[User, dict[str, Any]], tuple[bytes, str]]


@functools.cache
def producers() -> dict[str, Producer]:
    found: dict[str, Producer] = {}
    for name in PRODUCER_MODULES:
        for producer in import_module(name).PRODUCERS:
            found[producer.kind] = producer
    return found
