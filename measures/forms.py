"""Forms of the measures app. They parse and validate input; services decide and save."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from coi_portal.thai import arabic_digits
from declarations.models import Official, Organization
from measures.certificates import MAX_PKCS12_BYTES
from measures.models import CertificateKind, NoticeKind

MAX_PDF_BYTES = 10 * 1024 * 1024
MIN_YEAR_BE, MAX_YEAR_BE = 2540, 2700
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class YearField(forms.IntegerField):
    """A Buddhist-era year; Thai digits are accepted."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=MIN_YEAR_BE, max_value=MAX_YEAR_BE, **kwargs)

    def to_python(self, value: Any) -> int | None:
        return super().to_python(arabic_digits(str(value)) if value not in (None, "") else value)


class NoticeCreateForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=NoticeKind.choices)
    year_be = YearField(label=_("Year (B.E.)"), help_text=_("For example 2570 or ๒๕๗๐."))


class NoticeForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    issuing_body = forms.CharField(
        label=_("Issuing body"),
        max_length=300,
        required=False,
        help_text=_("The line with the organization's name, printed with the title."),
    )
    signer = forms.ModelChoiceField(label=_("Signer"), queryset=Official.objects.none(), required=False)
    signer_name = forms.CharField(label=_("Signer's name as printed"), max_length=200, required=False)
    signer_position = forms.CharField(label=_("Signer's position as printed"), max_length=300, required=False)
    signed_on = forms.DateField(
        label=_("Date of the notice"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
        help_text=_("Leave empty to date it on the day it is signed."),
    )

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        signer = self.fields["signer"]
        assert isinstance(signer, forms.ModelChoiceField)
        signer.queryset = Official.objects.filter(organization=organization, left_office_on__isnull=True)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        official = data.get("signer")
        if official is not None and not data.get("signer_name"):
            data["signer_name"] = official.full_name_th
        return data


class SectionForm(forms.Form):
    heading = forms.CharField(label=_("Heading"), max_length=300, required=False)
    body = forms.CharField(
        label=_("Text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_('One paragraph per line. Numbered items start with their number: "๑. …" or "(๑) …".'),
    )

    def clean_body(self) -> str:
        return "\n\n".join(line.strip() for line in self.cleaned_data["body"].splitlines() if line.strip())


class OverrideForm(forms.Form):
    code = forms.ChoiceField(label=_("Finding"))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)

    def __init__(self, *args: Any, codes: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        code = self.fields["code"]
        assert isinstance(code, forms.ChoiceField)
        code.choices = [(item, item) for item in codes]


class SignForm(forms.Form):
    password = forms.CharField(
        label=_("Password of your signing certificate"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        help_text=_("It opens your key for this one signature and is not stored."),
    )
    confirm = forms.BooleanField(label=_("I have read this notice and sign it."))


class CertificateUploadForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=CertificateKind.choices)
    official = forms.ModelChoiceField(
        label=_("Official (personal certificates)"), queryset=Official.objects.none(), required=False
    )
    file = forms.FileField(label=_("PKCS#12 file (.p12 or .pfx)"))
    password = forms.CharField(
        label=_("Its password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        help_text=_("Used once to check that the file opens; it is not stored."),
    )

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        official = self.fields["official"]
        assert isinstance(official, forms.ModelChoiceField)
        official.queryset = Official.objects.filter(organization=organization, left_office_on__isnull=True)

    def clean_file(self) -> bytes:
        upload: UploadedFile = self.cleaned_data["file"]
        if (upload.size or 0) > MAX_PKCS12_BYTES:
            raise forms.ValidationError(_("A certificate file is at most 64 KB."))
        return upload.read()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == CertificateKind.PERSONAL and data.get("official") is None:
            self.add_error("official", _("Choose whose certificate this is."))
        return data


class VerifyForm(forms.Form):
    """A SHA-256 typed or pasted, or a PDF uploaded: exactly one of them."""

    sha256 = forms.CharField(label=_("SHA-256 of the file"), max_length=100, required=False)
    file = forms.FileField(label=_("Or the PDF file itself"), required=False, help_text=_("At most 10 MB."))

    def clean_sha256(self) -> str:
        value = "".join(self.cleaned_data["sha256"].split()).lower()
        if value and not SHA256.match(value):
            raise forms.ValidationError(_("A SHA-256 is 64 characters 0-9 and a-f."))
        return value

    def clean_file(self) -> bytes | None:
        upload: UploadedFile | None = self.cleaned_data.get("file")
        if upload is None:
            return None
        if (upload.size or 0) > MAX_PDF_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        data = upload.read()
        if not data.startswith(b"%PDF-"):
            raise forms.ValidationError(_("The file is not a PDF."))
        return data

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and bool(data.get("sha256")) == bool(data.get("file")):
            raise forms.ValidationError(_("Give either the SHA-256 or the file."))
        return data
