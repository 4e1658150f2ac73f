"""The conflict check on a request's page: what matched and why, the attorney's
outcome, the other people involved, and the neutral message for a conflict.

Only those who see requests (Intake, Attorneys) reach the page at all; only
attorneys record an outcome. The views posting to it are in `conflict_views`.
"""

from django import forms
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .. import conflicts, kept_conflicts
from ..choices import ConflictOutcome, PartyRole
from ..models.conflicts import OtherParty
from ..permissions import (
    can_decide_conflicts,
    can_import_client_list,
    can_work_requests,
)
from .display import request_admin_url

PROSPECT_MESSAGE_TEMPLATE = "consultations/email/conflict_declined.txt"
#: The closest matches the page lists at first; a common name can match hundreds
#: of people, and the rest are one link away.
SHOWN_HITS = 25
ALL_HITS_PARAMETER = "hits"


class ConflictOutcomeForm(forms.Form):
    prefix = "conflict"

    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=ConflictOutcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why it is cleared, when a name matched. Staff only."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(
            "outcome"
        ) == ConflictOutcome.CLEARED_WITH_NOTE and not cleaned_data.get("note"):
            self.add_error("note", _("Write the note."))
        return cleaned_data


class OtherPartyForm(forms.ModelForm):
    class Meta:
        model = OtherParty
        fields = ["name", "role"]


OtherPartyFormSet = forms.modelformset_factory(
    OtherParty, form=OtherPartyForm, extra=1, can_delete=True, max_num=10
)


def other_parties_formset(consultation_request, data=None):
    return OtherPartyFormSet(
        data, queryset=consultation_request.other_parties.all(), prefix="parties"
    )


def parties_from(formset):
    """The (name, role) pairs a valid formset keeps."""
    return [
        (form.cleaned_data["name"], PartyRole(form.cleaned_data["role"]))
        for form in formset.forms
        if form.cleaned_data.get("name") and not form.cleaned_data.get("DELETE")
    ]


def outcome_title(check):
    return _("Conflict check: %(outcome)s") % {"outcome": check.get_outcome_display()}


def prospect_message(consultation_request):
    """The neutral message telling the prospect the firm cannot help, in their
    language; it says nothing about whom the firm represents."""
    with translation.override(consultation_request.language):
        return render_to_string(
            PROSPECT_MESSAGE_TEMPLATE, {"reference": consultation_request.reference}
        )


def add_conflict_context(context, request, consultation_request):
    """What the conflict panel shows; forms with errors already in the context
    (a failed post) stay. The closest SHOWN_HITS matches, or all of them when
    the address asks (`?hits=all`)."""
    user = request.user
    all_hits = request.GET.get(ALL_HITS_PARAMETER) == "all"
    checked, hits, hit_count = kept_conflicts.kept_conflicts(
        consultation_request, shown=None if all_hits else SHOWN_HITS
    )
    check = conflicts.check_outcome(consultation_request)
    context.update(
        conflict_names=checked,
        conflict_hits=hits,
        conflict_hit_count=hit_count,
        conflict_check=check,
        may_decide_conflicts=can_decide_conflicts(user),
        client_list_import_url=can_import_client_list(user)
        and reverse("consultations_client_list_import"),
        conflict_urls={
            name: request_admin_url(name, consultation_request)
            for name in ("conflict_outcome", "other_parties")
        },
        prospect_message=check
        and check.outcome == ConflictOutcome.CONFLICT
        and prospect_message(consultation_request),
    )
    if context["may_decide_conflicts"]:
        context.setdefault("conflict_form", ConflictOutcomeForm())
    if can_work_requests(user):
        context.setdefault(
            "parties_formset", other_parties_formset(consultation_request)
        )
    return context
