"""The label of a stored choice, for pages that show many rows.

``Model.get_FOO_display()`` builds a dictionary of every choice of the field on each call, translating every
label to hash it; a register page of 50 rows called it some 450 times. ``choice_label`` looks the value up
in the choices enumeration and translates that one label.
"""

from __future__ import annotations

from django.db import models


def choice_label(choices: type[models.Choices], value: object) -> str:
    """The label of ``value`` in the active language; the value itself when it is not one of the choices."""
    try:
        return str(choices(value).label)
    except ValueError:
        return "" if value is None else str(value)
