"""Where the Wagtail admin lives: its URL moves with the ADMIN_URL_PATH setting.

Asked on every request by the middleware that concern staff only, so it reads
the setting firm_site/urls.py mounts the admin at rather than reversing a URL.
"""

from django.conf import settings


def admin_prefix():
    return "/" + settings.ADMIN_URL_PATH


def is_admin_request(request):
    return request.path_info.startswith(admin_prefix())
