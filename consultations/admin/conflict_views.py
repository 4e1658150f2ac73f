"""The conflict check's forms: an attorney's outcome and staff's corrections to
the other people involved, posted from a request's page, and the import of the
firm's client list (upload, preview with counts, confirm)."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import client_list, conflicts
from ..models.conflicts import ClientListImport
from ..permissions import can_decide_conflicts, can_import_client_list
from .access import staff_only_urls
from .conflicts import ConflictOutcomeForm, other_parties_formset, parties_from
from .views import RequestActionView

# Posted from a request's page


class RecordConflictOutcomeView(RequestActionView):
    form_name = "conflict_form"
    success_message = _("Conflict check recorded.")

    def user_has_permission(self, permission):
        return can_decide_conflicts(self.request.user)

    def get_form(self):
        return ConflictOutcomeForm(self.request.POST)

    def perform(self, form):
        conflicts.record_outcome(
            self.object,
            form.cleaned_data["outcome"],
            user=self.request.user,
            note=form.cleaned_data["note"],
        )


class CorrectOtherPartiesView(RequestActionView):
    form_name = "parties_formset"
    success_message = _("Other people involved saved.")

    def get_form(self):
        return other_parties_formset(self.object, self.request.POST)

    def perform(self, formset):
        conflicts.replace_parties(
            self.object, parties_from(formset), user=self.request.user
        )


# The client list


def attorneys_only(view):
    def guarded_view(request, *args, **kwargs):
        if not can_import_client_list(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return guarded_view


class ClientListUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Client list (CSV or XLSX)"),
        help_text=_(
            "Columns: “name”, “relationship” (client, former client or adverse "
            "party) and, if you have it, “id” from the firm's records. A CSV file "
            "must be saved as UTF-8."
        ),
    )


@method_decorator(attorneys_only, name="dispatch")
class ImportClientListView(WagtailAdminTemplateMixin, FormView):
    """Upload and preview: nothing changes until the attorney confirms."""

    template_name = "consultations/admin/client_list_import.html"
    page_title = _("Import the client list")
    header_icon = "upload"
    form_class = ClientListUploadForm

    def form_valid(self, form):
        try:
            pending, counts = client_list.prepare_import(
                form.cleaned_data["file"], user=self.request.user
            )
        except ValidationError as error:
            form.add_error("file", error)
            return self.form_invalid(form)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                counts=counts,
                confirm_url=reverse(
                    "consultations_client_list_confirm", args=[pending.pk]
                ),
            )
        )


@method_decorator(attorneys_only, name="dispatch")
class ConfirmClientListImportView(WagtailAdminTemplateMixin, FormView):
    form_class = forms.Form
    http_method_names = ["post"]

    def form_valid(self, form):
        pending = get_object_or_404(
            ClientListImport, pk=self.kwargs["pk"], applied_at__isnull=True
        )
        counts = client_list.apply_import(pending, user=self.request.user)
        messages.success(
            self.request,
            _(
                "Client list imported: %(new)s new, %(changed)s changed, "
                "%(unchanged)s unchanged."
            )
            % {
                "new": counts.new,
                "changed": counts.changed,
                "unchanged": counts.unchanged,
            },
        )
        return redirect("consultations_client_list_import")


class ClientListImportMenuItem(MenuItem):
    """Shown only to those who may import the client list (attorneys)."""

    def __init__(self, order):
        super().__init__(
            _("Import the client list"),
            reverse("consultations_client_list_import"),
            name="client-list-import",
            icon_name="upload",
            order=order,
        )

    def is_shown(self, request):
        return can_import_client_list(request.user)


def client_list_urlpatterns():
    return staff_only_urls(
        [
            path(
                "consultations/client-list/import/",
                ImportClientListView.as_view(),
                name="consultations_client_list_import",
            ),
            path(
                "consultations/client-list/import/<int:pk>/confirm/",
                ConfirmClientListImportView.as_view(),
                name="consultations_client_list_confirm",
            ),
        ]
    )
