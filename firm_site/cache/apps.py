from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "firm_site.cache"
    label = "page_cache"
    verbose_name = _("Page cache")

    def ready(self):
        from .invalidation import connect_signal_handlers

        connect_signal_handlers()
