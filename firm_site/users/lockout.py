"""Brute-force protection on the admin sign-in (django-axes; settings in base.py).

After AXES_FAILURE_LIMIT failed sign-ins from one address, or for one username,
sign-in is refused for AXES_COOLOFF_TIME, with the Wagtail sign-in page saying
so. Unlocking sooner: `manage.py axes_reset_username USERNAME` or
`axes_reset_ip ADDRESS` (docs/runbook.md). The address counted is the one the
consultation form's limit counts (`firm_site.security.client_address`).
"""

import math

from axes.helpers import get_cool_off
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail.admin.views.account import get_user_login_form


def locked_out_response(request, original_response=None, credentials=None):
    """The Wagtail sign-in page, with why sign-in is refused and for how long."""
    minutes = math.ceil(get_cool_off(request).total_seconds() / 60)
    message = ngettext(
        "Too many failed sign-in attempts. Sign-in is locked for %(minutes)d "
        "minute; ask the firm's administrator if you cannot wait.",
        "Too many failed sign-in attempts. Sign-in is locked for %(minutes)d "
        "minutes; ask the firm's administrator if you cannot wait.",
        minutes,
    ) % {"minutes": minutes}
    form = get_user_login_form()(request)
    return TemplateResponse(
        request,
        "users/locked_out.html",
        {"form": form, "lockout_message": message},
        status=settings.AXES_HTTP_RESPONSE_CODE,
        headers={"Retry-After": str(minutes * 60)},
    ).render()
