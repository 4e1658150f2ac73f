from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import UntranslatedPagesMenuItem, UntranslatedPagesView


@hooks.register("register_admin_urls")
def register_untranslated_pages_urls():
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
    ]


@hooks.register("register_reports_menu_item")
def register_untranslated_pages_menu_item():
    return UntranslatedPagesMenuItem(
        _("Pages without a translation"),
        reverse("untranslated_pages"),
        name="untranslated-pages",
        icon_name="site",
        order=8900,
    )
