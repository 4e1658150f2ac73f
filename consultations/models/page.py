"""The consultation form page: the one model that knows the form and the intake.

Editors write the words around the form; the form, the abuse checks and the
saving live in `consultations.forms`, `consultations.limits` and
`consultations.intake`, which this page calls and which never call it back.
"""

from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from firm_site.base.pages import BasePage

from .. import limits
from ..booking.links import offered_booking_url
from ..booking.pages import BookingRoutesMixin
from ..choices import BestTime, ContactMethod
from ..forms import ConsultationRequestForm, initial_from_request
from ..intake import receive_request
from .requests import ConsultationRequest

THANK_YOU_SESSION_KEY = "consultations:reference"
REPLY_SESSION_KEY = "consultations:reply"
REQUEST_TOO_LARGE = ("consultations/request_too_large.html", 413)
RATE_LIMITED = ("consultations/rate_limited.html", 429)


def reply_context(reply):
    """How and when we will reach the prospect, as the thank-you page says it."""
    method = reply.get("contact_method")
    best_time = reply.get("best_time")
    return {
        "contact_method": ContactMethod(method).label if method else "",
        "best_time": BestTime(best_time).label if best_time else "",
        "email_given": reply.get("email_given", False),
        "urgent": reply.get("urgent", False),
    }


class ConsultationPage(BookingRoutesMixin, RoutablePageMixin, BasePage):
    """The free-consultation form; editors write the words around it.

    Shaped like Wagtail's form pages (`wagtail.contrib.forms`): the routes only
    orchestrate, and each step is a small method a subclass may override. The form,
    the spam and abuse checks and the saving live in `consultations/`.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    related_for_serving = ("social_image", "locale")

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    side_text = RichTextField(
        _("text beside the form"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("What happens after sending, and how we protect privacy."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Shown after a request is sent, above its reference."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("side_text"),
        FieldPanel("thank_you_text"),
    ]

    preview_modes = [("", _("Form")), ("thank_you", _("Thank-you page"))]

    class Meta:
        verbose_name = _("consultation page")

    @property
    def language_code(self):
        """The site language of this page, as requests record it."""
        return get_supported_language_variant(self.locale.language_code)

    @path("")
    @method_decorator(sensitive_post_parameters())
    def request_form(self, request):
        if request.method == "POST":
            if limits.body_too_large(request):
                return self.render_refusal(request, REQUEST_TOO_LARGE)
            form = self.get_form(request, data=request.POST)
            if form.is_valid():
                if not limits.submission_allowed(request):
                    return self.render_refusal(request, RATE_LIMITED)
                consultation_request = self.process_form_submission(form)
                return self.redirect_to_thank_you(request, consultation_request)
        else:
            form = self.get_form(request)
        return self.render_form(request, form)

    # Translators: the thank-you page's address after the form's: a word or two
    # of the language, lowercase, no accents, words joined by "-", ending in "/".
    @path(_("thank-you/"), name="thank_you")
    def thank_you(self, request):
        reference = request.session.get(THANK_YOU_SESSION_KEY)
        if reference is None:
            return redirect(self.get_url(request))
        reply = request.session.get(REPLY_SESSION_KEY) or {}
        return self.render_thank_you(request, reference, reply=reply)

    @path("thank-you/", name="thank_you_in_english")
    def thank_you_in_english(self, request):
        """The Spanish and Portuguese thank-you pages had the English address
        before they had their own: an old link leads to the new one."""
        return redirect(
            self.get_url(request) + self.reverse_subpage("thank_you"), permanent=True
        )

    def get_form(self, request, data=None):
        """The form for this page's language. It filters pages by the locale's key
        and guesses the prospect's language from the one the visitor reads (the
        address's prefix, which serves this page): no Locale row is read."""
        return ConsultationRequestForm(
            data,
            locale=self.locale_id,
            initial=initial_from_request(request, language=request.LANGUAGE_CODE),
        )

    def process_form_submission(self, form):
        """Save the request and queue its notifications; spam is saved too."""
        consultation_request = form.save(commit=False)
        consultation_request.language = self.language_code
        return receive_request(
            consultation_request,
            spam_reason=form.spam_reason,
            other_parties=form.other_parties(),
        )

    def redirect_to_thank_you(self, request, consultation_request):
        """The reference travels in the session, so no address reveals it, with
        how we will reply, so the page promises only what will happen."""
        request.session[THANK_YOU_SESSION_KEY] = consultation_request.reference
        request.session[REPLY_SESSION_KEY] = {
            "contact_method": consultation_request.contact_method,
            "best_time": consultation_request.best_time,
            "email_given": bool(consultation_request.email),
            "urgent": consultation_request.is_urgent,
        }
        return redirect(self.get_url(request) + self.reverse_subpage("thank_you"))

    def render_form(self, request, form):
        response = self.render(request, context_overrides={"form": form})
        add_never_cache_headers(response)
        return response

    def render_thank_you(self, request, reference, *, reply):
        response = self.render(
            request,
            template="consultations/thank_you.html",
            context_overrides={
                "reference": reference,
                "booking_url": self.booking_offer(request, reference),
                **reply_context(reply),
            },
        )
        add_never_cache_headers(response)
        return response

    def booking_offer(self, request, reference):
        """The link to choose a time online, or "" (booking off, or a preview)."""
        consultation_request = ConsultationRequest.objects.filter(
            reference=reference
        ).first()
        return consultation_request and offered_booking_url(
            consultation_request, request
        )

    def render_refusal(self, request, refusal):
        template, status = refusal
        response = self.render(request, template=template)
        response.status_code = status
        add_never_cache_headers(response)
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "thank_you":
            return self.render_thank_you(
                request,
                reference="CR-XXXXXX",
                reply={"contact_method": ContactMethod.PHONE, "email_given": True},
            )
        return self.render_form(request, self.get_form(request))
