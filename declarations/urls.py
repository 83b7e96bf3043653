from __future__ import annotations

from django.urls import path

from declarations import views

app_name = "declarations"
urlpatterns = [
    path("", views.people_list, name="people_list"),
    path("<int:pk>/", views.official_detail, name="official_detail"),
]
