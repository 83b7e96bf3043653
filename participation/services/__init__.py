"""Writes of the participation app, one transaction with its audit entry each."""

from __future__ import annotations

from participation.services.awareness import activity_record, case_publish, case_withdraw, draft_case_summary
from participation.services.common import ParticipationError
from participation.services.evidence import (
    ita_item_remove,
    ita_item_save,
    ita_link_add,
    ita_link_remove,
    measure_save,
    risk_add,
    risk_update,
)
from participation.services.tipoffs import (
    Submitted,
    tipoff_answer,
    tipoff_ask,
    tipoff_close,
    tipoff_find,
    tipoff_submit,
)

__all__ = [
    "ParticipationError",
    "Submitted",
    "activity_record",
    "case_publish",
    "case_withdraw",
    "draft_case_summary",
    "ita_item_remove",
    "ita_item_save",
    "ita_link_add",
    "ita_link_remove",
    "measure_save",
    "risk_add",
    "risk_update",
    "tipoff_answer",
    "tipoff_ask",
    "tipoff_close",
    "tipoff_find",
    "tipoff_submit",
]
