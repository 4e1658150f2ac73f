"""A request's views: the listing, its page, the work done from it and its
calendar file."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views import snippets as snippet_views

from firm_site.base.models import FirmSettings
from firm_site.security.spreadsheets import text_for_spreadsheet

from .. import scheduling, workflow
from ..choices import Status
from ..first_response import clock_of
from ..invitations import invitation_calendar
from ..models.requests import ConsultationRequest
from ..permissions import (
    can_assign_requests,
    can_export_full_records,
    can_export_requests,
    can_work_requests,
)
from .audit_log import RequestHistoryFilterSet
from .conflicts import add_conflict_context
from .display import request_admin_url
from .exports import EXPORT_VALUES, export_fields
from .forms import AssignForm, ChangeStatusForm, FollowUpForm, NoteForm
from .history import request_history

# The listing

EXPORT_CHUNK_SIZE = 2000


class ReadInChunks:
    """A queryset that an export reads a chunk of rows at a time as it writes
    them, so a file of 100,000 requests never holds them all in memory."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.model = queryset.model  # for the column headings

    def __iter__(self):
        return self.queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE)


class IndexView(snippet_views.IndexView):
    """Staff work from the request's page, so rows link there, never to an edit
    form; exports are for those allowed to export, and each one is audited."""

    export_values = EXPORT_VALUES

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not can_export_requests(request.user):
            raise PermissionDenied
        self.list_export = export_fields(
            self.list_export, full_records=can_export_full_records(request.user)
        )
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("assigned_to")

    def filter_queryset(self, queryset):
        # Wagtail ignores a filter form with a bad value altogether; that must
        # not bring spam and closed requests into view.
        if self.filters and not self.filters.is_valid():
            return queryset.open()
        return super().filter_queryset(queryset)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # Oldest first among requests of equal priority, and a stable order to
        # paginate by.
        return queryset.order_by(*queryset.query.order_by, "created_at", "pk")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.matching(self.search_query)

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        """Without "Inspect": each row's reference already links to the request's
        page, and a menu that repeats the link is one more tab stop per row for
        keyboard users (and an eighth of the listing's rendering)."""
        request_page = request_admin_url("inspect", instance)
        return [
            button
            for button in super().get_list_more_buttons(instance)
            if button.url != request_page
        ]

    @cached_property
    def show_export_buttons(self):
        return can_export_requests(self.request.user)

    def to_row_dict(self, item):
        return {field: self.export_values[field](item) for field in self.list_export}

    def write_csv_row(self, writer, row_dict):
        safe_row = {
            field: text_for_spreadsheet(value) for field, value in row_dict.items()
        }
        return super().write_csv_row(writer, safe_row)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        workflow.record_export(
            queryset, user=self.request.user, file_format=spreadsheet_format
        )
        return super().as_spreadsheet(ReadInChunks(queryset), spreadsheet_format)


# A request's page and the work done on it


class InspectView(snippet_views.InspectView):
    """Everything the prospect sent, the history, possible duplicates and the
    forms to work the request. Each visit is written to the audit log."""

    template_name = "consultations/admin/inspect.html"
    page_title = _("Consultation request")

    def get_object(self, queryset=None):
        try:
            return ConsultationRequest.objects.select_related(
                "assigned_to", "duplicate_of"
            ).get(pk=self.pk)
        except (ConsultationRequest.DoesNotExist, ValueError) as error:
            raise Http404 from error

    def get_fields(self):
        return []

    def get_edit_url(self):
        return None

    def get(self, request, *args, **kwargs):
        workflow.record_view(self.object, user=request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        may_work = can_work_requests(user)
        context = super().get_context_data(**kwargs)
        context.update(
            history=request_history(self.object),
            possible_duplicates=self.get_possible_duplicates(),
            may_work=may_work,
            may_assign=may_work and can_assign_requests(user),
            local_consultation_at=self.object.consultation_at
            and timezone.localtime(
                self.object.consultation_at, scheduling.CONSULTATION_TIME_ZONE
            ),
            invitation_url=self.get_invitation_url(),
            first_response=clock_of(self.object),
            history_url=request_admin_url("history", self.object),
        )
        if may_work:
            context.setdefault("status_form", self.status_form())
            context.setdefault("assign_form", self.assign_form())
            context.setdefault("follow_up_form", self.follow_up_form())
            context.setdefault("note_form", NoteForm())
            context["action_urls"] = {
                name: request_admin_url(name, self.object)
                for name in ("change_status", "assign", "follow_up", "add_note")
            }
        return add_conflict_context(context, self.request, self.object)

    def status_form(self, data=None):
        return ChangeStatusForm(data, current_status=self.object.status)

    def assign_form(self, data=None):
        return AssignForm(data, initial={"assignee": self.object.assigned_to_id})

    def follow_up_form(self, data=None):
        return FollowUpForm(data, initial={"follow_up_on": self.object.follow_up_on})

    def get_possible_duplicates(self):
        request = self.object
        matches = Q(duplicate_of=request)
        if request.duplicate_of_id:
            matches |= Q(pk=request.duplicate_of_id)
        if request.email:
            matches |= Q(email__iexact=request.email)
        if request.phone:
            matches |= Q(phone=request.phone)
        return ConsultationRequest.objects.filter(matches).exclude(pk=request.pk)[:20]

    def get_invitation_url(self):
        if self.object.status == Status.SCHEDULED and self.object.consultation_at:
            return request_admin_url("invitation", self.object)
        return None


class HistoryView(snippet_views.HistoryView):
    """The audit log of one request; its way back leads to the request's page."""

    filterset_class = RequestHistoryFilterSet

    def get_edit_url(self, instance):
        return request_admin_url("inspect", instance)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Request"), url=self.get_edit_url(self.object), icon_name="form"
            )
        ]


