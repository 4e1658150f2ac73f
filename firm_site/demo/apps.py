from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site's content and its loader; production does not install it."""

    name = "firm_site.demo"
    verbose_name = _("Demo content")
