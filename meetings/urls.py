from __future__ import annotations

from django.urls import path

from meetings import views, views_keep, views_public, views_records, views_reports

app_name = "meetings"
urlpatterns = [
    # Public, without login.
    path("o/<slug:org>/meetings/", views_public.public_schedule, name="public_schedule"),
    path("meetings/feed/<str:token>.ics", views_public.personal_feed, name="personal_feed"),
    path("meetings/<slug:org>/<int:year>.ics", views_public.year_feed, name="ics"),
    # The organization's accounts.
    path("meetings/", views.index, name="index"),
    path("meetings/plan/", views.plan, name="plan"),
    path("meetings/mine/", views.mine, name="mine"),
    path("meetings/mine/link/", views.feed_issue, name="feed_issue"),
    path("meetings/mine/link/revoke/", views.feed_revoke, name="feed_revoke"),
    path("meetings/compliance/", views_reports.compliance_page, name="compliance"),
    path("meetings/compliance.pdf", views_reports.compliance_pdf, name="compliance_pdf"),
    path("meetings/<int:pk>/", views.detail, name="detail"),
    path("meetings/<int:pk>/move/", views_keep.move, name="move"),
    path("meetings/<int:pk>/cancel/", views_keep.cancel, name="cancel"),
    path("meetings/<int:pk>/attendance/", views_keep.attendance, name="attendance"),
    path("meetings/<int:pk>/minutes/", views_keep.minutes, name="minutes"),
    path("meetings/<int:pk>/minutes/file/", views_keep.minutes_file, name="minutes_file"),
    path("meetings/<int:pk>/minutes.pdf", views_reports.minutes_pdf, name="minutes_pdf"),
    path("meetings/<int:pk>/photos/", views_keep.photos, name="photos"),
    path("meetings/<int:pk>/photos/<int:photo_pk>/", views_keep.photo, name="photo"),
    path("meetings/<int:pk>/agenda/", views_records.agenda, name="agenda"),
    path("meetings/<int:pk>/agenda/<int:item_pk>/remove/", views_records.agenda_remove, name="agenda_remove"),
    path("meetings/<int:pk>/interests/", views_records.interests, name="interests"),
    path("meetings/<int:pk>/resolutions/", views_records.resolutions, name="resolutions"),
]
