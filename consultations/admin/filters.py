"""The filters of the staff's request listing."""

import datetime

import django_filters
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters.widgets import SuffixedMultiWidget
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import Locale

from cities.models import city_pages_for_choices

from ..choices import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    ConflictCheckState,
    Matter,
    PreferredLanguage,
    Residence,
    Status,
)
from ..models.requests import ConsultationRequest
from ..permissions import staff_who_work_requests

OPEN = "open"
CLOSED = "closed"
ALL_BUT_SPAM = "all"
STATUS_GROUPS = {
    OPEN: OPEN_STATUSES,
    CLOSED: [status for status in CLOSED_STATUSES if status != Status.SPAM],
    ALL_BUT_SPAM: [status for status in Status if status != Status.SPAM],
}
STATUS_CHOICES = [
    (OPEN, _("Open")),
    (CLOSED, _("Closed")),
    (ALL_BUT_SPAM, _("All but spam")),
    *Status.choices,
]
MINE = "mine"
UNASSIGNED = "none"
OVERDUE = "overdue"
TODAY = "today"
THIS_WEEK = "week"
FOLLOW_UP_CHOICES = [
    (OVERDUE, _("Overdue")),
    (TODAY, _("Today")),
    (THIS_WEEK, _("By the end of this week")),
]
PLACES_WITHOUT_PAGES = [Residence.OTHER_CT_TOWN, Residence.OUTSIDE_CT]


class DateRangeWidget(DateRangePickerWidget):
    """Wagtail's date range, with the browser's own date inputs instead of a date
    picker that needs an inline script."""

    def __init__(self, attrs=None):
        SuffixedMultiWidget.__init__(
            self,
            (
                forms.DateInput(
                    format="%Y-%m-%d", attrs={"type": "date", "aria-label": _("From")}
                ),
                forms.DateInput(
                    format="%Y-%m-%d", attrs={"type": "date", "aria-label": _("To")}
                ),
            ),
            attrs,
        )


def place_choices():
    cities = city_pages_for_choices(Locale.get_default()).values_list(
        "title", flat=True
    )
    return [
        *((title, title) for title in cities),
        *((place.value, place.label) for place in PLACES_WITHOUT_PAGES),
    ]


def assignee_choices():
    return [
        (MINE, _("Assigned to me")),
        (UNASSIGNED, _("Unassigned")),
        *(
            (str(user.pk), get_user_display_name(user))
            for user in staff_who_work_requests()
        ),
    ]


class ConsultationRequestFilterSet(WagtailFilterSet):
    """Open requests by default; spam only when asked for by name."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        empty_label=None,
        method="filter_status",
        widget=forms.RadioSelect,
    )
    matter = django_filters.ChoiceFilter(
        label=_("Matter"),
        choices=Matter.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    place = django_filters.ChoiceFilter(
        label=_("City"),
        choices=place_choices,
        empty_label=_("All"),
        method="filter_place",
    )
    preferred_language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=PreferredLanguage.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    language = django_filters.ChoiceFilter(
        label=_("Site language"),
        choices=settings.LANGUAGES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    is_urgent = django_filters.BooleanFilter(
        label=_("Urgent"), widget=BooleanRadioSelect
    )
    assignee = django_filters.ChoiceFilter(
        label=_("Assigned to"),
        choices=assignee_choices,
        empty_label=_("Anyone"),
        method="filter_assignee",
    )
    follow_up = django_filters.ChoiceFilter(
        label=_("Follow-up due"),
        choices=FOLLOW_UP_CHOICES,
        empty_label=_("Any time"),
        method="filter_follow_up",
        widget=forms.RadioSelect,
    )
    received = django_filters.DateFromToRangeFilter(
        label=_("Received"), field_name="created_at", widget=DateRangeWidget
    )
    conflict_check = django_filters.ChoiceFilter(
        label=_("Conflict check"),
        choices=ConflictCheckState.choices,
        empty_label=_("All"),
        method="filter_conflict_check",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ConsultationRequest
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = OPEN
        super().__init__(data, *args, **kwargs)
        self.filters["status"].extra["initial"] = OPEN

    def filter_status(self, queryset, name, value):
        if value in STATUS_GROUPS:
            return queryset.filter(status__in=STATUS_GROUPS[value])
        return queryset.filter(status=value)

    def filter_place(self, queryset, name, value):
        if value in PLACES_WITHOUT_PAGES:
            return queryset.filter(residence=value)
        return queryset.filter(city=value)

    def filter_assignee(self, queryset, name, value):
        if value == MINE:
            return queryset.filter(assigned_to=self.request.user)
        if value == UNASSIGNED:
            return queryset.filter(assigned_to__isnull=True)
        return queryset.filter(assigned_to_id=value)

    def filter_follow_up(self, queryset, name, value):
        """Overdue is before today; this week runs from today to Sunday."""
        today = timezone.localdate()
        if value == OVERDUE:
            return queryset.filter(follow_up_on__lt=today)
        if value == TODAY:
            return queryset.filter(follow_up_on=today)
        sunday = today + datetime.timedelta(days=6 - today.weekday())
        return queryset.filter(follow_up_on__range=(today, sunday))

    def filter_conflict_check(self, queryset, name, value):
        return queryset.with_conflict_check(value)
