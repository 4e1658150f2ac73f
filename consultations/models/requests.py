"""A prospect's consultation request and the queries staff and tasks run on it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.search import index

from ..choices import (
    CLEARED_OUTCOMES,
    OPEN_STATUSES,
    BestTime,
    ConflictCheckState,
    ConflictOutcome,
    ContactMethod,
    Matter,
    PreferredLanguage,
    Residence,
    SpamReason,
    Status,
)
from ..names import normalized_name
from .fields import NormalizedNameField
from .indexes import name_trigram_index, spelling_keys_index

CONFLICT_CHECK_STATES = {
    ConflictCheckState.PENDING: Q(conflict_check__isnull=True),
    ConflictCheckState.CLEARED: Q(conflict_check__outcome__in=CLEARED_OUTCOMES),
    ConflictCheckState.CONFLICT: Q(conflict_check__outcome=ConflictOutcome.CONFLICT),
}

#: The campaign parameters a request records from the address of the form.
UTM_FIELDS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"]


class ConsultationRequestQuerySet(models.QuerySet):
    def matching(self, query):
        """Requests whose name holds every word of the query, whatever its accents,
        case and particles, or whose e-mail, reference or phone holds the query."""
        query = query.strip()
        words = normalized_name(query).split()
        matches = Q(email__icontains=query) | Q(reference__icontains=query)
        if words:
            matches |= Q(*(Q(normalized_name__contains=word) for word in words))
        digits = "".join(char for char in query if char.isdigit())
        if len(digits) >= 4:
            matches |= Q(phone__contains=digits)
        return self.filter(matches)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def not_spam(self):
        return self.exclude(status=Status.SPAM)

    def with_conflict_check(self, state):
        """Requests whose conflict check is pending, cleared or a conflict."""
        return self.filter(CONFLICT_CHECK_STATES[ConflictCheckState(state)])

    def consultation_overdue(self, now):
        """Scheduled consultations whose time has passed without being held."""
        return self.filter(status=Status.SCHEDULED, consultation_at__lt=now)

    def awaiting_notification(self, *, queued_before, received_after):
        """Requests with an e-mail still to send, last queued before a time; the
        firm hears of spam too, the prospect only once it is released."""
        firm_not_told = Q(firm_notified_at__isnull=True)
        prospect_not_told = (
            ~Q(email="") & Q(acknowledged_at__isnull=True) & ~Q(status=Status.SPAM)
        )
        not_queued_lately = Q(notifications_queued_at__isnull=True) | Q(
            notifications_queued_at__lt=queued_before
        )
        return (
            self.filter(created_at__gte=received_after)
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
    normalized_name = NormalizedNameField(
        _("name as compared"), source="full_name", max_length=200, default=""
    )
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
            name_trigram_index("request_name_trgm_idx"),
            spelling_keys_index("request_spelling_keys_idx"),
        ]
        permissions = [
            ("assign_consultationrequest", _("Can assign consultation requests")),
            ("export_consultationrequest", _("Can export consultation requests")),
            (
                "export_full_consultationrequest",
                _("Can export consultation requests with their messages"),
            ),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_spam(self):
        return self.status == Status.SPAM
