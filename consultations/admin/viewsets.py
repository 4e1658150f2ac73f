"""The requests viewset and the group that puts the dashboard in the menu."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models.requests import ConsultationRequest
from ..permissions import (
    request_permission_policy,
)
from .access import StaffOnlyViewSetMixin
from .board import PipelineBoardViewSet
from .conflict_views import (
    ClientListImportMenuItem,
    CorrectOtherPartiesView,
    RecordConflictOutcomeView,
)
from .display import (
    age_of,
    assignee_name,
    choice_label,
    place_of,
    received_at,
    urgency_of,
)
from .filters import ConsultationRequestFilterSet
from .queue import FirstResponseColumn, FollowUpColumn, MyQueueMenu, MyQueueView
from .views import (
    AddNoteView,
    AssignView,
    ChangeStatusView,
    FollowUpView,
    HistoryView,
    IndexView,
    InspectView,
    InvitationView,
    RedirectToInspectView,
    not_offered,
)

# Viewsets


class ConsultationRequestChooserViewSet(StaffOnlyViewSetMixin, SnippetChooserViewSet):
    """Wagtail adds a chooser for every snippet; ours is closed to outsiders."""

    permission_policy = request_permission_policy


class ConsultationRequestViewSet(StaffOnlyViewSetMixin, SnippetViewSet):
    model = ConsultationRequest
    icon = "form"
    menu_label = _("Requests")
    url_prefix = "consultations/requests"
    url_namespace = "consultation_requests"
    index_view_class = IndexView
    inspect_view_class = InspectView
    history_view_class = HistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    chooser_viewset_class = ConsultationRequestChooserViewSet
    filterset_class = ConsultationRequestFilterSet
    search_fields = ["full_name", "email", "phone", "reference"]
    search_backend_name = None
    list_per_page = 25
    ordering = ["-is_urgent", "created_at"]
    # Reference, urgency and status first: on a phone they stay in view.
    list_display = [
        "reference",
        Column(
            "is_urgent",
            label=_("Urgency"),
            accessor=urgency_of,
            sort_key="is_urgent",
            classname="consultation-urgency",
        ),
        Column(
            "status",
            label=_("Status"),
            accessor=choice_label("status"),
            sort_key="status",
        ),
        FirstResponseColumn("first_response", label=_("First response")),
        FollowUpColumn(
            "follow_up_on", label=_("Next follow-up"), sort_key="follow_up_on"
        ),
        "full_name",
        Column(
            "created_at",
            label=_("Received"),
            accessor=received_at,
            sort_key="created_at",
        ),
        Column(
            "matter",
            label=_("Matter"),
            accessor=choice_label("matter"),
            sort_key="matter",
        ),
        Column("place", label=_("City"), accessor=place_of),
        Column(
            "preferred_language",
            label=_("Language"),
            accessor=choice_label("preferred_language"),
        ),
        Column("language", label=_("Site"), accessor=choice_label("language")),
        Column("assigned_to", label=_("Assigned to"), accessor=assignee_name),
        Column("age", label=_("Age"), accessor=age_of),
    ]
    list_export = list(IndexView.export_values)
    export_headings = {
        "created_at": _("Received"),
        "place": _("City"),
        "preferred_language": _("Language"),
        "language": _("Site language"),
        "is_urgent": _("Urgent"),
        "assigned_to": _("Assigned to"),
        "follow_up_on": _("Next follow-up"),
        "contact_method": _("Preferred way to be contacted"),
        "best_time": _("Best time to reach"),
        "consultation_at": _("Consultation"),
        "message": _("Message"),
    }
    export_filename = "consultation-requests"

    @property
    def add_view(self):
        return not_offered

    @property
    def edit_view(self):
        return RedirectToInspectView.as_view(
            inspect_url_name=self.get_url_name("inspect")
        )

    def request_action_view(self, view_class):
        return self.construct_view(view_class, **self.get_inspect_view_kwargs())

    def my_queue_view(self, **kwargs):
        return self.construct_view(
            MyQueueView,
            **self.get_index_view_kwargs(
                index_url_name=self.get_url_name("my_queue"),
                index_results_url_name=self.get_url_name("my_queue_results"),
                **kwargs,
            ),
        )

    def get_extra_urlpatterns(self):
        """The signed-in user's queue, the forms posted from a request's page,
        and its calendar file."""
        return [
            path("my-queue/", self.my_queue_view(), name="my_queue"),
            path(
                "my-queue/results/",
                self.my_queue_view(results_only=True),
                name="my_queue_results",
            ),
            path(
                "inspect/<int:pk>/status/",
                self.request_action_view(ChangeStatusView),
                name="change_status",
            ),
            path(
                "inspect/<int:pk>/assign/",
                self.request_action_view(AssignView),
                name="assign",
            ),
            path(
                "inspect/<int:pk>/follow-up/",
                self.request_action_view(FollowUpView),
                name="follow_up",
            ),
            path(
                "inspect/<int:pk>/note/",
                self.request_action_view(AddNoteView),
                name="add_note",
            ),
            path(
                "inspect/<int:pk>/conflict/",
                self.request_action_view(RecordConflictOutcomeView),
                name="conflict_outcome",
            ),
            path(
                "inspect/<int:pk>/other-people/",
                self.request_action_view(CorrectOtherPartiesView),
                name="other_parties",
            ),
            path(
                "inspect/<int:pk>/invitation.ics",
                self.request_action_view(InvitationView),
                name="invitation",
            ),
        ]


class ConsultationsViewSetGroup(SnippetViewSetGroup):
    items = (ConsultationRequestViewSet, MyQueueMenu, PipelineBoardViewSet)
    menu_label = _("Consultations")
    menu_icon = "clipboard-list"
    menu_order = 150

    def get_submenu_items(self):
        """The viewsets' items, then the client list's import for attorneys."""
        items = super().get_submenu_items()
        return [*items, ClientListImportMenuItem(order=len(items) + 1)]
