"""The staff's calendar: the consultation hours to edit, the week of booked
consultations per calendar, today's consultations on the home page, and each
attorney's secret feed address."""

import datetime

from django import forms
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..booking.feeds import feed_for, reset_feed
from ..models.booking import Booking, ConsultationCalendar
from ..scheduling import CONSULTATION_TIME_ZONE
from .access import StaffOnlyViewSetMixin, staff_only_urls
from .display import request_admin_url

WEEK = datetime.timedelta(days=7)


class ConsultationCalendarChooserViewSet(StaffOnlyViewSetMixin, SnippetChooserViewSet):
    """Wagtail adds a chooser for every snippet; this one is closed to outsiders."""


class ConsultationCalendarViewSet(StaffOnlyViewSetMixin, SnippetViewSet):
    """Hours, rules and days off; attorneys and administrators edit them (behind
    the dashboard's guard, then the calendar permissions)."""

    model = ConsultationCalendar
    icon = "date"
    menu_label = _("Consultation hours")
    url_prefix = "consultations/calendars"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["__str__", "is_open", "length_minutes", "horizon_days"]
    copy_view_enabled = False
    chooser_viewset_class = ConsultationCalendarChooserViewSet


class WeekForm(forms.Form):
    calendar = forms.ModelChoiceField(
        ConsultationCalendar.objects.select_related("attorney"),
        label=_("Calendar"),
        required=False,
    )
    week = forms.DateField(label=_("Week of"), required=False)


def week_bookings(calendar, monday):
    starts = datetime.datetime.combine(
        monday, datetime.time.min, tzinfo=CONSULTATION_TIME_ZONE
    )
    return (
        Booking.objects.booked()
        .filter(calendar=calendar, starts_at__gte=starts, starts_at__lt=starts + WEEK)
        .select_related("request")
    )


class WeekView(WagtailAdminTemplateMixin, TemplateView):
    """One row per day, each booked consultation linked to its request."""

    template_name = "consultations/admin/calendar_week.html"
    page_title = _("Consultation calendar")
    header_icon = "date"

    @cached_property
    def form(self):
        form = WeekForm(self.request.GET)
        form.is_valid()
        return form

    @cached_property
    def calendar(self):
        chosen = self.form.cleaned_data.get("calendar")
        own = ConsultationCalendar.objects.filter(attorney=self.request.user).first()
        return chosen or own or ConsultationCalendar.objects.first()

    @cached_property
    def monday(self):
        day = self.form.cleaned_data.get("week") or timezone.localdate()
        return day - datetime.timedelta(days=day.weekday())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = {self.monday + datetime.timedelta(days=n): [] for n in range(7)}
        if self.calendar is not None:
            for booking in week_bookings(self.calendar, self.monday):
                local = booking.starts_at.astimezone(CONSULTATION_TIME_ZONE)
                days[local.date()].append(
                    (local, booking, request_admin_url("inspect", booking.request))
                )
        feed = feed_for(self.request.user)
        context.update(
            form=self.form,
            calendar=self.calendar,
            monday=self.monday,
            days=days.items(),
            previous_url=self.week_url(self.monday - WEEK),
            next_url=self.week_url(self.monday + WEEK),
            feed_url=self.request.build_absolute_uri(
                reverse("consultations:calendar_feed", args=[feed.secret])
            ),
        )
        return context

    def week_url(self, monday):
        calendar = f"calendar={self.calendar.pk}&" if self.calendar else ""
        return f"{reverse('consultation_calendar')}?{calendar}week={monday}"


class ResetFeedView(View):
    def post(self, request):
        reset_feed(request.user)
        return redirect("consultation_calendar")


def calendar_urlpatterns():
    return staff_only_urls(
        [
            path(
                "consultations/calendar/",
                WeekView.as_view(),
                name="consultation_calendar",
            ),
            path(
                "consultations/calendar/reset-feed/",
                ResetFeedView.as_view(),
                name="consultation_calendar_reset_feed",
            ),
        ]
    )


class TodaysConsultationsPanel(Component):
    name = "todays_consultations"
    template_name = "consultations/admin/todays_consultations.html"
    order = 60

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        start = datetime.datetime.combine(
            today, datetime.time.min, tzinfo=CONSULTATION_TIME_ZONE
        )
        bookings = (
            Booking.objects.booked()
            .filter(starts_at__gte=start, starts_at__lt=start + datetime.timedelta(1))
            .select_related("request", "calendar__attorney")
        )
        return {
            "consultations": [
                (booking, request_admin_url("inspect", booking.request))
                for booking in bookings
            ],
            "calendar_url": reverse("consultation_calendar"),
        }
