"""The staff dashboard in the Wagtail admin: listing, a request's page and its
actions, the pipeline board, the numbers and the admin home panel.

Anyone who may not see requests gets a 403 from every URL here, answered before
any lookup, so it never tells whether a request exists. (A response, not an
exception: Wagtail turns PermissionDenied into a redirect, and the i18n URL
patterns turn a 404 into a redirect to /en/admin/...) The work itself goes
through `consultations.workflow`.
"""

import datetime
from functools import wraps

import django_filters
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import (
    PermissionCheckedMixin,
    WagtailAdminTemplateMixin,
)
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from firm_site.base.models import FirmSettings
from firm_site.security.spreadsheets import text_for_spreadsheet

from . import reports, workflow
from .admin_forms import AssignForm, ChangeStatusForm, FollowUpForm, NoteForm
from .choices import OPEN_STATUSES, Status
from .filters import ConsultationRequestFilterSet, DateRangeWidget
from .models.history import InternalNote, StatusChange
from .models.requests import ConsultationRequest
from .permissions import (
    can_assign_requests,
    can_export_requests,
    can_see_requests,
    can_work_requests,
    request_permission_policy,
)

BOARD_CARDS_PER_COLUMN = 25
CONSULTATION_LENGTH = datetime.timedelta(minutes=30)


def refuse_outsider(request):
    return permission_denied(request, PermissionDenied())


def hidden_from_outsiders(view):
    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if not can_see_requests(request.user):
            return refuse_outsider(request)
        return view(request, *args, **kwargs)

    return checked_view


class HiddenFromOutsidersMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_see_requests(request.user):
            return refuse_outsider(request)
        return super().dispatch(request, *args, **kwargs)


def request_admin_url(view_name, consultation_request=None):
    """The URL of one of the request viewset's views."""
    args = [quote(consultation_request.pk)] if consultation_request else []
    return reverse(
        ConsultationRequest.snippet_viewset.get_url_name(view_name), args=args
    )


def place_of(consultation_request):
    return consultation_request.city or consultation_request.get_residence_display()


def assignee_name(consultation_request):
    assignee = consultation_request.assigned_to
    return get_user_display_name(assignee) if assignee else ""


def received_at(consultation_request):
    return timezone.localtime(consultation_request.created_at).replace(tzinfo=None)


def age_of(consultation_request):
    return timesince(consultation_request.created_at, depth=1)


def urgency_of(consultation_request):
    return _("Urgent") if consultation_request.is_urgent else ""


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

    export_values = {
        "reference": lambda item: item.reference,
        "created_at": received_at,
        "full_name": lambda item: item.full_name,
        "email": lambda item: item.email,
        "phone": lambda item: str(item.phone or ""),
        "matter": lambda item: item.get_matter_display(),
        "place": place_of,
        "preferred_language": lambda item: item.get_preferred_language_display(),
        "language": lambda item: item.get_language_display(),
        "is_urgent": lambda item: item.is_urgent,
        "status": lambda item: item.get_status_display(),
        "assigned_to": assignee_name,
        "follow_up_on": lambda item: item.follow_up_on,
    }

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not can_export_requests(request.user):
            raise PermissionDenied
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
        query = self.search_query.strip()
        matches = (
            Q(full_name__icontains=query)
            | Q(email__icontains=query)
            | Q(reference__icontains=query)
        )
        digits = "".join(char for char in query if char.isdigit())
        if len(digits) >= 4:
            matches |= Q(phone__contains=digits)
        return queryset.filter(matches)

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_add_url(self):
        return None

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


class HistoryEvent:
    """A status change or a note, as the request's page lists them."""

    def __init__(self, at, who, title, text):
        self.at = at
        self.who = who
        self.title = title
        self.text = text

    @classmethod
    def from_status_change(cls, change):
        if change.from_status:
            title = _("%(from)s → %(to)s") % {
                "from": change.get_from_status_display(),
                "to": change.get_to_status_display(),
            }
        else:
            title = _("Received as %(status)s") % {
                "status": change.get_to_status_display()
            }
        return cls(change.changed_at, change.changed_by, title, change.note)

    @classmethod
    def from_note(cls, note):
        return cls(note.created_at, note.author, _("Internal note"), note.text)


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
            history=self.get_history(),
            possible_duplicates=self.get_possible_duplicates(),
            may_work=may_work,
            may_assign=may_work and can_assign_requests(user),
            local_consultation_at=self.object.consultation_at
            and timezone.localtime(
                self.object.consultation_at, workflow.CONSULTATION_TIME_ZONE
            ),
            invitation_url=self.get_invitation_url(),
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
        return context

    def status_form(self, data=None):
        return ChangeStatusForm(data, current_status=self.object.status)

    def assign_form(self, data=None):
        return AssignForm(data, initial={"assignee": self.object.assigned_to_id})

    def follow_up_form(self, data=None):
        return FollowUpForm(data, initial={"follow_up_on": self.object.follow_up_on})

    def get_history(self):
        changes = StatusChange.objects.filter(request=self.object).select_related(
            "changed_by"
        )
        notes = InternalNote.objects.filter(request=self.object).select_related(
            "author"
        )
        events = [HistoryEvent.from_status_change(change) for change in changes]
        events += [HistoryEvent.from_note(note) for note in notes]
        return sorted(events, key=lambda event: event.at, reverse=True)

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
        workflow.change_status(
            self.object,
            form.cleaned_data["to_status"],
            user=self.request.user,
            note=form.cleaned_data["note"],
            when=form.cleaned_data["consultation_at"],
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


def invitation_calendar(consultation_request, firm, *, domain, sequence):
    """An iCalendar (RFC 5545) event; times in UTC, which every calendar reads."""
    starts_at = consultation_request.consultation_at
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{_ics_text(firm.firm_name)}//Consultations//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{consultation_request.reference}@{domain}",
        f"SEQUENCE:{max(sequence, 0)}",
        f"DTSTAMP:{_ics_time(timezone.now())}",
        f"DTSTART:{_ics_time(starts_at)}",
        f"DTEND:{_ics_time(starts_at + CONSULTATION_LENGTH)}",
        "SUMMARY:"
        + _ics_text(_("Free consultation with %(firm)s") % {"firm": firm.firm_name}),
        "DESCRIPTION:"
        + _ics_text(
            _("Reference %(reference)s. To change the time, call %(phone)s.")
            % {"reference": consultation_request.reference, "phone": firm.phone}
        ),
        "LOCATION:" + _ics_text(firm.address or firm.phone),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_ics_fold(line) + "\r\n" for line in lines)


