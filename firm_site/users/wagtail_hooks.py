from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls))]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("two_factor:index"),
        "label": _("Two-step sign-in"),
        "help_text": _(
            "Your authenticator app and recovery codes: set them up or renew them."
        ),
    }


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action(
        "users.two_factor_set_up",
        _("Set up two-step sign-in"),
        _("Authenticator app set up"),
    )
    actions.register_action(
        "users.recovery_codes", _("New recovery codes"), _("New recovery codes made")
    )
    actions.register_action(
        "users.two_factor_reset",
        _("Reset two-step sign-in"),
        _("Two-step sign-in reset by an administrator"),
    )
