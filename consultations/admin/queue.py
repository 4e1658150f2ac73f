"""The work queue: the follow-up and first-response columns of the listing, and
"My queue", the listing of the signed-in user's open requests."""

from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet

from ..choices import OPEN_STATUSES, Status
from ..first_response import FirstResponse
from .access import StaffMenuItem
from .views import IndexView


class FollowUpColumn(Column):
    """The next follow-up date, marked when it has passed on an open request."""

    cell_template_name = "consultations/admin/cells/follow_up.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        follow_up_on = instance.follow_up_on
        context["is_overdue"] = bool(
            follow_up_on
            and instance.status in OPEN_STATUSES
            and follow_up_on < timezone.localdate()
        )
        return context


class FirstResponseColumn(Column):
    """How long a new request has waited for first contact, marked once it is
    past the firm's promise."""

    cell_template_name = "consultations/admin/cells/first_response.html"

    class Media:
        css = {"all": ["consultations/admin/dashboard.css"]}

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if instance.status == Status.NEW:
            context["clock"] = FirstResponse.of(instance)
        return context


class MyQueueView(IndexView):
    """The listing of the signed-in user's open requests, urgent ones first,
    then the oldest: where a paralegal starts the day."""

    page_title = _("My queue")

    def get_base_queryset(self):
        return super().get_base_queryset().open().filter(assigned_to=self.request.user)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    @cached_property
    def header_more_buttons(self):
        return []


class MyQueueMenu(ViewSet):
    """The menu's way to "My queue" (served by the requests viewset, whose
    listing it is), shown only to those who may see requests."""

    name = "consultation_my_queue"
    menu_label = _("My queue")
    icon = "user"
    menu_item_class = StaffMenuItem

    @property
    def menu_url(self):
        return reverse("consultation_requests:my_queue")
