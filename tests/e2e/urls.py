"""The site's addresses and its uploaded files (the demo's images), which the
live server does not serve and Django serves only in DEBUG."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from firm_site import urls as site_urls

handler500 = site_urls.handler500


def uploaded_file(request, path):
    """MEDIA_ROOT is read at each request: each browser test sets its own."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", uploaded_file),
    *site_urls.urlpatterns,
]
