"""The numbers: requests per week, by matter, city and source, and the funnel."""

import datetime

import django_filters
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from .. import reports as figures
from ..first_response import share_answered_in_time_per_week
from ..models.requests import ConsultationRequest
from .access import staff_only_urls
from .filters import DateRangeWidget

# The numbers


class ReportFilterSet(WagtailFilterSet):
    received = django_filters.DateFromToRangeFilter(
        label=_("Received"), field_name="created_at", widget=DateRangeWidget
    )

    class Meta:
        model = ConsultationRequest
        fields = []


class ConsultationReportView(ReportView):
    """Requests per week, by matter, city and source, and the funnel: for the
    chosen period, the last twelve weeks unless told otherwise."""

    page_title = _("Consultation requests")
    header_icon = "tasks"
    template_name = "consultations/admin/report.html"
    results_template_name = "consultations/admin/report_results.html"
    index_url_name = "consultations_report"
    index_results_url_name = "consultations_report_results"
    filterset_class = ReportFilterSet
    paginate_by = None
    default_period = datetime.timedelta(weeks=12)

    def get_queryset(self):
        return ConsultationRequest.objects.not_spam()

    @cached_property
    def period(self):
        """The first and last day, both included."""
        today = timezone.localdate()
        received = None
        if self.filters and self.filters.is_valid():
            received = self.filters.form.cleaned_data.get("received")
        first = received.start if received and received.start else None
        last = received.stop if received and received.stop else None
        return (
            timezone.localdate(first) if first else today - self.default_period,
            timezone.localdate(last) if last else today,
        )

    def filter_queryset(self, queryset):
        first, last = self.period
        return queryset.filter(
            created_at__gte=local_midnight(first),
            created_at__lt=local_midnight(last + datetime.timedelta(days=1)),
        )

    def get_context_data(self, **kwargs):
        requests = self.object_list
        first, last = self.period
        weeks = figures.requests_per_week(
            requests,
            first - datetime.timedelta(days=first.weekday()),
            last - datetime.timedelta(days=last.weekday()),
        )
        # The weeks stand in for the listing, so nothing lists the requests.
        context = super().get_context_data(object_list=weeks, **kwargs)
        median = figures.median_time_to_first_contact(requests)
        context.update(
            period=self.period,
            weeks=weeks,
            by_matter=figures.requests_by_matter(requests),
            by_city=figures.requests_by_city(requests),
            by_source=figures.requests_by_source(requests),
            funnel=figures.funnel(requests),
            answered_in_time=share_answered_in_time_per_week(requests),
            by_conflict_check=figures.requests_by_conflict_check(requests),
            median_first_contact=median and figures.describe_duration(median),
        )
        return context


def local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def report_urlpatterns():
    """Under the admin's reports, beside Wagtail's own, so not a viewset."""
    return staff_only_urls(
        [
            path(
                "reports/consultations/",
                ConsultationReportView.as_view(),
                name="consultations_report",
            ),
            path(
                "reports/consultations/results/",
                ConsultationReportView.as_view(results_only=True),
                name="consultations_report_results",
            ),
        ]
    )
