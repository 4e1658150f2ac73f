"""The server error page and the health check (views that must not need the
database), and the firm's brand colours as a stylesheet."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
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


# base.html links /brand.css?v=<the colours>: a new colour is a new address.
BRAND_CSS_MAX_AGE = 60 * 60 * 24 * 365


@cache_control(public=True, max_age=BRAND_CSS_MAX_AGE)
def brand_css(request):
    """The brand colours from FirmSettings as CSS custom properties: a stylesheet,
    because the public pages' CSP allows no inline style."""
    return render(
        request,
        "brand.css",
        {"firm": FirmSettings.for_request(request)},
        content_type="text/css; charset=utf-8",
    )
