"""Bulk actions on the request listing; each one goes through the workflow, so
every request gets its own history row and audit-log entry."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .. import workflow
from ..choices import Status
from ..models.requests import ConsultationRequest
from ..permissions import can_assign_requests, can_work_requests
from .access import StaffOnlyBulkActionMixin
from .forms import AssignForm


class RequestBulkAction(StaffOnlyBulkActionMixin, SnippetBulkAction):
    models = [ConsultationRequest]

    def user_may_act(self, user):
        return can_work_requests(user)

    def get_all_objects_in_listing_query(self, parent_id):
        """Selecting all means all open requests, what the listing shows by default."""
        return ConsultationRequest.objects.open().values_list("pk", flat=True)

    def check_perm(self, obj):
        return self.user_may_act(self.request.user)

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}


class ChangeStatusBulkAction(RequestBulkAction):
    """Moves each request to one status; those the workflow refuses stay as they
    were and are named in a warning."""

    template_name = "consultations/admin/bulk_actions/confirm_change_status.html"
    to_status = None

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        refused = []
        for consultation_request in objects:
            try:
                workflow.change_status(consultation_request, cls.to_status, user=user)
            except ValidationError:
                refused.append(consultation_request.reference)
        kwargs["self"].refused = refused
        return len(objects) - len(refused), 0

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "to_status": self.to_status}

    def get_success_message(self, num_parent_objects, num_child_objects):
        if self.refused:
            messages.warning(
                self.request,
                _("Not changed, their status does not allow it: %(references)s")
                % {"references": ", ".join(self.refused)},
            )
        return ngettext(
            "%(count)d request is now “%(status)s”.",
            "%(count)d requests are now “%(status)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "status": Status(self.to_status).label}


class MarkAsSpamBulkAction(ChangeStatusBulkAction):
    display_name = _("Mark as spam")
    action_type = "mark_spam"
    aria_label = _("Mark the selected requests as spam")
    action_priority = 20
    to_status = Status.SPAM


class CloseAsNoResponseBulkAction(ChangeStatusBulkAction):
    display_name = _("Close as no response")
    action_type = "close_no_response"
    aria_label = _("Close the selected requests as no response")
    action_priority = 30
    to_status = Status.NO_RESPONSE


class AssignBulkAction(RequestBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected requests")
    template_name = "consultations/admin/bulk_actions/confirm_assign.html"
    action_priority = 10
    form_class = AssignForm

    def user_may_act(self, user):
        return can_assign_requests(user)

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "assignee": self.cleaned_form.cleaned_data["assignee"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, assignee=None, **kwargs):
        for consultation_request in objects:
            workflow.assign(consultation_request, assignee, user=user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d request assigned.",
            "%(count)d requests assigned.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RequestDeleteBulkAction(StaffOnlyBulkActionMixin, DeleteBulkAction):
    """Wagtail's snippet delete, closed to outsiders like every request URL."""

    models = [ConsultationRequest]


BULK_ACTIONS = [
    AssignBulkAction,
    MarkAsSpamBulkAction,
    CloseAsNoResponseBulkAction,
    RequestDeleteBulkAction,
]
