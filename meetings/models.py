"""The meetings that carry out measures 5 and 7 of the organization's notice, and what proves they were held.

A ``Meeting`` is created by planning (``meetings.services.plan_year``) and then kept by hand: moved or
cancelled with a reason, or recorded as held with its attendance, minutes, photos, agenda, the officials'
interest declarations (measure 5) and the village's resolutions (measure 7, with the budget requests of
measure 6). Its ``uid`` is fixed at creation and is the iCalendar UID, so calendar apps update an event
rather than add a second one; ``sequence`` goes up with every change of date, time or status.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from coi_portal.thai import date_short
from declarations.models import Official, Organization, Village


class Measure(models.IntegerChoices):
    STAFF = 5, _("Measure 5: monthly meeting on separating private and public interest")
    VILLAGE = 7, _("Measure 7: meeting with the people of a village on caring for public property")


class MeetingStatus(models.TextChoices):
    # With a context: "moved" is already a custody entry of the gifts app ("moved to another store").
    PLANNED = "planned", pgettext_lazy("meeting status", "planned")
    MOVED = "moved", pgettext_lazy("meeting status", "moved")
    CANCELLED = "cancelled", pgettext_lazy("meeting status", "cancelled")
    HELD = "held", pgettext_lazy("meeting status", "held")


def new_uid() -> str:
    return f"{uuid.uuid4()}@coi-portal"


def meeting_file_path(instance: Any, filename: str) -> str:
    """Stored under a random name; the original name is kept in the row only."""
    return f"meetings/{uuid.uuid4().hex}"


class Meeting(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="meetings")
    measure = models.PositiveSmallIntegerField(_("measure"), choices=Measure.choices)
    village = models.ForeignKey(
        Village,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("village"),
    )
    # The month whose duty the meeting fills (its first day): a meeting moved past its month still counts
    # for that month, as a late one.
    for_month = models.DateField(_("for the month of"))
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200)
    status = models.CharField(
        _("status"), max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED
    )
    uid = models.CharField(max_length=100, unique=True, default=new_uid, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    moved_from = models.DateField(_("moved from"), null=True, blank=True)
    move_reason = models.CharField(_("reason for moving"), max_length=300, blank=True)
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=300, blank=True)
    citizens = models.PositiveIntegerField(_("citizens present"), null=True, blank=True)
    planned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date", "start_time", "measure", "village__moo_no"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "measure", "village", "for_month"],
                condition=Q(village__isnull=False),
                name="meeting_one_per_village_month",
            ),
            models.UniqueConstraint(
                fields=["organization", "measure", "for_month"],
                condition=Q(village__isnull=True),
                name="meeting_one_staff_per_month",
            ),
            models.CheckConstraint(
                condition=(Q(measure=7) & Q(village__isnull=False))
                | (Q(measure=5) & Q(village__isnull=True)),
                name="meeting_village_iff_measure_7",
            ),
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")), name="meeting_ends_after_start"
            ),
        ]
        indexes = [models.Index(fields=["organization", "date"], name="meeting_org_date")]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        who = str(self.village) if self.village_id else "ประชุมประจำเดือน"
        return f"{who} {date_short(self.date)}"

    @property
    def is_village_meeting(self) -> bool:
        return self.measure == Measure.VILLAGE

    @property
    def is_open(self) -> bool:
        """Planned or moved: not yet held, not cancelled."""
        return self.status in (MeetingStatus.PLANNED, MeetingStatus.MOVED)


class MeetingPlanNote(models.Model):
    """What the last planning run said about one month: the village-meeting limit it used (raised above
    ``base_limit`` when the month has too few working days before the 10th) and what it could not place."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="meeting_plan_notes"
    )
    month = models.DateField(_("month"))
    base_limit = models.PositiveSmallIntegerField(_("village meetings a day"))
    daily_limit = models.PositiveSmallIntegerField(_("village meetings a day this month"))
    unplanned_villages = models.JSONField(_("villages not planned (หมู่ numbers)"), default=list)
    staff_unplanned = models.BooleanField(_("measure 5 meeting not planned"), default=False)
    planned_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organization", "month"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "month"], name="plan_note_unique_month")
        ]

    def __str__(self) -> str:
        return f"{self.organization} {self.month:%Y-%m}"

    @property
    def raised(self) -> bool:
        return self.daily_limit > self.base_limit


class Attendee(models.Model):
    """An official present, by name and office as they were on the day (kept even if the person leaves)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendees")
    official = models.ForeignKey(Official, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    name = models.CharField(_("name"), max_length=200)
    office = models.CharField(_("office"), max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "id"]

    def __str__(self) -> str:
        return self.name


class Minutes(models.Model):
    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="minutes")
    text = models.TextField(_("minutes"))
    file = models.FileField(upload_to=meeting_file_path, blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=60, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"minutes {self.meeting}"


class Photo(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to=meeting_file_path)
    file_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=60)
    sha256 = models.CharField(max_length=64)
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "id"]

    def __str__(self) -> str:
        return self.file_name


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    number = models.PositiveSmallIntegerField(_("item"))
    title = models.CharField(_("title"), max_length=300)
    detail = models.TextField(_("detail"), blank=True)
    # The company or person the item concerns (a contractor, a land seller…): what declarations are checked
    # against.
    counterparty = models.CharField(_("concerns (company or person)"), max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "number"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="agenda_item_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class InterestDeclaration(models.Model):
    """An expected official's answer, before a measure-5 meeting, for one agenda item. ``record_matches``
    is what the portal's records say about the official and the item (``[{"kind": "spouse", "name": …}]``:
    the official, a spouse or a relative named as the counterparty); an answer of "no interest" against
    such a match is flagged for the chair."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="declarations")
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="meeting_declarations")
    has_interest = models.BooleanField(_("has an interest"))
    note = models.CharField(_("note"), max_length=500, blank=True)
    record_matches = models.JSONField(default=list, blank=True)
    declared_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["item", "official__first_name_th"]
        constraints = [models.UniqueConstraint(fields=["item", "official"], name="declaration_one_per_item")]

    def __str__(self) -> str:
        return f"{self.official} – {self.item}"

    @property
    def flagged(self) -> bool:
        return not self.has_interest and bool(self.record_matches)


class Resolution(models.Model):
    """A resolution of the village meeting (ประชาคม); a budget request is how measure 6 allocates the
    village's budget by the people's resolution."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="resolutions")
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("resolution"))
    is_budget_request = models.BooleanField(_("budget request (measure 6)"), default=False)
    project = models.CharField(_("project"), max_length=300, blank=True)
    amount = models.DecimalField(
        _("amount requested (baht)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    votes_for = models.PositiveIntegerField(_("votes for"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("votes against"), null=True, blank=True)

    class Meta:
        ordering = ["meeting", "number"]
        constraints = [models.UniqueConstraint(fields=["meeting", "number"], name="resolution_unique_number")]

    def __str__(self) -> str:
        return f"{self.number}. {self.text[:60]}"


class FeedToken(models.Model):
    """The secret of an official's personal calendar link. Revoking sets ``revoked_at``; a new link is a
    new row. The token is kept in clear so that the official can copy their link again later: it only
    reveals a meeting schedule that is mostly public anyway."""

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="meeting_feed_tokens")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["official", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["official"], condition=Q(revoked_at__isnull=True), name="feed_token_one_active"
            )
        ]

    def __str__(self) -> str:
        return f"feed of {self.official}"


class MeetingReminderLog(models.Model):
    """One row per reminder sent, so that a second run the same day sends nothing again."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
