"""Registration of the staff dashboard (`consultations/admin/`) with Wagtail."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import conflicts, erasure, workflow
from .admin.access import StaffMenuItem
from .admin.bulk_actions import BULK_ACTIONS
from .admin.calendar import (
    ConsultationCalendarViewSet,
    TodaysConsultationsPanel,
    calendar_urlpatterns,
)
from .admin.conflict_views import client_list_urlpatterns
from .admin.panels import IntakeSummaryPanel
from .admin.reports import report_urlpatterns
from .admin.viewsets import ConsultationsViewSetGroup
from .permissions import can_see_requests

register_snippet(ConsultationsViewSetGroup)
register_snippet(ConsultationCalendarViewSet)

hooks.register("register_log_actions", workflow.register_log_actions)
hooks.register("register_log_actions", erasure.register_log_actions)
hooks.register("register_admin_urls", report_urlpatterns)
hooks.register("register_admin_urls", calendar_urlpatterns)
hooks.register("register_log_actions", conflicts.register_log_actions)
hooks.register("register_admin_urls", client_list_urlpatterns)

# After Wagtail's own snippet actions, so ours replace its delete for requests.
for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("register_reports_menu_item")
def register_consultation_report_menu_item():
    return StaffMenuItem(
        _("Consultation requests"),
        reverse("consultations_report"),
        name="consultation-requests",
        icon_name="tasks",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_intake_summary_panel(request, panels):
    if can_see_requests(request.user):
        panels.append(IntakeSummaryPanel())
        panels.append(TodaysConsultationsPanel())


@hooks.register("register_admin_menu_item")
def register_consultation_calendar_menu_item():
    return StaffMenuItem(
        _("Consultation calendar"),
        reverse("consultation_calendar"),
        name="consultation-calendar",
        icon_name="date",
        order=250,
    )
