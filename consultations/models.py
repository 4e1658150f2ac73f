"""Consultation requests from prospects, their history and internal notes."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from firm_site.base.models import BasePage

from . import limits
from .choices import (
    OPEN_STATUSES,
    BestTime,
    ContactMethod,
    Matter,
    PreferredLanguage,
    Residence,
    SpamReason,
    Status,
)

THANK_YOU_SESSION_KEY = "consultations:reference"
REQUEST_TOO_LARGE = ("consultations/request_too_large.html", 413)
RATE_LIMITED = ("consultations/rate_limited.html", 429)


class ConsultationPage(RoutablePageMixin, BasePage):
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

    @path("thank-you/")
    def thank_you(self, request):
        reference = request.session.get(THANK_YOU_SESSION_KEY)
        if reference is None:
            return redirect(self.get_url(request))
        return self.render_thank_you(request, reference)

    def get_form(self, request, data=None):
        from .forms import ConsultationRequestForm, initial_from_request

        return ConsultationRequestForm(
            data,
            locale=self.locale,
            initial=initial_from_request(request, language=self.language_code),
        )

    def process_form_submission(self, form):
        """Save the request and queue its notifications; spam is saved too."""
        from .intake import receive_request

        consultation_request = form.save(commit=False)
        consultation_request.language = self.language_code
        return receive_request(consultation_request, spam_reason=form.spam_reason)

    def redirect_to_thank_you(self, request, consultation_request):
        """The reference travels in the session, so no address reveals it."""
        request.session[THANK_YOU_SESSION_KEY] = consultation_request.reference
        return redirect(self.get_url(request) + self.reverse_subpage("thank_you"))

    def render_form(self, request, form):
        response = self.render(request, context_overrides={"form": form})
        add_never_cache_headers(response)
        return response

    def render_thank_you(self, request, reference):
        response = self.render(
            request,
            template="consultations/thank_you.html",
            context_overrides={"reference": reference},
        )
        add_never_cache_headers(response)
        return response

    def render_refusal(self, request, refusal):
        template, status = refusal
        response = self.render(request, template=template)
        response.status_code = status
        add_never_cache_headers(response)
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "thank_you":
            return self.render_thank_you(request, reference="CR-XXXXXX")
        return self.render_form(request, self.get_form(request))


class ConsultationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def not_spam(self):
        return self.exclude(status=Status.SPAM)

    def awaiting_notification(self, *, queued_before, received_after):
        """Requests with an e-mail still to send, last queued before a time."""
        firm_not_told = Q(firm_notified_at__isnull=True)
        prospect_not_told = ~Q(email="") & Q(acknowledged_at__isnull=True)
        not_queued_lately = Q(notifications_queued_at__isnull=True) | Q(
            notifications_queued_at__lt=queued_before
        )
        return (
            self.not_spam()
            .filter(created_at__gte=received_after)
            .filter(firm_not_told | prospect_not_told)
            .filter(not_queued_lately)
        )


class ConsultationRequest(index.Indexed, models.Model):
    """A prospect's request for a free consultation (a prospective client, Rule 1.18).

    We hold only what a first call and a conflict check need: never immigration
    status, never the IP address or user agent.
    """

    reference = models.CharField(_("reference"), max_length=12, unique=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # What the prospect sent
    full_name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    contact_method = models.CharField(
        _("preferred way to be contacted"),
        max_length=10,
        choices=ContactMethod.choices,
    )
    best_time = models.CharField(
        _("best time to reach"),
        max_length=10,
        choices=BestTime.choices,
        default=BestTime.ANY,
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=PreferredLanguage.choices
    )
    residence = models.CharField(
        _("lives in"), max_length=12, choices=Residence.choices
    )
    city = models.CharField(
        _("city"),
        max_length=100,
        blank=True,
        help_text=_("The city's name when the prospect chose a city with a page."),
    )
    matter = models.CharField(_("matter"), max_length=20, choices=Matter.choices)
    is_urgent = models.BooleanField(
        _("urgent"),
        default=False,
        help_text=_("Detained, or an immigration court date within 30 days."),
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    accepted_disclaimer = models.BooleanField(_("accepted the disclaimer"))
    consented_to_contact = models.BooleanField(_("consented to be contacted"))

    # Recorded without asking
    language = models.CharField(
        _("site language"), max_length=10, choices=settings.LANGUAGES
    )
    source_url = models.CharField(_("came from"), max_length=500, blank=True)
    utm_source = models.CharField("utm_source", max_length=100, blank=True)
    utm_medium = models.CharField("utm_medium", max_length=100, blank=True)
    utm_campaign = models.CharField("utm_campaign", max_length=100, blank=True)
    utm_term = models.CharField("utm_term", max_length=100, blank=True)
    utm_content = models.CharField("utm_content", max_length=100, blank=True)
    spam_reason = models.CharField(
        _("why marked as spam"), max_length=20, choices=SpamReason.choices, blank=True
    )

    # The firm's work on it
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_consultation_requests",
    )
    follow_up_on = models.DateField(_("next follow-up"), null=True, blank=True)
    consultation_at = models.DateTimeField(
        _("consultation date and time"), null=True, blank=True
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("possible duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="possible_duplicates",
    )

    # Delivery of notifications, so failed sends are retried and visible
    firm_notified_at = models.DateTimeField(_("firm notified"), null=True, blank=True)
    acknowledged_at = models.DateTimeField(
        _("acknowledgement sent"), null=True, blank=True
    )
    notifications_queued_at = models.DateTimeField(
        _("notifications last queued"),
        null=True,
        blank=True,
        help_text=_("E-mails still unsent are queued again some minutes after this."),
    )

    objects = ConsultationRequestQuerySet.as_manager()

    search_fields = [
        index.SearchField("full_name"),
        index.AutocompleteField("full_name"),
        index.SearchField("email"),
        index.SearchField("reference"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["assigned_to", "status"]),
            models.Index(fields=["-is_urgent", "created_at"]),
            models.Index(fields=["email"]),
            # Duplicates are found by e-mail whatever its case (email__iexact).
            models.Index(Upper("email"), name="consultation_email_ci_idx"),
            models.Index(fields=["phone"]),
            models.Index(fields=["follow_up_on"]),
        ]
        permissions = [
            ("assign_consultationrequest", _("Can assign consultation requests")),
            ("export_consultationrequest", _("Can export consultation requests")),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_spam(self):
        return self.status == Status.SPAM


class StatusChange(models.Model):
    """One step in a request's history; response times are derived from these."""

    request = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("from"), max_length=12, choices=Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["to_status", "changed_at"])]

    def __str__(self):
        return f"{self.request} {self.from_status or '∅'} → {self.to_status}"


class InternalNote(models.Model):
    """A staff note on a request; never shown to the prospect."""

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    text = models.TextField(_("note"), max_length=4000)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.request}: {self.text[:40]}"


class FollowUpDigest(models.Model):
    """A reminder digest sent to one address on one day.

    The digest command runs hourly; this row is what keeps it to one a day.
    """

    recipient = models.EmailField(_("recipient"))
    sent_on = models.DateField(_("sent on"))
    request_count = models.PositiveIntegerField(_("requests listed"))

    class Meta:
        verbose_name = _("follow-up digest")
        verbose_name_plural = _("follow-up digests")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "sent_on"], name="one_digest_a_day_per_recipient"
            )
        ]

    def __str__(self):
        return f"{self.recipient} {self.sent_on}"
