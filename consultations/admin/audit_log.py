"""The audit-log page of a request, under the strict admin policy: no inline
script (CONTENT_SECURITY_POLICY_STRICT_ADMIN_PATHS), so its date filter uses the
browser's own date fields instead of Wagtail's script-started date pickers."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.views.generic.history import HistoryFilterSet


class BrowserDateRangeWidget(DateRangePickerWidget):
    """Wagtail's from/to date range, with `<input type="date">` fields that need
    no script."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.widgets = [
            forms.DateInput(attrs={"type": "date", "aria-label": label})
            for label in (_("Date from"), _("Date to"))
        ]


class RequestHistoryFilterSet(HistoryFilterSet):
    timestamp = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=BrowserDateRangeWidget
    )
