"""``{% recent_password_field %}``: the password field of a grave act's form, shown only when the password
was not typed recently (see ``coi_portal.security.reauth``)."""

from __future__ import annotations

from typing import Any

from django import template

from coi_portal.security import reauth

register = template.Library()


@register.inclusion_tag("coi_portal/security/includes/password_field.html", takes_context=True)
def recent_password_field(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    needed = request is not None and request.user.is_authenticated and not reauth.is_recent(request)
    return {"needed": needed, "name": reauth.PASSWORD_FIELD}
