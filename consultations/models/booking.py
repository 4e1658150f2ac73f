"""Who consults when, and the consultations prospects booked online.

A calendar belongs to one attorney, or to the firm as a whole (no attorney). Its
hours are wall-clock times in Connecticut; bookings are stored in UTC.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from ..choices import Status

#: Requests in these statuses may choose or change their time online.
BOOKABLE_STATUSES = (Status.NEW, Status.CONTACTED, Status.SCHEDULED)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class ConsultationMode(models.TextChoices):
    PHONE = "phone", _("Phone call")
    VIDEO = "video", _("Video call")
    IN_PERSON = "in_person", _("In person at the office")


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")


class ConsultationCalendar(ClusterableModel):
    """When prospects may book a free consultation, and with whom."""

    attorney = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attorney"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="consultation_calendar",
        help_text=_("Leave empty for the firm's one shared calendar."),
    )
    is_open = models.BooleanField(
        _("open for online booking"),
        default=True,
        help_text=_("Prospects choose times only from open calendars."),
    )
    length_minutes = models.PositiveSmallIntegerField(
        _("consultation length (minutes)"), default=30
    )
    buffer_minutes = models.PositiveSmallIntegerField(
        _("buffer between consultations (minutes)"), default=0
    )
    notice_business_days = models.PositiveSmallIntegerField(
        _("minimum notice (business days)"),
        default=1,
        help_text=_("1: the earliest time offered is on the next business day."),
    )
    urgent_notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice for urgent requests (hours)"),
        default=2,
        help_text=_("Urgent requests may book the same day, this many hours ahead."),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("days ahead open for booking"), default=21
    )

    panels = [
        FieldPanel("attorney"),
        FieldPanel("is_open"),
        MultiFieldPanel(
            [
                FieldPanel("length_minutes"),
                FieldPanel("buffer_minutes"),
                FieldPanel("notice_business_days"),
                FieldPanel("urgent_notice_hours"),
                FieldPanel("horizon_days"),
            ],
            heading=_("Rules"),
        ),
        InlinePanel("hours", heading=_("Weekly hours (Connecticut time)")),
        InlinePanel("exceptions", heading=_("Days off")),
    ]

    class Meta:
        verbose_name = _("consultation calendar")
        verbose_name_plural = _("consultation calendars")

    def __str__(self):
        if self.attorney_id is None:
            return str(_("The firm's calendar"))
        return self.attorney.get_full_name() or self.attorney.get_username()

    @property
    def length(self):
        return datetime.timedelta(minutes=self.length_minutes)

    @property
    def step(self):
        return datetime.timedelta(minutes=self.length_minutes + self.buffer_minutes)


class WeeklyHours(Orderable):
    calendar = ParentalKey(
        ConsultationCalendar, on_delete=models.CASCADE, related_name="hours"
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))

    class Meta(Orderable.Meta):
        verbose_name = _("weekly hours")
        verbose_name_plural = _("weekly hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts__lt=models.F("ends")), name="hours_end_after_start"
            )
        ]


class CalendarException(Orderable):
    """Holidays, court days, vacations: whole days with no consultations."""

    calendar = ParentalKey(
        ConsultationCalendar, on_delete=models.CASCADE, related_name="exceptions"
    )
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    reason = models.CharField(
        _("reason"), max_length=100, blank=True, help_text=_("Seen by staff only.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("day off")
        verbose_name_plural = _("days off")
        constraints = [
            models.CheckConstraint(
                condition=Q(first_day__lte=models.F("last_day")),
                name="exception_ends_after_start",
            )
        ]


class BookingQuerySet(models.QuerySet):
    def booked(self):
        return self.filter(status=BookingStatus.BOOKED)

    def overlapping(self, calendar, starts_at, ends_at):
        return self.booked().filter(
            calendar=calendar, starts_at__lt=ends_at, ends_at__gt=starts_at
        )


class Booking(models.Model):
    """A consultation a prospect chose online; cancelled ones stay as history."""

    request = models.ForeignKey(
        "consultations.ConsultationRequest",
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    calendar = models.ForeignKey(
        ConsultationCalendar,
        verbose_name=_("calendar"),
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    mode = models.CharField(_("how"), max_length=10, choices=ConsultationMode.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=BookingStatus.choices,
        default=BookingStatus.BOOKED,
    )
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["starts_at"]
        constraints = [
            # The database, not Python, makes sure no slot is given twice.
            models.UniqueConstraint(
                fields=["calendar", "starts_at"],
                condition=Q(status="booked"),
                name="one_booking_per_slot",
            ),
            models.UniqueConstraint(
                fields=["request"],
                condition=Q(status="booked"),
                name="one_booking_per_request",
            ),
        ]
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self):
        return f"{self.request_id} {self.starts_at:%Y-%m-%d %H:%M}"


def new_secret():
    return secrets.token_urlsafe(24)


class BookingLink(models.Model):
    """The nonce inside a request's signed booking link; a new one ends old links."""

    request = models.OneToOneField(
        "consultations.ConsultationRequest",
        on_delete=models.CASCADE,
        related_name="booking_link",
    )
    nonce = models.CharField(max_length=40, default=new_secret)

    def __str__(self):
        return str(self.request_id)


class CalendarFeed(models.Model):
    """A member of staff's secret address for their consultations as iCalendar."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="consultation_feed",
    )
    secret = models.CharField(max_length=40, unique=True, default=new_secret)

    def __str__(self):
        return str(self.user_id)
