"""The intake summary on the admin home page."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .. import reports as figures
from ..choices import Status
from .display import request_admin_url
from .filters import ALL_BUT_SPAM, OVERDUE

# The admin home panel


class IntakeSummaryPanel(Component):
    name = "consultation_summary"
    template_name = "consultations/admin/home_panel.html"
    order = 50

    class Media:
        css = {"all": ["consultations/admin/dashboard.css"]}

    def get_context_data(self, parent_context):
        now = timezone.now()
        summary = figures.summary(now)
        listing_url = request_admin_url("list")
        today = timezone.localdate(now).isoformat()
        return {
            "summary": summary,
            "median_first_contact": summary.median_first_contact
            and figures.describe_duration(summary.median_first_contact),
            "listing_url": listing_url,
            "urgent_url": f"{listing_url}?status={Status.NEW}&is_urgent=true",
            "new_today_url": f"{listing_url}?"
            + urlencode({"status": ALL_BUT_SPAM, "received_after": today}),
            "overdue_follow_ups_url": f"{listing_url}?follow_up={OVERDUE}",
            "board_url": reverse("consultation_board:index"),
            "report_url": reverse("consultations_report"),
        }
