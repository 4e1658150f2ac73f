from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BenchConfig(AppConfig):
    """The benchmark and scale-out harness; only `bench.settings` installs it."""

    name = "bench"
    verbose_name = _("Benchmark")
