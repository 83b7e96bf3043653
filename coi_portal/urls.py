from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from coi_portal import views
from coi_portal.security import forms as security_forms
from coi_portal.security import views as security_views
from coi_portal.security.middleware import second_factor_exempt

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("audit/", views.audit_log, name="audit_log"),
    path("legal-rules/", views.legal_rules, name="legal_rules"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            authentication_form=security_forms.LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("accounts/logout/", second_factor_exempt(auth_views.LogoutView.as_view()), name="logout"),
    path("accounts/password/", security_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/security/", include("coi_portal.security.urls")),
    path("documents/", include("coi_portal.prepared.urls")),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("people/", include("declarations.urls")),
    path("gifts/", include("gifts.urls")),
    path("", include("gifts.urls_reports")),
    path("", include("measures.urls")),
    path("", include("meetings.urls")),
    path("", include("privacy.urls")),
    path("", include("participation.urls")),
    path("admin/", admin.site.urls),
]

# An unexpected error shows a page with a reference id and no trace; 503 while the database is away.
handler500 = "coi_portal.security.errors.server_error"
