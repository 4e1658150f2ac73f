"""The pipeline board: one column per open status."""

from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import (
    WagtailAdminTemplateMixin,
)
from wagtail.admin.viewsets.base import ViewSet

from .. import scheduling, workflow
from ..choices import OPEN_STATUSES, Status
from ..models.requests import ConsultationRequest
from ..permissions import can_work_requests
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
        may_work = can_work_requests(self.request.user)
        return {
            "request": consultation_request,
            "url": request_admin_url("inspect", consultation_request),
            "place": place_of(consultation_request),
            "age": age_of(consultation_request),
            "consultation_at": consultation_request.consultation_at
            and timezone.localtime(
                consultation_request.consultation_at,
                scheduling.CONSULTATION_TIME_ZONE,
            ),
            "assignee": assignee_name(consultation_request),
            "moves": may_work and moves_from(consultation_request.status),
            "move_url": reverse(
                "consultation_board:move", args=[consultation_request.pk]
            ),
        }


def moves_from(status):
    """The statuses a card moves to in one action; scheduling needs a date and
    time, so it is done from the request's page."""
    return [
        to_status
        for to_status in workflow.allowed_transitions(status)
        if to_status != Status.SCHEDULED
    ]


class MoveCardView(View):
    """A card's status menu: the move goes through the workflow's rules, and
    back to the board."""

    http_method_names = ["post"]

    def post(self, request, pk):
        if not can_work_requests(request.user):
            return redirect("consultation_board:index")
        consultation_request = get_object_or_404(ConsultationRequest, pk=pk)
        to_status = request.POST.get("to_status", "")
        try:
            if to_status not in moves_from(consultation_request.status):
                raise workflow.TransitionNotAllowed(
                    _("Schedule a consultation from the request's page.")
                    if to_status == Status.SCHEDULED
                    else _("That status does not follow this one."),
                    code="transition_not_allowed",
                )
            workflow.change_status(consultation_request, to_status, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(reference)s is now “%(status)s”.")
                % {
                    "reference": consultation_request.reference,
                    "status": Status(to_status).label,
                },
            )
        return redirect("consultation_board:index")


class PipelineBoardViewSet(StaffOnlyViewSetMixin, ViewSet):
    name = "consultation_board"
    url_prefix = "consultations/board"
    icon = "grid"
    menu_label = _("Pipeline board")

    @cached_property
    def menu_item_class(self):
        return StaffMenuItem

    def get_extra_urlpatterns(self):
        return [
            path("", PipelineBoardView.as_view(), name="index"),
            path("<int:pk>/move/", MoveCardView.as_view(), name="move"),
        ]
