from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    """Keeps the label `core`, so existing databases keep their tables and types."""

    name = "firm_site.base"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks  # noqa: F401  registers the deploy checks
