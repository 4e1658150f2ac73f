"""The pipeline board: one column per open status."""

from django.db.models import Count
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import (
    WagtailAdminTemplateMixin,
)
from wagtail.admin.viewsets.base import ViewSet

from ..choices import OPEN_STATUSES, Status
from ..models.requests import ConsultationRequest
from .access import StaffMenuItem, StaffOnlyViewSetMixin
from .display import age_of, assignee_name, place_of, request_admin_url

# The pipeline board


BOARD_CARDS_PER_COLUMN = 25


class BoardColumn:
    def __init__(self, status, count, cards, listing_url):
        self.status = status
        self.count = count
        self.cards = cards
        self.listing_url = listing_url


class PipelineBoardView(WagtailAdminTemplateMixin, TemplateView):
    """One column per open status, urgent first, then oldest first."""

    template_name = "consultations/admin/board.html"
    page_title = _("Pipeline board")
    header_icon = "grid"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(
            ConsultationRequest.objects.open()
            .values("status")
            .annotate(count=Count("pk"))
            .values_list("status", "count")
        )
        listing_url = request_admin_url("list")
        context["columns"] = [
            BoardColumn(
                Status(status),
                counts.get(status, 0),
                [self.card(request) for request in self.oldest_first(status)],
                f"{listing_url}?status={status}",
            )
            for status in OPEN_STATUSES
        ]
        return context

    def oldest_first(self, status):
        return (
            ConsultationRequest.objects.filter(status=status)
            .select_related("assigned_to")
            .order_by("-is_urgent", "created_at", "pk")[:BOARD_CARDS_PER_COLUMN]
        )

    def card(self, consultation_request):
        return {
            "request": consultation_request,
            "url": request_admin_url("inspect", consultation_request),
            "place": place_of(consultation_request),
            "age": age_of(consultation_request),
            "assignee": assignee_name(consultation_request),
        }


class PipelineBoardViewSet(StaffOnlyViewSetMixin, ViewSet):
    name = "consultation_board"
    url_prefix = "consultations/board"
    icon = "grid"
    menu_label = _("Pipeline board")

    @cached_property
    def menu_item_class(self):
        return StaffMenuItem

    def get_extra_urlpatterns(self):
        return [path("", PipelineBoardView.as_view(), name="index")]
