from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import (
    StaleTranslationsView,
    TranslationReportMenuItem,
    UntranslatedPagesView,
)


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "reports/untranslated-pages/",
            UntranslatedPagesView.as_view(),
            name="untranslated_pages",
        ),
        path(
            "reports/untranslated-pages/results/",
            UntranslatedPagesView.as_view(results_only=True),
            name="untranslated_pages_results",
        ),
        path(
            "reports/stale-translations/",
            StaleTranslationsView.as_view(),
            name="stale_translations",
        ),
        path(
            "reports/stale-translations/results/",
            StaleTranslationsView.as_view(results_only=True),
            name="stale_translations_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_untranslated_pages_menu_item():
    return TranslationReportMenuItem(
        _("Pages without a translation"),
        reverse("untranslated_pages"),
        name="untranslated-pages",
        icon_name="site",
        order=8900,
    )


@hooks.register("register_reports_menu_item")
def register_stale_translations_menu_item():
    return TranslationReportMenuItem(
        _("Translations behind their source"),
        reverse("stale_translations"),
        name="stale-translations",
        icon_name="warning",
        order=8910,
    )
