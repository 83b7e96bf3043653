"""Forms of the security pages. They only parse."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core import validators
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The 6-digit code in your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class EnrolForm(forms.Form):
    token = forms.CharField(
        label=_("Code shown by the app"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class PasswordConfirmForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        max_length=200,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )


class LoginForm(AuthenticationForm):
    """The log-in form, refusing a user name longer than any account's before it tries to authenticate.

    Django sets the field's ``max_length`` after construction, which renders the attribute but adds no
    validator, so an over-long name would reach ``authenticate`` and the lockout record.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["username"]
        assert isinstance(field, forms.CharField)
        field.validators.append(validators.MaxLengthValidator(field.max_length))
