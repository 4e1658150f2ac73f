"""Two-factor sign-in pages in the admin: verify a code, set up an
authenticator, see and renew recovery codes."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from . import two_factor
from .forms import NewAuthenticatorForm, SecondFactorForm


def next_url(request):
    """Where to go once verified: the page asked for, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


class NextUrlMixin:
    def get_context_data(self, **kwargs):
        return super().get_context_data(next=next_url(self.request), **kwargs)


class VerifyView(NextUrlMixin, FormView):
    template_name = "users/two_factor/verify.html"
    form_class = SecondFactorForm

    def form_valid(self, form):
        device = two_factor.verify(self.request, form.cleaned_data["code"])
        if device is None:
            form.add_error(
                "code",
                _(
                    "That code is not right, or has expired. Wait for the next "
                    "code and try again."
                ),
            )
            return self.form_invalid(form)
        if device.persistent_id.startswith("otp_static"):
            left = two_factor.recovery_codes_left(self.request.user)
            messages.warning(
                self.request,
                _(
                    "You signed in with a recovery code; %(left)d left. Set up "
                    "your authenticator again, or make new codes, soon."
                )
                % {"left": left},
            )
        return redirect(next_url(self.request))


@method_decorator(never_cache, name="dispatch")
class SetUpView(NextUrlMixin, FormView):
    """Scan the code, type the first six digits: the authenticator is confirmed
    and the recovery codes are shown, once."""

    template_name = "users/two_factor/set_up.html"
    form_class = NewAuthenticatorForm

    def dispatch(self, request, *args, **kwargs):
        self.device = two_factor.pending_authenticator(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            qr_code=two_factor.qr_code_data_uri(self.device),
            secret=two_factor.secret_for_manual_entry(self.device),
            **kwargs,
        )

    def form_valid(self, form):
        code = "".join(form.cleaned_data["code"].split())
        if not self.device.verify_token(code):
            form.add_error(
                "code",
                _("That code does not match. Check the app's clock and try again."),
            )
            return self.form_invalid(form)
        two_factor.confirm_authenticator(self.request, self.device)
        log(
            instance=self.request.user,
            action="users.two_factor_set_up",
            user=self.request.user,
        )
        return show_recovery_codes(self.request, next_url(self.request))


def show_recovery_codes(request, continue_url):
    codes = two_factor.new_recovery_codes(request.user)
    log(instance=request.user, action="users.recovery_codes", user=request.user)
    return RecoveryCodesView.as_view()(request, codes=codes, continue_url=continue_url)


@method_decorator(never_cache, name="dispatch")
class RecoveryCodesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "users/two_factor/recovery_codes.html"
    page_title = _("Your recovery codes")
    header_icon = "key"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(**kwargs))


class TwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    """Where a staff member sees their second factor and renews it."""

    template_name = "users/two_factor/index.html"
    page_title = _("Two-step sign-in")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            authenticator=two_factor.authenticator_of(user),
            recovery_codes_left=two_factor.recovery_codes_left(user),
            **kwargs,
        )

    def post(self, request):
        """New recovery codes; the old ones stop working."""
        if two_factor.authenticator_of(request.user) is None:
            return redirect("two_factor:set_up")
        return show_recovery_codes(request, reverse("two_factor:index"))
