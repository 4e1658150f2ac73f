"""The server error page and the health check: views that must not need the
database."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.views.decorators.csrf import requires_csrf_token

from .models import FirmSettings


def firm_from_settings():
    """The firm as the settings name it, for pages shown when the database may be
    the thing that failed; never saved."""
    return FirmSettings(
        firm_name=settings.WAGTAIL_SITE_NAME, phone=settings.FIRM_PHONE_FALLBACK
    )


@requires_csrf_token
def server_error(request):
    """Django's own, given the firm: rendered without the request, so no context
    processor reaches the database."""
    content = render_to_string("500.html", {"firm": firm_from_settings()})
    return HttpResponseServerError(content)


def healthz(request):
    """Answers through every middleware without touching the database.

    Load balancers ask it whether an app server is up; the benchmark uses it as
    the floor: no request through the same stack can be served faster.
    """
    return HttpResponse("ok", content_type="text/plain")
