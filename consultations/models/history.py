"""A request's history: its status changes and staff's internal notes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import Status
from .requests import ConsultationRequest


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


class DetailChange(models.Model):
    """A change to who has a request, when to follow it up or when its
    consultation is: old and new value, as the request's history shows them.

    Values are kept as text: the assignee's name as it read then, dates and
    times in ISO 8601 (with their offset), formatted when shown.
    """

    class Detail(models.TextChoices):
        ASSIGNEE = "assignee", _("Assigned to")
        FOLLOW_UP = "follow_up", _("Next follow-up")
        CONSULTATION = "consultation", _("Consultation time")

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="detail_changes"
    )
    detail = models.CharField(_("what changed"), max_length=12, choices=Detail)
    old_value = models.CharField(_("from"), max_length=200, blank=True)
    new_value = models.CharField(_("to"), max_length=200, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("detail change")
        verbose_name_plural = _("detail changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.request} {self.detail}: {self.old_value} → {self.new_value}"
