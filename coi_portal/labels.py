"""Labels for pages that show many rows, translated once per language and process.

``Model.get_FOO_display()`` builds a dictionary of every choice of the field on each call, translating every
label to hash it, and each ``str()`` of a lazy label asks every translation catalog again: a register page
of 50 rows spent a third of its time there. Labels never change while the process runs, so they are
looked up once per (label, language).
"""

from __future__ import annotations

import functools

from django.db import models
from django.utils import translation
from django.utils.functional import Promise


@functools.lru_cache(maxsize=4096)
def _choice(choices: type[models.Choices], value: object, language: str | None) -> str:
    return str(choices(value).label)


def choice_label(choices: type[models.Choices], value: object) -> str:
    """The label of ``value`` in the active language; the value itself when it is not one of the choices."""
    try:
        return _choice(choices, value, translation.get_language())
    except ValueError:
        return "" if value is None else str(value)


_constants: dict[tuple[int, str | None], str] = {}


def constant(label: Promise) -> str:
    """``str(label)`` for a lazily translated module-level constant (kept for the process's life, so its
    identity is a stable key), in the active language."""
    key = (id(label), translation.get_language())
    text = _constants.get(key)
    if text is None:
        text = _constants[key] = str(label)
    return text
