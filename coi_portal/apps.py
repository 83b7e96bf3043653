from __future__ import annotations

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "coi_portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from coi_portal import signals  # noqa: F401 - connects the receivers


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django admin with the portal's site, which admits organization administrators (see admin_site)."""

    default = False
    default_site = "coi_portal.admin_site.PortalAdminSite"
