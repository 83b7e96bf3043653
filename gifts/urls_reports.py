"""The gift register, its exports, the ITA report, and the public pages (self-check, public register)."""

from __future__ import annotations

from django.urls import path

from gifts import views_public, views_register

app_name = "gift_reports"
urlpatterns = [
    path("gifts/check/", views_public.check, name="check"),
    path("o/<slug:org>/gifts/", views_public.public_register, name="public_register"),
    path("gifts/register/", views_register.register_page, name="register"),
    path("gifts/register.csv", views_register.register_csv, name="register_csv"),
    path("gifts/register.xlsx", views_register.register_xlsx, name="register_xlsx"),
    path("gifts/reports/ita/", views_register.ita_report, name="ita_report"),
]
