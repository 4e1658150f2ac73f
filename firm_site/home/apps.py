from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "firm_site.home"
    verbose_name = _("Home and standard pages")