def _ics_time(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _ics_text(value):
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _ics_fold(line):
    """Lines longer than 75 octets continue on the next, after a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts = []
    while encoded:
        size = 75 if not parts else 74
        while size and (encoded[size : size + 1] or b"\x00")[0] & 0xC0 == 0x80:
            size -= 1
        parts.append(encoded[:size].decode())
        encoded = encoded[size:]
    return "\r\n ".join(parts)


class RedirectToInspectView(View):
    """What the prospect sent is not edited; the request's page replaces the form."""

    inspect_url_name = None

    def get(self, request, pk):
        return redirect(self.inspect_url_name, pk)


def not_offered(request, *args, **kwargs):
    """Requests come from the public form only."""
    raise Http404


# The pipeline board


class BoardColumn:
    def __init__(self, status, count, cards, listing_url):
        self.status = status
        self.count = count
        self.cards = cards
        self.listing_url = listing_url


class PipelineBoardView(
    PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One column per open status, urgent first, then oldest first."""

    permission_policy = request_permission_policy
    any_permission_required = ["view", "change", "delete"]
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
    permission_policy = request_permission_policy
    any_permission_required = ["view", "change", "delete"]
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
        weeks = reports.requests_per_week(
            requests,
            first - datetime.timedelta(days=first.weekday()),
            last - datetime.timedelta(days=last.weekday()),
        )
        # The weeks stand in for the listing, so nothing lists the requests.
        context = super().get_context_data(object_list=weeks, **kwargs)
        median = reports.median_time_to_first_contact(requests)
        context.update(
            period=self.period,
            weeks=weeks,
            by_matter=reports.requests_by_matter(requests),
            by_city=reports.requests_by_city(requests),
            by_source=reports.requests_by_source(requests),
            funnel=reports.funnel(requests),
            median_first_contact=median and reports.describe_duration(median),
        )
        return context


def local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class StaffMenuItem(MenuItem):
    """A menu item only those who may see requests see."""

    def is_shown(self, request):
        return can_see_requests(request.user)


# The admin home panel


class IntakeSummaryPanel(Component):
    name = "consultation_summary"
    template_name = "consultations/admin/home_panel.html"
    order = 50

    class Media:
        css = {"all": ["consultations/admin/dashboard.css"]}

    def get_context_data(self, parent_context):
        summary = reports.summary(timezone.now())
        listing_url = request_admin_url("list")
        return {
            "summary": summary,
            "median_first_contact": summary.median_first_contact
            and reports.describe_duration(summary.median_first_contact),
            "listing_url": listing_url,
            "urgent_url": f"{listing_url}?status={Status.NEW}&is_urgent=true",
            "board_url": reverse("consultation_board:index"),
            "report_url": reverse("consultations_report"),
        }


# Viewsets


def hide_from_outsiders(urlpatterns):
    return [
        URLPattern(
            pattern.pattern,
            hidden_from_outsiders(pattern.callback),
            pattern.default_args,
            pattern.name,
        )
        for pattern in urlpatterns
    ]


class ConsultationRequestChooserViewSet(SnippetChooserViewSet):
    """Wagtail adds a chooser for every snippet; ours is closed to outsiders."""

    permission_policy = request_permission_policy

    def get_urlpatterns(self):
        return hide_from_outsiders(super().get_urlpatterns())


class ConsultationRequestViewSet(SnippetViewSet):
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
    list_display = [
        "reference",
        Column(
            "created_at",
            label=_("Received"),
            accessor=received_at,
            sort_key="created_at",
        ),
        "full_name",
        "matter",
        Column("place", label=_("City"), accessor=place_of),
        Column(
            "preferred_language",
            label=_("Language"),
            accessor="get_preferred_language_display",
        ),
        Column("language", label=_("Site"), accessor="get_language_display"),
        Column(
            "is_urgent", label=_("Urgency"), accessor=urgency_of, sort_key="is_urgent"
        ),
        "status",
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

    def get_urlpatterns(self):
        return hide_from_outsiders(
            [
                *super().get_urlpatterns(),
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
                    "inspect/<int:pk>/invitation.ics",
                    self.request_action_view(InvitationView),
                    name="invitation",
                ),
            ]
        )


class PipelineBoardViewSet(ViewSet):
    name = "consultation_board"
    url_prefix = "consultations/board"
    icon = "grid"
    menu_label = _("Pipeline board")

    @cached_property
    def menu_item_class(self):
        return StaffMenuItem

    def get_urlpatterns(self):
        return hide_from_outsiders(
            [path("", PipelineBoardView.as_view(), name="index")]
        )


class ConsultationsViewSetGroup(SnippetViewSetGroup):
    items = (ConsultationRequestViewSet, PipelineBoardViewSet)
    menu_label = _("Consultations")
    menu_icon = "clipboard-list"
    menu_order = 150


def report_urlpatterns():
    return hide_from_outsiders(
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
