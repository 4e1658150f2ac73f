"""Views for the machines that run the site, not for people."""

from django.http import HttpResponse


def healthz(request):
    """Answers through every middleware without touching the database.

    Load balancers ask it whether an app server is up; the benchmark uses it as
    the floor: no request through the same stack can be served faster.
    """
    return HttpResponse("ok", content_type="text/plain")
