from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from . import kept_conflicts
        from .booking import slots

        slots.connect_signal_handlers()
        kept_conflicts.connect_signal_handlers()
