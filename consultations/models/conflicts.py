"""The conflict check's data (ABA Model Rule 1.18): other people named on a
request, the firm's own list of clients and adverse parties, and each request's
outcome.

Names are stored with their `normalized_name` (see `consultations.names`), which
PostgreSQL searches by its words' spelling keys (`indexes`) and SQLite by its words.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import CLEARED_OUTCOMES, ClientRelationship, ConflictOutcome, PartyRole
from .fields import NormalizedNameField
from .indexes import spelling_keys_index
from .requests import ConsultationRequest


class NormalizedNameMixin(models.Model):
    normalized_name = NormalizedNameField(_("name as compared"), max_length=200)

    class Meta:
        abstract = True


class OtherParty(NormalizedNameMixin):
    """Another person a request names (a spouse, a petitioner, an employer):
    only a name and a role, nothing about their status."""

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="other_parties"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=12, choices=PartyRole.choices)

    class Meta:
        verbose_name = _("other person involved")
        verbose_name_plural = _("other people involved")
        ordering = ["pk"]
        indexes = [spelling_keys_index("party_spelling_keys_idx")]

    def __str__(self):
        return self.name


class ClientListEntry(NormalizedNameMixin):
    """A name on the firm's own list of clients, former clients and adverse
    parties, imported by an attorney; never exported, never in the audit log."""

    external_id = models.CharField(
        _("ID in the firm's records"), max_length=64, blank=True
    )
    name = models.CharField(_("name"), max_length=200)
    relationship = models.CharField(
        _("relationship to the firm"),
        max_length=16,
        choices=ClientRelationship.choices,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("client list entry")
        verbose_name_plural = _("client list entries")
        ordering = ["normalized_name", "pk"]
        indexes = [spelling_keys_index("client_spelling_keys_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="client_list_unique_external_id",
            )
        ]
        permissions = [("import_clientlistentry", _("Can import the client list"))]

    def __str__(self):
        return self.name


class ConflictCheck(models.Model):
    """An attorney's decision on a request's conflict check; none means pending."""

    request = models.OneToOneField(
        ConsultationRequest, on_delete=models.CASCADE, related_name="conflict_check"
    )
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=ConflictOutcome.choices
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"))

    class Meta:
        verbose_name = _("conflict check")
        verbose_name_plural = _("conflict checks")
        indexes = [models.Index(fields=["outcome"])]
        permissions = [("decide_conflictcheck", _("Can record conflict outcomes"))]

    def __str__(self):
        return f"{self.request}: {self.outcome}"

    @property
    def is_cleared(self):
        return self.outcome in CLEARED_OUTCOMES


class ClientListImport(models.Model):
    """An uploaded client list waiting for the attorney's confirmation; its rows
    are dropped once applied, leaving who imported how many and when."""

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    rows = models.JSONField(default=list)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("client list import")
        verbose_name_plural = _("client list imports")

    def __str__(self):
        return f"{self.uploaded_at:%Y-%m-%d %H:%M}"