class RequestActionView(InspectView):
    """A form posted from the request's page: done and back to the page, or the
    page again with the form's errors."""

    http_method_names = ["post"]
    any_permission_required = None
    permission_required = "change"
    form_name = None
    success_message = None

    def get_form(self):
        raise NotImplementedError

    def perform(self, form):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            try:
                self.perform(form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, self.success_message)
                return redirect(request_admin_url("inspect", self.object))
        messages.error(request, _("The request was not changed; see below."))
        return self.render_to_response(self.get_context_data(**{self.form_name: form}))


class ChangeStatusView(RequestActionView):
    form_name = "status_form"
    success_message = _("Status changed.")

    def get_form(self):
        return self.status_form(self.request.POST)

    def perform(self, form):
        when = form.cleaned_data["consultation_at"]
        workflow.change_status(
            self.object,
            form.cleaned_data["to_status"],
            user=self.request.user,
            note=form.cleaned_data["note"],
            when=when,
        )
        if when and not scheduling.within_office_hours(when):
            messages.warning(
                self.request,
                _("The consultation is outside office hours: check that it suits."),
            )


class AssignView(RequestActionView):
    permission_required = "assign"
    form_name = "assign_form"
    success_message = _("Assignment saved.")

    def get_form(self):
        return self.assign_form(self.request.POST)

    def perform(self, form):
        workflow.assign(
            self.object, form.cleaned_data["assignee"], user=self.request.user
        )


class FollowUpView(RequestActionView):
    form_name = "follow_up_form"
    success_message = _("Next follow-up saved.")

    def get_form(self):
        return self.follow_up_form(self.request.POST)

    def perform(self, form):
        workflow.set_follow_up(
            self.object, form.cleaned_data["follow_up_on"], user=self.request.user
        )


class AddNoteView(RequestActionView):
    form_name = "note_form"
    success_message = _("Note added.")

    def get_form(self):
        return NoteForm(self.request.POST)

    def perform(self, form):
        workflow.add_note(
            self.object, form.cleaned_data["text"], user=self.request.user
        )


class InvitationView(InspectView):
    """The scheduled consultation as an .ics file staff send to the prospect.

    It names the firm, the time and the reference; nothing about the prospect.
    """

    def get(self, request, *args, **kwargs):
        if not self.get_invitation_url():
            raise Http404
        firm = FirmSettings.for_request(request)
        with translation.override(self.object.language):
            calendar = invitation_calendar(
                self.object,
                firm,
                domain=request.get_host().split(":")[0],
                sequence=self.object.status_changes.filter(
                    to_status=Status.SCHEDULED
                ).count()
                - 1,
            )
        response = HttpResponse(calendar, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="consultation-{self.object.reference}.ics"'
        )
        return response


class RedirectToInspectView(View):
    """What the prospect sent is not edited; the request's page replaces the form."""

    inspect_url_name = None

    def get(self, request, pk):
        return redirect(self.inspect_url_name, pk)


def not_offered(request, *args, **kwargs):
    """Requests come from the public form only."""
    raise Http404
