"""Where the Wagtail admin lives: its URL moves with the ADMIN_URL_PATH setting."""

from django.urls import reverse


def admin_prefix():
    return reverse("wagtailadmin_home")


def is_admin_request(request):
    return request.path_info.startswith(admin_prefix())
