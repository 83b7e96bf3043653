"""Privacy notices: the version in force for an activity, and publishing a new version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Organization
from privacy.inventory import Activity
from privacy.models import S23_ELEMENTS, PrivacyNotice
from privacy.notices import default_content, missing_elements
from privacy.services.common import PrivacyError
from privacy.services.retention import retention_years


def _in_force(organization: Organization, activity: str, today: dt.date) -> PrivacyNotice | None:
    notices = PrivacyNotice.objects.filter(organization=organization, activity=activity)
    return (
        notices.filter(effective_on__lte=today).order_by("-version").first()
        or notices.order_by("version").first()
    )


def current_notice(*, organization: Organization, activity: Activity | str) -> PrivacyNotice:
    """The notice in force today for ``activity``; the default text is published as version 1 the first
    time an organization needs it, so every submission always has a version to store."""
    activity = Activity(activity)
    today = timezone.localdate()
    notice = _in_force(organization, activity, today)
    if notice is not None:
        return notice
    try:
        with transaction.atomic():
            thai, english = default_content(organization, activity, years=retention_years(organization))
            notice = PrivacyNotice.objects.create(
                organization=organization,
                activity=activity,
                version=1,
                effective_on=today,
                english=english,
                change_note="default",
                **thai,
            )
            audit.record(
                actor=None,
                action="privacy.notice_default",
                organization=organization,
                target=notice,
                after={"activity": activity.value, "version": 1},
            )
            return notice
    except IntegrityError:
        # Another request published version 1 first.
        found = _in_force(organization, activity, today)
        assert found is not None
        return found


def notice_version_for(*, organization: Organization, activity: Activity | str) -> str:
    """The label to store with a submission made now (``gifts-3``): call it inside the submitting service."""
    return current_notice(organization=organization, activity=activity).label


def notice_by_label(organization: Organization, label: str) -> PrivacyNotice | None:
    """The notice a submission stored as ``label``; None when the label names no notice."""
    activity, _sep, version = label.rpartition("-")
    if activity not in Activity.__members__.values() or not version.isdecimal():
        return None
    return PrivacyNotice.objects.filter(
        organization=organization, activity=activity, version=int(version)
    ).first()


def ensure_default_notices(organization: Organization) -> list[PrivacyNotice]:
    return [current_notice(organization=organization, activity=activity) for activity in Activity]


@transaction.atomic
def notice_publish(
    *,
    actor: User,
    organization: Organization,
    activity: Activity | str,
    content: Mapping[str, str],
    english: Mapping[str, str] | None = None,
    change_note: str = "",
    effective_on: dt.date | None = None,
    dpo: str = "",
) -> PrivacyNotice:
    """Publish the next version of ``activity``'s notice; refused when an s.23 element is empty."""
    activity = Activity(activity)
    missing = missing_elements(content)
    if missing:
        raise PrivacyError(
            _("Every element of the notice is required (PDPA s.23). Missing: %(names)s.")
            % {"names": ", ".join(missing)}
        )
    today = timezone.localdate()
    day = effective_on or today
    if day < today:
        raise PrivacyError(_("A new version cannot take effect in the past."))
    latest = PrivacyNotice.objects.select_for_update().filter(organization=organization, activity=activity)
    version = (latest.aggregate(top=Max("version"))["top"] or 0) + 1
    notice = PrivacyNotice.objects.create(
        organization=organization,
        activity=activity,
        version=version,
        effective_on=day,
        english={k: v.strip() for k, v in (english or {}).items() if k in S23_ELEMENTS and v.strip()},
        change_note=change_note.strip(),
        published_by=actor,
        dpo=dpo.strip(),
        **{name: content[name].strip() for name in S23_ELEMENTS},
    )
    audit.record(
        actor=actor,
        action="privacy.notice_publish",
        organization=organization,
        target=notice,
        after={"activity": activity.value, "version": version, "effective_on": day.isoformat()},
    )
    return notice
