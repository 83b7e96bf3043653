from __future__ import annotations

from django.urls import path

from coi_portal.security import views

app_name = "security"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("enrol/", views.enroll, name="enroll"),
    path("verify/", views.verify, name="verify"),
    path("backup-codes/", views.backup_codes, name="backup_codes"),
    path("remove/", views.remove, name="remove"),
    path("confirm-password/", views.reauthenticate, name="reauthenticate"),
]
