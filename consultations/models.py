"""Consultation requests from prospects, their history and internal notes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from firm_site.core.models import BasePage

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


class ConsultationPage(BasePage):
    """The free-consultation form; editors write the words around it."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

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

    class Meta:
        verbose_name = _("consultation page")


class ConsultationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def not_spam(self):
        return self.exclude(status=Status.SPAM)


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
