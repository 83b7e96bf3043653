"""The warnings policy (docs/decisions/0014-locked-dependencies.md), checked against the filters the suite runs
with: the project's own warnings fail, a dependency's are shown, the listed ones are hidden."""

from __future__ import annotations

import warnings

import pytest
from django.utils.deprecation import RemovedInNextVersionWarning

from coi_portal import third_party_warnings


def warn_from(module: str, message: str, category: type[Warning] = DeprecationWarning) -> None:
    """A warning attributed to ``module``, as Python attributes one raised from that module's code."""
    warnings.warn_explicit(
        message, category, filename=f"{module.replace('.', '/')}.py", lineno=1, module=module
    )


@pytest.mark.parametrize(
    "module", ["gifts.services", "coi_portal.documents", "legal.gifts", "tests.factories"]
)
def test_a_warning_the_project_causes_is_an_error(module):
    with pytest.raises(DeprecationWarning, match="old way"):
        warn_from(module, "old way")


def test_a_django_deprecation_raised_from_djangos_own_code_is_an_error():
    """Django does not use its own deprecated features: such a warning is about the project's use of it."""
    with pytest.raises(RemovedInNextVersionWarning):
        warn_from("django.conf", "the setting X is deprecated", RemovedInNextVersionWarning)


@pytest.mark.parametrize("category", [DeprecationWarning, UserWarning, FutureWarning])
def test_a_dependency_warning_from_its_own_code_is_shown_not_fatal(category):
    with warnings.catch_warnings(record=True) as seen:
        warn_from("somelibrary.internals", "will change in 2.0", category)
    assert [str(w.message) for w in seen] == ["will change in 2.0"]


def test_a_project_module_name_is_not_matched_by_a_prefix_of_a_dependency():
    """``giftshop`` is not ``gifts``: the rule matches whole package names."""
    with warnings.catch_warnings(record=True) as seen:
        warn_from("giftshop.views", "theirs")
    assert len(seen) == 1


@pytest.mark.parametrize("hidden", third_party_warnings.HIDDEN, ids=lambda h: h.message)
def test_each_listed_warning_is_hidden_and_says_why_and_when_to_look_again(hidden):
    module = hidden.module.replace("\\.", ".") + "somewhere"
    with warnings.catch_warnings(record=True) as seen:
        warn_from(module, hidden.message + " and more", UserWarning)
    assert seen == []
    assert len(hidden.reason) > 40 and len(hidden.revisit) > 20


def test_the_settings_hide_the_same_list_at_run_time():
    """manage.py and gunicorn load the settings, which install the list: a signing process stays quiet."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.resetwarnings()
        warnings.simplefilter("always")
        third_party_warnings.hide()
        warn_from(
            "pyhanko.sign.signers.pdf_cms", "DSA is deprecated and support will be removed", UserWarning
        )
        warn_from("pyhanko.sign.signers.pdf_cms", "something else", UserWarning)
    assert [str(w.message) for w in seen] == ["something else"]
