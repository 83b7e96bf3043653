from __future__ import annotations

from django.urls import path

from coi_portal.prepared import views

app_name = "prepared"
urlpatterns = [
    path("", views.document_list, name="list"),
    path("prepare/<str:kind>/", views.prepare, name="prepare"),
    path("<uuid:pk>/", views.detail, name="detail"),
    path("<uuid:pk>/file/", views.download, name="download"),
]
